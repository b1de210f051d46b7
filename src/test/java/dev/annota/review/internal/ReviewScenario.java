package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.annota.failure.Conflict;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewSettings;
import dev.annota.review.ReviewStage;
import dev.annota.review.ReviewTask;
import dev.annota.review.Reviews;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.MutableClock;
import dev.annota.work.ConcurrentLabeling;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import dev.annota.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue's guarantees, written once and run on each database by a subclass ({@link H2ReviewTests},
 * {@link PostgresReviewTests}). Time is a {@link MutableClock}, so a lease expires by moving the clock.
 */
@SpringBootTest
@Import({Fixtures.class, MutableClock.AsTheClock.class})
abstract class ReviewScenario {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired WorkQueue queue;
    @Autowired Reviews reviews;
    @Autowired ReviewSampler sampler;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;
    @Autowired dev.annota.annotation.Consensus consensus;
    @Autowired Users users;

    private void awaitSampling() throws InterruptedException {
        for (int i = 0; i < 500 && !sampler.idle(); i++) {
            Thread.sleep(10);
        }
        assertThat(sampler.idle()).as("sampling finished").isTrue();
    }

    private ReviewSettings configure(CurrentUser manager, Project project, String settings) {
        return reviews.changeSettings(manager, project.id(), json.readTree(settings));
    }

    /** A project of the manager's (overlap 1) with {@code count} items, review set up as {@code settings}. */
    private Project reviewedProject(CurrentUser manager, int leaseSeconds, int count, String settings) {
        Project project = fixtures.project(manager, 1, leaseSeconds);
        fixtures.items(project, manager, count);
        configure(manager, project, settings);
        return project;
    }

    /** The annotator claims the project's next task and answers "a". */
    private Task answerA(Project project, CurrentUser annotator) {
        var access = fixtures.access(project, annotator);
        var task = queue.next(access).orElseThrow();
        queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        return task;
    }

    /** The decision a reviewer thread makes on a review: fixed by its id, so the test can run again the same. */
    private static ReviewOutcome outcomeFor(UUID reviewId) {
        int n = Math.floorMod(reviewId.hashCode(), 5);
        return n < 3 ? ReviewOutcome.ACCEPT : n == 3 ? ReviewOutcome.CORRECT : ReviewOutcome.REJECT;
    }

    private String decision(ReviewTask task, ReviewOutcome outcome) {
        return "{\"decision\":\"" + outcome + "\",\"fencingToken\":" + task.fencingToken() + ",\"feedback\":\"checked\""
                + (outcome == ReviewOutcome.CORRECT ? ",\"answer\":{\"label\":\"c\"}" : "") + "}";
    }

    record Decided(UUID reviewId, UUID annotationId, ReviewStage stage, UUID reviewer, UUID annotator) {
    }

