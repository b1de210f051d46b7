package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.annota.failure.Conflict;
import dev.annota.failure.Damaged;
import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.failure.TooManyRequests;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work queue's guarantees, written once and run on each database by a subclass ({@link H2WorkQueueTests},
 * {@link PostgresWorkQueueTests}). Time is the application's {@code Clock} bean, replaced by a {@link MutableClock}
 * so a lease expires by moving the clock, not by sleeping.
 */
@SpringBootTest
@Import({Fixtures.class, MutableClock.AsTheClock.class})
abstract class WorkQueueScenario {

    static final int ANNOTATORS = 60;
    static final int ITEMS = 200;
    static final int OVERLAP = 3;
    static final int MIN_LEASE_SECONDS = 10;

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired WorkQueue queue;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;

    /** A project of a customer, with an engaged workforce; annotators alternate between the two organizations. */
    record Team(CurrentUser manager, Project project, List<CurrentUser> annotators) {
    }

    Team team(int overlap, int leaseSeconds, int items, int annotators) {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Queue customer");
        Organization workforce = fixtures.organization(OrganizationKind.WORKFORCE, "Queue workforce");
        CurrentUser manager = fixtures.user(customer, Role.MANAGER);
        Project project = fixtures.project(manager, overlap, leaseSeconds);
        fixtures.items(project, manager, items);
        projects.engage(fixtures.access(project, manager), workforce.id());
        var list = new ArrayList<CurrentUser>();
        for (int i = 0; i < annotators; i++) {
            // The queue knows annotators by id and organization; Argon2-hashed accounts for 60 of them would only slow the test.
            Organization org = i % 2 == 0 ? customer : workforce;
            list.add(new CurrentUser(UUID.randomUUID(), org.id(), org.kind(), "annotator-" + i + "@test.example",
                    "Annotator " + i, Set.of(Role.ANNOTATOR)));
        }
        return new Team(manager, project, List.copyOf(list));
    }

    ProjectAccess as(CurrentUser annotator, Project project) {
        return projects.access(annotator, project.id());
    }

    JsonNode answer(String label) {
        return json.readTree("{\"label\":\"" + label + "\"}");
    }

    long annotations(Project project) {
        return tenants.read(project.tenantId(), () -> jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ?")
                .params(project.tenantId(), project.id()).query(Long.class).single());
    }

    List<String> assignmentStates(Project project) {
        return tenants.read(project.tenantId(), () -> jdbc.sql("select state from assignments where tenant_id = ? and project_id = ? order by claimed_at, state")
                .params(project.tenantId(), project.id()).query(String.class).list());
    }

    static void assertConflict(ThrowableAssertAlias call) {
        assertThatThrownBy(call::run).isInstanceOf(LeaseRejected.class);
    }

    interface ThrowableAssertAlias {
        void run() throws Throwable;
    }

    @Test
    void fiftyPlusConcurrentAnnotatorsLabelEveryItemExactlyOverlapTimesByDistinctAnnotators() throws Exception {
        Team team = team(OVERLAP, 600, ITEMS, ANNOTATORS);

        var result = ConcurrentLabeling.run(List.of(new ConcurrentLabeling.Instance(projects, queue)), team.project().id(),
                team.annotators(), ITEMS + 1, json);

        System.out.printf("[%s] %d annotators, %d items, overlap %d: %d submits by %d annotators in %d ms%n", getClass().getSimpleName(),
                ANNOTATORS, ITEMS, OVERLAP, result.submits(), result.labellers(), result.took().toMillis());
        ConcurrentLabeling.assertInvariants(result, team.project(), ITEMS, tenants, jdbc);
    }

