package dev.annota.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.annota.failure.Forbidden;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ImportRejected;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.work.Submission;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import dev.annota.quality.internal.QualitySettingsStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gold items, qualification, pausing and adaptive overlap through the work queue, written once and run on each
 * database ({@link H2GoldTests}, {@link PostgresGoldTests}: the gold step runs inside the claim's transaction, beside
 * its SKIP LOCKED SQL, and the import's COPY path stores the gold answers on PostgreSQL).
 */
@SpringBootTest
@Import(Fixtures.class)
abstract class GoldScenario {

    @Autowired dev.annota.item.ItemPayloads goldPayloads;
    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired Items items;
    @Autowired WorkQueue queue;
    @Autowired QualitySettingsStore settings;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    record Setup(Organization customer, CurrentUser manager, Project project) {
    }

    /** A project of {@code ordinary} items (item-i) and {@code gold} gold items (gold-i) whose known answer is "a". */
    Setup setup(int overlap, int ordinary, int gold, QualitySettings quality) {
        Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Gold customer");
        CurrentUser manager = fixtures.user(customer, Role.MANAGER);
        Project project = fixtures.project(manager, overlap, 600);
        var lines = new StringBuilder();
        // Gold items come in the same file as ordinary ones, interleaved, as docs/quality.md advises.
        for (int i = 0; i < Math.max(ordinary, gold); i++) {
            if (i < ordinary) {
                lines.append("{\"external_id\":\"item-").append(i).append("\",\"data\":{\"text\":\"text ").append(i).append("\"}}\n");
            }
            if (i < gold) {
                lines.append("{\"external_id\":\"gold-").append(i).append("\",\"data\":{\"text\":\"check ").append(i)
                        .append("\"},\"gold\":{\"label\":\"a\"}}\n");
            }
        }
        var report = items.importItems(fixtures.access(project, manager), stream(lines.toString()));
        assertThat(report.added()).isEqualTo(ordinary + gold);
        settings.change(fixtures.access(project, manager), quality, true);
        return new Setup(customer, manager, project);
    }

    static QualitySettings quality(double goldRate, int qualificationItems, double qualificationThreshold,
                                   double pauseThreshold, int pauseMinAnswers, Double adaptive, Integer maxOverlap) {
        return new QualitySettings(goldRate, qualificationItems, qualificationThreshold, pauseThreshold, pauseMinAnswers,
                adaptive, maxOverlap);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    ProjectAccess annotator(Setup s) {
        return fixtures.access(s.project(), fixtures.user(s.customer(), Role.ANNOTATOR));
    }

    String externalId(Setup s, UUID item) {
        // Stored sealed (deterministically): opened as the exports open it.
        return tenants.read(s.project().tenantId(), () -> goldPayloads.openExternalId(s.project().tenantId(), s.project().id(),
                jdbc.sql("select external_id from items where tenant_id = ? and id = ?")
                        .params(s.project().tenantId(), item).query(String.class).single()));
    }

    Submission answer(ProjectAccess who, Task task, String label) {
        return queue.submit(who, task.assignmentId(), json.readTree("{\"label\":\"" + label + "\"}"), null);
    }

    @Test
    void goldItemsAreMixedInAtTheProjectRateWithoutUsingSlots() {
        var s = setup(1, 200, 80, quality(0.25, 0, 0, 0, 10, null, null));
        var first = annotator(s);
        int gold = 0;
        int claims = 120;
        var seen = new HashSet<UUID>();
        for (int i = 0; i < claims; i++) {
            Task task = queue.next(first).orElseThrow();
            assertThat(seen.add(task.itemId())).isTrue();
            if (externalId(s, task.itemId()).startsWith("gold-")) {
                gold++;
            }
            answer(first, task, "a");
        }
        // Binomial(120, 0.25): mean 30, standard deviation 4.7. The bounds 15..45 failed about once in 900 runs
        // (47 gold items in one CI run); these fail about once in 33,000, and are still far from what a rate of 0,
        // 0.5 or 1 would give.
        assertThat(gold).isBetween(12, 50);
        var counts = items.counts(fixtures.access(s.project(), s.manager()));
        assertThat(counts.done()).isEqualTo(claims - gold); // gold answers took no ordinary slot
        assertThat(counts.total()).isEqualTo(200);
        assertThat(items.goldCount(fixtures.access(s.project(), s.manager()))).isEqualTo(80);

        // Every annotator may be served a gold item another annotator already answered: gold uses no overlap.
        var second = annotator(s);
        settings.change(fixtures.access(s.project(), s.manager()), quality(1.0, 0, 0, 0, 10, null, null), true);
        for (int i = 0; i < 80; i++) {
            assertThat(externalId(s, queue.next(second).orElseThrow().itemId())).startsWith("gold-");
            queue.skip(second, queue.next(second).orElseThrow().assignmentId());
        }
        // All 80 gold items seen (and skipped: a skipped gold item stays gold): the second annotator gets ordinary work.
        assertThat(externalId(s, queue.next(second).orElseThrow().itemId())).startsWith("item-");
        assertThat(items.goldCount(fixtures.access(s.project(), s.manager()))).isEqualTo(80);
    }

    @Test
    void concurrentAnnotatorsWithGoldMixedInLabelEveryOrdinaryItemExactlyOverlapTimes() throws Exception {
        int overlap = 3;
        int ordinary = 60;
        var s = setup(overlap, ordinary, 10, quality(0.3, 0, 0, 0, 10, null, null));
        var team = new java.util.ArrayList<ProjectAccess>();
        for (int i = 0; i < 8; i++) {
            team.add(annotator(s));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (ProjectAccess who : team) {
                futures.add(pool.submit(() -> {
                    int n = 0;
                    Optional<Task> t;
                    while ((t = queue.next(who)).isPresent()) {
                        answer(who, t.get(), "a");
                        n++;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (var f : futures) {
                total += f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            // Gold is drawn only beside ordinary work (never served just because the queue ran dry, which would tell
            // that the last items are gold), so how many gold answers there are depends on the draws.
            assertThat(total).isBetween(ordinary * overlap + 1, ordinary * overlap + 8 * 10);
        } finally {
            pool.shutdownNow();
        }
        var perItem = tenants.read(s.project().tenantId(), () -> jdbc.sql("""
                        select i.external_id, count(a.id) from items i
                        join annotations a on a.tenant_id = i.tenant_id and a.item_id = i.id
                        where i.tenant_id = ? and i.project_id = ? group by i.external_id""")
                .params(s.project().tenantId(), s.project().id())
                .query((rs, n) -> java.util.Map.entry(goldPayloads.openExternalId(s.project().tenantId(), s.project().id(),
                        rs.getString(1)), rs.getInt(2))).list());
        assertThat(perItem).filteredOn(e -> e.getKey().startsWith("item-")).hasSize(ordinary)
                .allSatisfy(e -> assertThat(e.getValue()).isEqualTo(overlap));
        assertThat(perItem).filteredOn(e -> e.getKey().startsWith("gold-"))
                .allSatisfy(e -> assertThat(e.getValue()).isBetween(1, 8)); // gold uses no slot: up to every annotator
        long doubleAnswers = tenants.read(s.project().tenantId(), () -> jdbc.sql("""
                        select count(*) from (select item_id, annotator_id from annotations where tenant_id = ? and project_id = ?
                                              group by item_id, annotator_id having count(*) > 1) twice""")
                .params(s.project().tenantId(), s.project().id()).query(Long.class).single());
        assertThat(doubleAnswers).isZero();
        assertThat(items.counts(fixtures.access(s.project(), s.manager())).done()).isEqualTo(ordinary);
    }

    @Test
    void goldIsNeverServedOnceNoOrdinaryWorkIsLeftForTheAnnotator() {
        var s = setup(1, 1, 3, quality(0.0, 0, 0, 0, 10, null, null));
        var other = annotator(s);
        Task held = queue.next(other).orElseThrow(); // the only ordinary slot, leased
        assertThat(externalId(s, held.itemId())).isEqualTo("item-0");
        settings.change(fixtures.access(s.project(), s.manager()), quality(1.0, 0, 0, 0, 10, null, null), true);
        var who = annotator(s);
        for (int i = 0; i < 5; i++) {
            assertThat(queue.next(who)).isEmpty(); // not the 3 unseen gold items: they would stand out
        }
        queue.skip(other, held.assignmentId()); // the slot is free again: now gold is mixed in
        assertThat(externalId(s, queue.next(who).orElseThrow().itemId())).startsWith("gold-");
    }

    @Test
    void aGoldTaskHasTheShapeOfAnOrdinaryTaskAndNeverCarriesTheKnownAnswer() {
        var s = setup(1, 3, 1, quality(1.0, 0, 0, 0, 10, null, null));
        var who = annotator(s);
        Task goldTask = queue.next(who).orElseThrow();
        assertThat(externalId(s, goldTask.itemId())).isEqualTo("gold-0");
        JsonNode goldJson = json.valueToTree(goldTask);
        answer(who, goldTask, "b");
        Task ordinary = queue.next(who).orElseThrow();
        assertThat(externalId(s, ordinary.itemId())).startsWith("item-");
        JsonNode ordinaryJson = json.valueToTree(ordinary);

        assertThat(keys(goldJson)).isEqualTo(keys(ordinaryJson));
        assertThat(keys(goldJson.get("data"))).isEqualTo(keys(ordinaryJson.get("data")));
        assertThat(goldJson.get("predictions")).isEqualTo(ordinaryJson.get("predictions"));
        assertThat(goldJson.toString()).doesNotContain("\"label\"").doesNotContainIgnoringCase("gold");
    }

    private static Set<String> keys(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }

    @Test
    void aNewAnnotatorAnswersTheQualificationItemsFirstAndGoesOnAboveTheThreshold() {
        var s = setup(1, 10, 5, quality(0.0, 3, 0.66, 0, 10, null, null));
        var who = annotator(s);
        List<String> answers = List.of("a", "b", "a"); // 2 of 3 right = 0.667 >= 0.66
        for (String label : answers) {
            Task task = queue.next(who).orElseThrow();
            assertThat(externalId(s, task.itemId())).startsWith("gold-");
            answer(who, task, label);
        }
        for (int i = 0; i < 10; i++) {
            Task task = queue.next(who).orElseThrow();
            assertThat(externalId(s, task.itemId())).startsWith("item-"); // goldRate 0 after qualifying
            answer(who, task, "c");
        }
        assertThat(queue.next(who)).isEmpty();
    }

    @Test
    void anAnnotatorBelowTheQualificationThresholdIsRefusedWithTheReason() {
        var s = setup(1, 10, 5, quality(0.0, 3, 0.66, 0, 10, null, null));
        var who = annotator(s);
        for (String label : List.of("a", "b", "c")) { // 1 of 3 right
            answer(who, queue.next(who).orElseThrow(), label);
        }
        assertThatThrownBy(() -> queue.next(who))
                .isInstanceOfSatisfying(Forbidden.class, e -> {
                    assertThat(e.detail()).contains("1 of the 3 qualification items").contains("66");
                    assertThat(e.properties()).containsEntry("reason", "qualification_failed");
                });
    }

    @Test
    void anAnnotatorWhoseGoldAccuracyFallsBelowThePauseThresholdIsPausedAndToldWhy() {
        var s = setup(1, 20, 10, quality(1.0, 0, 0, 0.6, 4, null, null));
        var careless = annotator(s);
        var careful = annotator(s);
        for (int i = 0; i < 3; i++) { // 3 wrong answers, below the minimum of 4: not yet paused
            answer(careless, queue.next(careless).orElseThrow(), "b");
            answer(careful, queue.next(careful).orElseThrow(), "a");
        }
        answer(careless, queue.next(careless).orElseThrow(), "a"); // 1 of 4 = 25% < 60%
        answer(careful, queue.next(careful).orElseThrow(), "a");

        assertThatThrownBy(() -> queue.next(careless))
                .isInstanceOfSatisfying(Forbidden.class, e -> {
                    assertThat(e.title()).isEqualTo("Paused on this project");
                    assertThat(e.detail()).contains("paused").contains("1 of your 4").contains("60");
                });
        assertThat(queue.next(careful)).isPresent();
    }

    @Test
    void onlyAMissedGoldItemGetsTheExpectedAnswerAndOnlyAfterTheSubmit() {
        var s = setup(1, 2, 2, quality(1.0, 0, 0, 0, 10, null, null));
        var who = annotator(s);
        Task missedTask = queue.next(who).orElseThrow();
        assertThat(json.valueToTree(missedTask).toString()).doesNotContain("\"label\"");
        Submission missed = queue.submit(who, missedTask.assignmentId(), json.readTree("{\"label\":\"c\"}"), "key-1");
        Submission rightGold = answer(who, queue.next(who).orElseThrow(), "a");
        Submission ordinary = answer(who, queue.next(who).orElseThrow(), "a");

        assertThat(missed.feedback()).isNotNull();
        assertThat(missed.feedback().expectedAnswer()).isEqualTo(json.readTree("{\"label\":\"a\"}"));
        assertThat(rightGold.feedback()).isNull();
        assertThat(ordinary.feedback()).isNull();
        JsonNode rightJson = json.valueToTree(rightGold);
        JsonNode ordinaryJson = json.valueToTree(ordinary);
        assertThat(keys(rightJson)).isEqualTo(keys(ordinaryJson)).doesNotContain("feedback");
        assertThat(keys(json.valueToTree(missed))).contains("feedback");

        // A retry of the missed submit is answered the same way, feedback included.
        Submission retried = queue.submit(who, missedTask.assignmentId(), json.readTree("{\"label\":\"c\"}"), "key-1");
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.feedback()).isEqualTo(missed.feedback());
    }

    @Test
    void anItemWhoseAnswersDisagreeGetsOneMoreSlotUntilTheMaximum() {
        var s = setup(2, 2, 0, quality(0.0, 0, 0, 0, 10, 0.9, 4));
        var a = annotator(s);
        var b = annotator(s);
        var c = annotator(s);
        var d = annotator(s);
        var e = annotator(s);
        // Each annotator gets item-0 first (the queue's order), then item-1.
        Task a0 = queue.next(a).orElseThrow();
        Task b0 = queue.next(b).orElseThrow();
        assertThat(b0.itemId()).isEqualTo(a0.itemId());
        answer(a, a0, "a");
        answer(b, b0, "b"); // 1:1 disagreement at overlap 2: one more slot
        assertThat(state(s, a0.itemId())).isEqualTo("OPEN");
        Task c0 = queue.next(c).orElseThrow();
        assertThat(c0.itemId()).isEqualTo(a0.itemId());
        answer(c, c0, "a"); // 2:1 still below 0.9: one more slot (3 < max 4)
        Task d0 = queue.next(d).orElseThrow();
        assertThat(d0.itemId()).isEqualTo(a0.itemId());
        answer(d, d0, "b"); // 2:2 but 4 answers reach maxOverlap: done
        assertThat(state(s, a0.itemId())).isEqualTo("DONE");
        assertThat(answers(s, a0.itemId())).isEqualTo(4);

        // item-1: agreement, no extra slot.
        answer(a, queue.next(a).orElseThrow(), "c");
        Task b1 = queue.next(b).orElseThrow();
        answer(b, b1, "c");
        assertThat(state(s, b1.itemId())).isEqualTo("DONE");
        assertThat(queue.next(e)).isEmpty();
    }

    private String state(Setup s, UUID item) {
        return tenants.read(s.project().tenantId(), () -> jdbc.sql("select state from items where tenant_id = ? and id = ?")
                .params(s.project().tenantId(), item).query(String.class).single());
    }

    private int answers(Setup s, UUID item) {
        return tenants.read(s.project().tenantId(), () -> jdbc.sql("select count(*) from annotations where tenant_id = ? and item_id = ?")
                .params(s.project().tenantId(), item).query(Integer.class).single());
    }

    @Test
    void anImportedGoldAnswerMustFitTheSchemaAndGoldItemsStayOutOfTheQueueCounts() {
        var s = setup(1, 2, 1, QualitySettings.defaults(1));
        var access = fixtures.access(s.project(), s.manager());
        assertThatThrownBy(() -> items.importItems(access, stream("""
                {"external_id":"ok","data":{"text":"x"}}
                {"external_id":"bad","data":{"text":"y"},"gold":{"label":"zebra"}}
                """)))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).startsWith("gold.");
                });
        assertThat(items.counts(access).total()).isEqualTo(2);
        assertThat(items.goldCount(access)).isEqualTo(1);
        // Stored sealed like the item's payload, and opens to the known answer.
        String known = tenants.read(s.project().tenantId(), () -> jdbc.sql(
                        "select id, gold_answer from items where tenant_id = ? and project_id = ? and external_id = ?")
                .params(s.project().tenantId(), s.project().id(),
                        goldPayloads.sealExternalId(s.project().tenantId(), s.project().id(), "gold-0"))
                .query((rs, n) -> goldPayloads.open(s.project().tenantId(), rs.getObject(1, java.util.UUID.class), rs.getString(2)))
                .single());
        assertThat(json.readTree(known)).isEqualTo(json.readTree("{\"label\":\"a\"}"));
        // Without gold mixing the gold item is never served.
        var who = annotator(s);
        Optional<Task> t;
        int served = 0;
        while ((t = queue.next(who)).isPresent()) {
            assertThat(externalId(s, t.get().itemId())).startsWith("item-");
            answer(who, t.get(), "a");
            served++;
        }
        assertThat(served).isEqualTo(2);
    }
}