    @Test
    void twoReviewersAndSixAnnotatorsRunningConcurrentlyEndWithEverySampledAnnotationReviewedExactlyOncePerStageNothingLostNoSelfReview()
            throws Exception {
        var setup = fixtures.labProject("Review customer", 2, 40);
        Organization customer = setup.lab();
        Organization workforce = fixtures.engagedVendor(setup);
        CurrentUser manager = setup.manager();
        Project project = setup.project();
        var settings = configure(manager, project,
                "{\"stages\":\"REVIEW_AND_QA\",\"reviewShare\":40,\"qaShare\":50,\"firstAnswers\":2}");
        // The two reviewers label too: their own answers must reach the other reviewer, never themselves.
        var reviewers = List.of(fixtures.user(customer, Role.ANNOTATOR, Role.REVIEWER), fixtures.user(customer, Role.ANNOTATOR, Role.REVIEWER));
        var annotators = new ArrayList<>(reviewers);
        annotators.add(fixtures.user(customer, Role.ANNOTATOR));
        annotators.addAll(fixtures.annotators(workforce, 3));

        var labelingDone = new AtomicBoolean();
        var decided = new ConcurrentLinkedQueue<Decided>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        ConcurrentLabeling.Result labeled;
        try (var threads = Executors.newFixedThreadPool(reviewers.size())) {
            for (CurrentUser reviewer : reviewers) {
                threads.submit(() -> {
                    try {
                        while (true) {
                            boolean lastLook = labelingDone.get() && sampler.idle();
                            var task = reviews.next(reviewer, project.id());
                            if (task.isEmpty()) {
                                if (lastLook) {
                                    return;
                                }
                                Thread.sleep(5);
                                continue;
                            }
                            ReviewTask t = task.get();
                            var outcome = outcomeFor(t.reviewId());
                            reviews.decide(reviewer, project.id(), t.reviewId(), json.readTree(decision(t, outcome)));
                            decided.add(new Decided(t.reviewId(), t.annotation().id(), t.stage(), reviewer.id(), null));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            labeled = ConcurrentLabeling.run(List.of(new ConcurrentLabeling.Instance(projects, queue)), project.id(), annotators, 41, json);
            awaitSampling();
            labelingDone.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(90, TimeUnit.SECONDS)).as("reviewers finished").isTrue();
        }
        assertThat(labeled.failures()).as("annotator failures").isEmpty();
        assertThat(failures).as("reviewer failures").isEmpty();

        tenants.read(project.tenantId(), () -> {
            UUID t = project.tenantId();
            // Which annotations the rules sample, computed here from what is stored.
            // First answers; a rejected one may come back as a rework (round 2 and on), which enters its stage always.
            var stored = jdbc.sql("select id, annotator_id from annotations where tenant_id = ? and project_id = ? and round = 1")
                    .params(t, project.id()).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
            assertThat(stored).hasSize(80);
            var byAnnotator = new HashMap<UUID, List<UUID>>();
            stored.forEach(row -> byAnnotator.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]));
            Set<UUID> expectReview = new HashSet<>();
            byAnnotator.values().forEach(ids -> {
                ids.sort(Comparator.naturalOrder());
                for (int i = 0; i < ids.size(); i++) {
                    if (Sampling.review(settings, ids.get(i), i, false, false).isPresent()) {
                        expectReview.add(ids.get(i));
                    }
                }
            });
            Map<String, Set<UUID>> inStage = new HashMap<>();
            jdbc.sql("select stage, annotation_id from reviews where tenant_id = ? and project_id = ?").params(t, project.id())
                    .query((rs, n) -> inStage.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getObject(2, UUID.class)))
                    .list();
            var reworks = jdbc.sql("select id from annotations where tenant_id = ? and project_id = ? and round > 1")
                    .params(t, project.id()).query(UUID.class).set();
            var reworkReviews = jdbc.sql("select annotation_id from reviews where tenant_id = ? and project_id = ? and reason = 'REWORK'")
                    .params(t, project.id()).query(UUID.class).list();
            assertThat(reworkReviews).as("every resubmission is reviewed again, once").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(reworks);
            inStage.get("REVIEW").removeAll(reworks);
            inStage.getOrDefault("QA", new HashSet<>()).removeAll(reworks);
            assertThat(inStage.get("REVIEW")).as("annotations in REVIEW").isEqualTo(expectReview);
            var acceptedInReview = jdbc.sql("select annotation_id from reviews where tenant_id = ? and project_id = ? "
                    + "and stage = 'REVIEW' and state = 'ACCEPTED'").params(t, project.id()).query(UUID.class).set();
            Set<UUID> expectQa = new HashSet<>();
            acceptedInReview.stream().filter(a -> !reworks.contains(a) && Sampling.qa(settings, a)).forEach(expectQa::add);
            assertThat(inStage.getOrDefault("QA", Set.of())).as("annotations in QA").isEqualTo(expectQa);
            assertThat(expectQa).as("the scenario reaches QA").isNotEmpty();

            assertThat(jdbc.sql("select count(*) from reviews where tenant_id = ? and project_id = ? and state in ('WAITING', 'LEASED')")
                    .params(t, project.id()).query(Long.class).single()).as("reviews left undecided").isZero();
            assertThat(jdbc.sql("select count(*) from review_decisions where tenant_id = ? and project_id = ?")
                    .params(t, project.id()).query(Long.class).single())
                    .as("decisions: one per review").isEqualTo((long) expectReview.size() + expectQa.size() + reworkReviews.size()
                            + jdbc.sql("select count(*) from reviews r where r.tenant_id = ? and r.project_id = ? and r.stage = 'QA' "
                                    + "and r.annotation_id in (select a.id from annotations a where a.tenant_id = r.tenant_id and a.round > 1)")
                                    .params(t, project.id()).query(Long.class).single()
                            - jdbc.sql("select count(*) from reviews r where r.tenant_id = ? and r.project_id = ? and r.reason = 'REWORK' "
                                    + "and r.stage = 'QA'").params(t, project.id()).query(Long.class).single());
            var inDatabase = jdbc.sql("select review_id from review_decisions where tenant_id = ? and project_id = ?")
                    .params(t, project.id()).query(UUID.class).set();
            assertThat(decided.stream().map(Decided::reviewId).toList()).as("every acknowledged decision is stored, once")
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inDatabase);
            assertThat(jdbc.sql("""
                    select count(*) from review_decisions d join reviews r on r.tenant_id = d.tenant_id and r.id = d.review_id
                    where d.tenant_id = ? and d.project_id = ? and d.reviewer_id = r.annotator_id""")
                    .params(t, project.id()).query(Long.class).single()).as("self-reviews").isZero();
            var reviewerIds = reviewers.stream().map(CurrentUser::id).toList();
            assertThat(jdbc.sql("select annotator_id from reviews where tenant_id = ? and project_id = ?").params(t, project.id())
                    .query(UUID.class).list()).as("reviewers' own answers were reviewed (by the other)").containsAnyElementsOf(reviewerIds);
            return null;
        });
    }