    @Test
    void concurrentClaimsOfOneAnnotatorCountOneByOneAndOnlyThoseOverTheMinutesLimitAre429() throws Exception {
        Team team = team(1, 600, 3, 1);
        CurrentUser annotator = team.annotators().get(0);
        // All claims in one rate-limit window: start one second into the next minute of the application's clock.
        var now = clock.instant();
        clock.advance(Duration.between(now, now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(61)));
        int limit = 120; // annota.claims.per-minute's default
        int attempts = limit + 15;

        var outcomes = new java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicInteger>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            var start = new CountDownLatch(1);
            var calls = new ArrayList<Future<?>>();
            for (int i = 0; i < attempts; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    int status;
                    try {
                        status = queue.next(annotator, team.project().id()).isPresent() ? 200 : 204;
                    } catch (TooManyRequests e) {
                        status = 429;
                    }
                    outcomes.computeIfAbsent(status, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (var call : calls) {
                call.get();
            }
        }

        // The first claim leases an item; every later one is that same live lease again (a reload), counted all the same.
        assertThat(outcomes.keySet()).containsOnly(200, 429);
        assertThat(outcomes.get(200).get()).isEqualTo(limit);
        assertThat(outcomes.get(429).get()).isEqualTo(attempts - limit);
        assertThat(assignmentStates(team.project())).containsExactly("LEASED");
        // The next minute's window admits the annotator again.
        clock.advance(Duration.ofSeconds(60));
        assertThat(queue.next(annotator, team.project().id())).isPresent();
    }

    @Test
    void anExpiredLeaseReturnsTheSlotToTheQueueAndTheStaleSubmitIsRejected() {
        Team team = team(1, MIN_LEASE_SECONDS, 1, 2);
        var first = as(team.annotators().get(0), team.project());
        var second = as(team.annotators().get(1), team.project());
        Task stale = queue.next(first).orElseThrow();
        assertThat(queue.next(second)).as("the only slot is leased").isEmpty();

        clock.advance(Duration.ofSeconds(MIN_LEASE_SECONDS + 1));
        Task takenOver = queue.next(second).orElseThrow();

        assertThat(takenOver.itemId()).isEqualTo(stale.itemId());
        assertThat(takenOver.assignmentId()).isNotEqualTo(stale.assignmentId());
        assertConflict(() -> queue.submit(first, stale.assignmentId(), answer("a"), "stale-key"));
        assertConflict(() -> queue.skip(first, stale.assignmentId()));
        assertThat(queue.next(first)).as("the item never returns to its first annotator").isEmpty();
        assertThat(queue.submit(second, takenOver.assignmentId(), answer("b"), null).replayed()).isFalse();
        assertThat(annotations(team.project())).isOne();
        assertThat(assignmentStates(team.project())).containsExactly("EXPIRED", "SUBMITTED");
    }

    @Test
    void aLeaseThatExpiredRejectsItsSubmitEvenBeforeAnyoneTakesTheSlot() {
        Team team = team(1, MIN_LEASE_SECONDS, 1, 2);
        var first = as(team.annotators().get(0), team.project());
        Task task = queue.next(first).orElseThrow();

        clock.advance(Duration.ofSeconds(MIN_LEASE_SECONDS + 1));

        assertConflict(() -> queue.submit(first, task.assignmentId(), answer("a"), null));
        assertThat(annotations(team.project())).isZero();
        Task next = queue.next(as(team.annotators().get(1), team.project())).orElseThrow();
        assertThat(next.itemId()).isEqualTo(task.itemId());
    }

    @Test
    void aSubmitOrSkipUnderSomeoneElsesAssignmentIsRejectedAndStoresNothing() {
        Team team = team(2, 600, 1, 2);
        var owner = as(team.annotators().get(0), team.project());
        var intruder = as(team.annotators().get(1), team.project());
        Task task = queue.next(owner).orElseThrow();

        assertThatThrownBy(() -> queue.submit(intruder, task.assignmentId(), answer("a"), null))
                .isInstanceOf(Failure.class).isNotInstanceOf(Damaged.class);
        assertConflict(() -> queue.skip(intruder, task.assignmentId()));
        assertThat(annotations(team.project())).isZero();

        assertThat(queue.submit(owner, task.assignmentId(), answer("a"), null).replayed()).isFalse();
        assertThat(annotations(team.project())).isOne();
    }

    @Test
    void skipNeverGivesTheItemBackToTheSameAnnotatorButGivesItToOthers() {
        Team team = team(1, 600, 1, 3);
        var skipper = as(team.annotators().get(0), team.project());
        var other = as(team.annotators().get(1), team.project());
        Task skipped = queue.next(skipper).orElseThrow();
        assertThat(queue.next(other)).isEmpty();

        queue.skip(skipper, skipped.assignmentId());

        assertThat(queue.next(skipper)).isEmpty();
        Task given = queue.next(other).orElseThrow();
        assertThat(given.itemId()).isEqualTo(skipped.itemId());
        assertConflict(() -> queue.submit(skipper, skipped.assignmentId(), answer("a"), null));
        queue.skip(other, given.assignmentId());
        assertThat(queue.next(as(team.annotators().get(2), team.project()))).map(Task::itemId).contains(skipped.itemId());
        assertThat(queue.next(skipper)).isEmpty();
        assertThat(queue.next(other)).isEmpty();
    }

    @Test
    void aRetriedSubmitIsAnsweredOnceAndStoredOnce() {
        Team team = team(1, 600, 2, 1);
        var annotator = as(team.annotators().get(0), team.project());
        Task task = queue.next(annotator).orElseThrow();

        Submission first = queue.submit(annotator, task.assignmentId(), answer("a"), "key-1");
        Submission sameKey = queue.submit(annotator, task.assignmentId(), answer("a"), "key-1");
        Submission noKey = queue.submit(annotator, task.assignmentId(), answer("a"), null);

        assertThat(first.replayed()).isFalse();
        assertThat(List.of(sameKey, noKey)).allSatisfy(retry -> {
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.annotationId()).isEqualTo(first.annotationId());
            assertThat(retry.itemId()).isEqualTo(first.itemId());
        });
        assertThat(annotations(team.project())).isOne();

        assertThatThrownBy(() -> queue.submit(annotator, task.assignmentId(), answer("b"), "key-1"))
                .as("the same key with another answer: refused, not a silent replay that drops the new answer")
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.properties()).containsEntry("field", "Idempotency-Key"));
        assertThat(annotations(team.project())).isOne();

        Task next = queue.next(annotator).orElseThrow();
        assertThatThrownBy(() -> queue.submit(annotator, next.assignmentId(), answer("b"), "key-1"))
                .as("a key already used for another assignment")
                .isInstanceOf(Conflict.class);
        assertThat(annotations(team.project())).isOne();
    }

    @Test
    void twoIdenticalSubmitsAtOnceStoreOneAnnotationAndBothGetItsAnswer() throws Exception {
        int rounds = 10;
        Team team = team(1, 600, rounds, 1);
        var annotator = as(team.annotators().get(0), team.project());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < rounds; round++) {
                Task task = queue.next(annotator).orElseThrow();
                String key = round % 2 == 0 ? "twin-" + round : null;
                var start = new CountDownLatch(1);
                Callable<Submission> submit = () -> {
                    start.await();
                    return queue.submit(annotator, task.assignmentId(), answer("c"), key);
                };
                Future<Submission> one = threads.submit(submit);
                Future<Submission> two = threads.submit(submit);
                start.countDown();
                var answers = List.of(one.get(), two.get());

                assertThat(answers).extracting(Submission::annotationId).as("round " + round).containsOnly(answers.getFirst().annotationId());
                assertThat(answers).extracting(Submission::replayed).as("round " + round).containsExactlyInAnyOrder(false, true);
            }
        }
        assertThat(annotations(team.project())).isEqualTo(rounds);
    }

    @Test
    void claimingAgainWhileHoldingALiveLeaseReturnsTheSameAssignment() {
        Team team = team(3, 600, 1, 4);
        var annotator = as(team.annotators().get(0), team.project());
        Task first = queue.next(annotator).orElseThrow();

        Task again = queue.next(annotator).orElseThrow();

        assertThat(again.assignmentId()).isEqualTo(first.assignmentId());
        assertThat(again.itemId()).isEqualTo(first.itemId());
        assertThat(again.leaseExpiresAt()).isEqualTo(first.leaseExpiresAt());
        assertThat(assignmentStates(team.project())).containsExactly("LEASED");
        // The reload took no second slot: two more annotators still find the item, a fourth does not.
        assertThat(queue.next(as(team.annotators().get(1), team.project()))).isPresent();
        assertThat(queue.next(as(team.annotators().get(2), team.project()))).isPresent();
        assertThat(queue.next(as(team.annotators().get(3), team.project()))).isEmpty();
    }

    @Test
    void aSlotHeldForAMomentByAnotherTransactionIsStillGivenOutInsteadOfNoTask() throws Exception {
        Team team = team(2, 600, 1, 2);
        Task firstTask = queue.next(as(team.annotators().get(0), team.project())).orElseThrow();
        UUID tenant = team.project().tenantId();
        var locked = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // As a submit does while it counts its answer: a short transaction holds the item's row.
            Future<?> holder = threads.submit(() -> tenants.write(tenant, () -> {
                jdbc.sql("select id from items where tenant_id = ? and id = ? for update").params(tenant, firstTask.itemId())
                        .query(UUID.class).single();
                locked.countDown();
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            locked.await();

            var task = queue.next(as(team.annotators().get(1), team.project()));

            holder.get();
            assertThat(task).as("the item's last slot, once the row is free again").map(Task::itemId).contains(firstTask.itemId());
        }
    }

    @Test
    void anInvalidAnswerIsRejectedAndTheLeaseStaysUsable() {
        Team team = team(1, 600, 1, 1);
        var annotator = as(team.annotators().get(0), team.project());
        Task task = queue.next(annotator).orElseThrow();

        assertThatThrownBy(() -> queue.submit(annotator, task.assignmentId(), answer("z"), "k"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.kind()).isEqualTo(Invalid.Kind.RULE_BROKEN));

        assertThat(annotations(team.project())).isZero();
        assertThat(queue.submit(annotator, task.assignmentId(), answer("a"), "k").replayed()).isFalse();
    }
}