    @Test
    void onceAnItemIsCompleteTheAnswerAgainstTheMajorityIsReviewedWhateverTheShare() throws Exception {
        var setup = fixtures.labProject("Review disagreement", 3, 1);
        Project project = setup.project();
        var settings = configure(setup.manager(), project, "{\"stages\":\"REVIEW\",\"reviewShare\":1,\"targetDisagreement\":true}");
        var answers = new HashMap<String, UUID>();
        var annotators = fixtures.annotators(setup.lab(), 3);
        for (int i = 0; i < 3; i++) {
            String label = i == 1 ? "b" : "a";
            var access = fixtures.access(project, annotators.get(i));
            var task = queue.next(access).orElseThrow();
            var submitted = queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"" + label + "\"}"), null);
            answers.put(i == 2 ? "a2" : label, submitted.annotationId());
            awaitSampling();
        }
        var reviewed = tenants.read(project.tenantId(), () -> jdbc.sql(
                        "select annotation_id, reason from reviews where tenant_id = ? and project_id = ? and stage = 'REVIEW'")
                .params(project.tenantId(), project.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(reviewed).containsKey(answers.get("b"));
        for (String agreeing : List.of("a", "a2")) {
            UUID id = answers.get(agreeing);
            assertThat(reviewed.containsKey(id)).as("an agreeing answer only by the share")
                    .isEqualTo(Sampling.inShare(id, ReviewStage.REVIEW, settings.reviewShare()));
        }
    }

    @Test
    void anExpiredLeaseReturnsTheReviewToTheQueueAndTheEarlierHoldersStaleTokenIsRefused() throws Exception {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Review lease");
        CurrentUser manager = fixtures.user(customer, Role.MANAGER);
        Project project = reviewedProject(manager, 10, 1, "{\"stages\":\"REVIEW\",\"reviewShare\":100}");
        CurrentUser annotator = fixtures.user(customer, Role.ANNOTATOR, Role.REVIEWER);
        var task = answerA(project, annotator);
        awaitSampling();
        assertThat(reviews.next(annotator, project.id())).as("never one's own annotation").isEmpty();

        CurrentUser first = fixtures.user(customer, Role.REVIEWER);
        CurrentUser second = fixtures.user(customer, Role.REVIEWER);
        ReviewTask held = reviews.next(first, project.id()).orElseThrow();
        assertThat(reviews.next(first, project.id()).orElseThrow().fencingToken()).as("a reload shows the same lease")
                .isEqualTo(held.fencingToken());
        assertThat(reviews.next(second, project.id())).as("leased to someone else").isEmpty();

        clock.advance(Duration.ofSeconds(11));
        ReviewTask taken = reviews.next(second, project.id()).orElseThrow();
        assertThat(taken.reviewId()).isEqualTo(held.reviewId());
        assertThat(taken.fencingToken()).isGreaterThan(held.fencingToken());

        assertThatThrownBy(() -> reviews.decide(first, project.id(), held.reviewId(), json.readTree(decision(held, ReviewOutcome.ACCEPT))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> reviews.decide(first, project.id(), held.reviewId(), json.readTree(decision(taken, ReviewOutcome.ACCEPT))))
                .as("the new token in the old holder's hands")
                .isInstanceOf(Conflict.class);
        var rejected = reviews.decide(second, project.id(), taken.reviewId(), json.readTree(decision(taken, ReviewOutcome.REJECT)));
        assertThat(rejected.state()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> reviews.decide(second, project.id(), taken.reviewId(), json.readTree(decision(taken, ReviewOutcome.ACCEPT))))
                .as("decided once").isInstanceOf(Conflict.class);
        clock.advance(Duration.ofSeconds(60));
        assertThat(reviews.next(first, project.id())).as("a decided review never returns").isEmpty();
        assertThat(tenants.read(project.tenantId(), () -> jdbc.sql(
                        "select count(*) from audit_events where tenant_id = ? and action = 'payload.review' and assignment_id = ?")
                .params(project.tenantId(), held.reviewId()).query(Long.class).single()))
                .as("each showing of the review is an access event").isEqualTo(3);
    }

    @Test
    void theFiguresAndTheAggregateReadEachDecisionWithItsSubmitTimeAndCorrection() throws Exception {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Review figures");
        CurrentUser manager = fixtures.user(customer, Role.MANAGER);
        Project project = reviewedProject(manager, 600, 2, "{\"stages\":\"REVIEW\",\"reviewShare\":100}");
        CurrentUser annotator = fixtures.user(customer, Role.ANNOTATOR);
        for (int i = 0; i < 2; i++) {
            answerA(project, annotator);
        }
        awaitSampling();
        clock.advance(Duration.ofSeconds(90));
        CurrentUser reviewer = fixtures.user(customer, Role.REVIEWER);
        var corrected = reviews.next(reviewer, project.id()).orElseThrow();
        reviews.decide(reviewer, project.id(), corrected.reviewId(), json.readTree(decision(corrected, ReviewOutcome.CORRECT)));
        var rejected = reviews.next(reviewer, project.id()).orElseThrow();
        reviews.decide(reviewer, project.id(), rejected.reviewId(), json.readTree(decision(rejected, ReviewOutcome.REJECT)));

        var figures = reviews.figures(manager, project.id());
        assertThat(figures.annotators()).hasSize(1);
        var work = figures.annotators().getFirst().work();
        assertThat(List.of(work.decided(), work.corrected(), work.rejected(), work.reworkRounds())).containsExactly(2L, 1L, 1L, 1L);
        assertThat(work.medianSecondsToReview()).as("submit, then 90 s on the clock, then the decision").isGreaterThanOrEqualTo(90.0);
        assertThat(figures.reviewers().getFirst().decisions()).isEqualTo(2);

        var aggregate = consensus.aggregate(project.tenantId(), project.id(), project.schemaVersion(),
                dev.annota.statistics.AggregationMethod.MAJORITY_VOTE);
        assertThat(aggregate.item(corrected.item().id()).get("label").label()).as("the correction").isEqualTo("c");
        assertThat(aggregate.item(rejected.item().id())).as("the rejected answer left out").isEmpty();
    }

    /** One project with rework: overlap 1, lease 60 s, every answer reviewed; its first answer by {@code annotator}. */
    private record Reworked(Project project, CurrentUser manager, CurrentUser annotator, CurrentUser reviewer, UUID item,
                            Organization customer) {
    }

    private Reworked rejectedOnce(String name, String settings) throws Exception {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, name);
        CurrentUser manager = fixtures.user(customer, Role.MANAGER, Role.ADMIN);
        Project project = reviewedProject(manager, 60, 3, settings);
        CurrentUser annotator = fixtures.user(customer, Role.ANNOTATOR);
        CurrentUser reviewer = fixtures.user(customer, Role.REVIEWER);
        var task = queue.next(fixtures.access(project, annotator)).orElseThrow();
        assertThat(task.rework()).as("ordinary work carries no rework").isNull();
        queue.submit(fixtures.access(project, annotator), task.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        awaitSampling();
        reject(reviewer, project, "Read the guidelines again.");
        return new Reworked(project, manager, annotator, reviewer, task.itemId(), customer);
    }

    private ReviewTask reject(CurrentUser reviewer, Project project, String feedback) {
        ReviewTask review = reviews.next(reviewer, project.id()).orElseThrow();
        reviews.decide(reviewer, project.id(), review.reviewId(), json.readTree("{\"decision\":\"REJECT\",\"fencingToken\":"
                + review.fencingToken() + ",\"feedback\":\"" + feedback + "\",\"questionFeedback\":{\"label\":\"not a\"}}"));
        return review;
    }

    private String reviewRework(Project project, UUID reviewId) {
        return tenants.read(project.tenantId(), () -> jdbc.sql("select rework from reviews where tenant_id = ? and id = ?")
                .params(project.tenantId(), reviewId).query(String.class).single());
    }

    @Test
    void aRejectedAnswerComesBackToItsAnnotatorFirstWithTheFeedbackAndItsResubmissionIsReviewedAgain() throws Exception {
        var r = rejectedOnce("Rework first", "{\"stages\":\"REVIEW\",\"reviewShare\":100,\"maxRounds\":2}");
        Task rework = queue.nextAcrossProjects(r.annotator()).orElseThrow();
        assertThat(rework.itemId()).as("the rework before new work, also across projects").isEqualTo(r.item());
        assertThat(rework.rework()).isNotNull();
        assertThat(rework.rework().round()).isEqualTo(2);
        assertThat(rework.rework().feedback()).isEqualTo("Read the guidelines again.");
        assertThat(rework.rework().questionFeedback().path("label").asString()).isEqualTo("not a");
        assertThat(rework.rework().previousAnswer().path("label").asString()).isEqualTo("a");
        assertThat(queue.next(fixtures.access(r.project(), r.annotator())).orElseThrow().assignmentId())
                .as("a reload shows the same rework lease").isEqualTo(rework.assignmentId());

        var resubmitted = queue.submit(fixtures.access(r.project(), r.annotator()), rework.assignmentId(),
                json.readTree("{\"label\":\"b\"}"), null);
        ReviewTask again = reviews.next(r.reviewer(), r.project().id()).orElseThrow();
        assertThat(again.annotation().id()).as("the resubmission is in review again").isEqualTo(resubmitted.annotationId());
        assertThat(again.stage()).isEqualTo(ReviewStage.REVIEW);
        assertThat(reviewRework(r.project(), rework.rework().reviewId())).isEqualTo("DONE");
        tenants.read(r.project().tenantId(), () -> {
            var rows = jdbc.sql("select id, supersedes, round from annotations where tenant_id = ? and item_id = ? order by id")
                    .params(r.project().tenantId(), r.item()).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), rs.getInt(3)}).list();
            assertThat(rows).as("the superseded annotation is kept").hasSize(2);
            assertThat(rows.get(1)[1]).as("the new one names the one it supersedes").isEqualTo(rows.get(0)[0]);
            assertThat(rows.get(1)[2]).isEqualTo(2);
            assertThat(jdbc.sql("select done_count from items where tenant_id = ? and id = ?").params(r.project().tenantId(), r.item())
                    .query(Integer.class).single()).as("the rework counts no second answer").isEqualTo(1);
            return null;
        });
        var accepted = reviews.decide(r.reviewer(), r.project().id(), again.reviewId(),
                json.readTree("{\"decision\":\"ACCEPT\",\"fencingToken\":" + again.fencingToken() + "}"));
        assertThat(accepted.state()).isEqualTo("ACCEPTED");
        var next = queue.next(fixtures.access(r.project(), r.annotator())).orElseThrow();
        assertThat(next.rework()).as("then new work").isNull();
        assertThat(next.itemId()).isNotEqualTo(r.item());
    }

    @Test
    void theReworkGoesToThePoolWhenItsAnnotatorIsDisabledAndNeverBackToThem() throws Exception {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Rework gone");
        CurrentUser admin = fixtures.user(customer, Role.ADMIN, Role.MANAGER);
        Project project = reviewedProject(admin, 60, 1, "{\"stages\":\"REVIEW\",\"reviewShare\":100}");
        CurrentUser annotator = fixtures.user(customer, Role.ANNOTATOR);
        CurrentUser other = fixtures.user(customer, Role.ANNOTATOR);
        CurrentUser reviewer = fixtures.user(customer, Role.REVIEWER);
        var task = answerA(project, annotator);
        awaitSampling();
        users.change(admin, annotator.id(), null, false);
        reject(reviewer, project, "Wrong.");
        Task pooled = queue.next(fixtures.access(project, other)).orElseThrow();
        assertThat(pooled.itemId()).as("straight to the pool").isEqualTo(task.itemId());
        assertThat(pooled.rework().round()).isEqualTo(2);
        assertThat(pooled.rework().feedback()).isEqualTo("Wrong.");
    }

    @Test
    void aReworkNotTakenWithinTheLeaseDurationGoesToThePoolButNotToTheRejectedAnnotator() throws Exception {
        var r = rejectedOnce("Rework late", "{\"stages\":\"REVIEW\",\"reviewShare\":100}");
        CurrentUser colleague = fixtures.annotators(r.customer(), 1).getFirst();
        Task colleagues = queue.next(fixtures.access(r.project(), colleague)).orElseThrow();
        assertThat(colleagues.itemId()).as("while on offer, the rework is the annotator's").isNotEqualTo(r.item());
        queue.submit(fixtures.access(r.project(), colleague), colleagues.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        clock.advance(Duration.ofSeconds(61));
        CurrentUser late = fixtures.annotators(r.customer(), 1).getFirst();
        Task pooled = queue.next(fixtures.access(r.project(), late)).orElseThrow();
        assertThat(pooled.itemId()).isEqualTo(r.item());
        assertThat(pooled.rework()).isNotNull();
        Task own = queue.next(fixtures.access(r.project(), r.annotator())).orElse(null);
        assertThat(own == null || own.rework() == null).as("never back to the rejected annotator").isTrue();
    }

    @Test
    void maxRoundsBoundsTheReworkAndThenReopensTheSlotForAnotherAnnotator() throws Exception {
        var r = rejectedOnce("Rework bounded", "{\"stages\":\"REVIEW\",\"reviewShare\":100,\"maxRounds\":1}");
        Task rework = queue.next(fixtures.access(r.project(), r.annotator())).orElseThrow();
        assertThat(rework.rework().round()).isEqualTo(2);
        queue.submit(fixtures.access(r.project(), r.annotator()), rework.assignmentId(), json.readTree("{\"label\":\"b\"}"), null);
        ReviewTask second = reject(r.reviewer(), r.project(), "Still wrong.");
        assertThat(reviewRework(r.project(), second.reviewId())).as("past maxRounds the chain is closed").isEqualTo("CLOSED");
        var next = queue.next(fixtures.access(r.project(), r.annotator())).orElseThrow();
        assertThat(next.itemId()).as("no third round for them").isNotEqualTo(r.item());
        assertThat(tenants.read(r.project().tenantId(), () -> jdbc.sql("select state from items where tenant_id = ? and id = ?")
                .params(r.project().tenantId(), r.item()).query(String.class).single())).as("the slot is open again").isEqualTo("OPEN");
    }
}
