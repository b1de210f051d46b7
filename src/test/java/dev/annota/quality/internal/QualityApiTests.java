package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gold items, the pause answer, aggregation, the export's consensus and the quality pages' API, over HTTP. */
@ApiTest
class QualityApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    private Organization lab;
    private ApiClient manager;
    private String base;

    @BeforeEach
    void aProject() {
        var setup = fixtures.labProject("Quality lab", 3, 0);
        lab = setup.lab();
        manager = fixtures.client(setup.manager());
        base = setup.base();
    }

    private void importItems(String jsonl) {
        var answer = manager.postJsonLines(base + "/items", jsonl);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private ApiClient.Response claim(ApiClient c) {
        return c.postEmpty(base + "/tasks/next");
    }

    private ApiClient.Response submit(ApiClient c, JsonNode task, String label) {
        return c.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation", "{\"label\":\"" + label + "\"}");
    }

    /** Item id → external id, from the export of every item. */
    private Map<String, String> itemIds() {
        var ids = new HashMap<String, String>();
        for (String line : manager.get(base + "/export?includeUnlabeled=true").text().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                ids.put(n.get("item_id").asString(), n.get("external_id").asString());
            }
        }
        return ids;
    }

    private static String idOf(Map<String, String> ids, String externalId) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(externalId)).findFirst().orElseThrow().getKey();
    }

    @Test
    void managersMarkGoldItemsWithAnAnswerThatFitsTheSchemaAndAPausedAnnotatorIsToldWhy() {
        importItems("""
                {"external_id": "g1", "data": {"text": "one"}}
                {"external_id": "g2", "data": {"text": "two"}}
                {"external_id": "n1", "data": {"text": "three"}}
                """);
        var ids = itemIds();
        String g1 = idOf(ids, "g1");
        String g2 = idOf(ids, "g2");
        assertThat(manager.putJson(base + "/items/" + g1 + "/gold", "{\"label\":\"zebra\"}").status()).isEqualTo(422);
        assertThat(manager.putJson(base + "/items/" + g1 + "/gold", "{\"label\":\"a\"}").status()).isEqualTo(204);
        assertThat(manager.putJson(base + "/items/" + g2 + "/gold", "{\"label\":\"b\"}").status()).isEqualTo(204);
        var a = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        assertThat(a.putJson(base + "/items/" + g2 + "/gold", "{\"label\":\"b\"}").status()).isEqualTo(403);
        var settings = manager.putJson(base + "/quality/settings", "{\"goldRate\": 1, \"pauseThreshold\": 0.5, \"pauseMinAnswers\": 2}");
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.json().get("goldRate").asDouble()).isEqualTo(1.0);

        for (int i = 0; i < 2; i++) {
            var task = claim(a);
            assertThat(task.status()).isEqualTo(200);
            assertThat(task.json().get("itemId").asString()).isIn(g1, g2);
            var submitted = submit(a, task.json(), "c");
            assertThat(submitted.status()).isEqualTo(201);
            assertThat(submitted.json().get("feedback").get("expectedAnswer").get("label").asString()).isIn("a", "b");
        }
        var refused = claim(a);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("paused").contains("0 of your 2");
        assertThat(refused.json().get("reason").asString()).isEqualTo("paused_low_accuracy");

        // A gold item uses no slots: its counters are the answers given, not "0 annotations, overlap leased"; managers
        // see its known answer in the item view and in the export.
        for (JsonNode row : manager.get(base + "/items").json().get("items")) {
            if (row.get("id").asString().equals(g1)) {
                assertThat(row.get("state").asString()).isEqualTo("GOLD");
                assertThat(row.get("annotations").asInt()).isEqualTo(1);
                assertThat(row.get("leased").asInt()).isZero();
            }
        }
        JsonNode goldView = manager.get(base + "/items/" + g1).json();
        assertThat(goldView.get("annotations").asInt()).isEqualTo(1);
        assertThat(goldView.get("leased").asInt()).isZero();
        assertThat(goldView.get("goldAnswer").get("label").asString()).isEqualTo("a");
        assertThat(manager.get(base + "/items/" + idOf(ids, "n1")).json().get("goldAnswer").isNull()).isTrue();
        var known = new HashMap<String, String>();
        for (String line : manager.get(base + "/export?includeUnlabeled=true").text().split("\n")) {
            JsonNode n = JSON.readTree(line);
            known.put(n.get("external_id").asString(), n.has("gold_answer") ? n.get("gold_answer").get("label").asString() : null);
        }
        assertThat(known).containsEntry("g1", "a").containsEntry("g2", "b").containsEntry("n1", null);

        var mine = a.get(base + "/quality/me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("status").asString()).isEqualTo("PAUSED");
        assertThat(mine.json().get("missed")).hasSize(2);
        assertThat(mine.json().get("missed").get(0).get("yourAnswer").get("label").asString()).isEqualTo("c");
        // The item is shown again beside the expected answer: the annotator answered it, and the log records the showing.
        assertThat(mine.json().get("missed").get(0).get("data").get("text").asString()).isIn("one", "two");

        var report = manager.get(base + "/quality");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("goldItems").asInt()).isEqualTo(2);
        assertThat(report.json().get("alerts")).hasSize(1);
        JsonNode row = report.json().get("annotators").get(0);
        assertThat(row.get("goldAnswered").asInt()).isEqualTo(2);
        assertThat(row.get("goldCorrect").asInt()).isEqualTo(0);
        // 0 right of 2 is 0 %, observed; the posterior mean (Beta(1, 3): 25 %) only steers pausing and qualification.
        assertThat(row.get("accuracy").asDouble()).isZero();
        assertThat(row.get("accuracyMean").asDouble()).isEqualTo(0.25); // Beta(1, 3)
        assertThat(row.get("accuracyLow").asDouble()).isLessThan(0.25);
        assertThat(row.get("accuracyHigh").asDouble()).isGreaterThan(0.25);

        // An item already served as ordinary work cannot become gold.
        var other = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        manager.putJson(base + "/quality/settings", "{\"goldRate\": 0}");
        var ordinary = claim(other);
        assertThat(ordinary.json().get("itemId").asString()).isNotIn(g1, g2);
        assertThat(manager.putJson(base + "/items/" + ordinary.json().get("itemId").asString() + "/gold", "{\"label\":\"a\"}").status())
                .isEqualTo(409);

        // A gold item made ordinary again rejoins the queue with the slots its overlap (3) leaves after its one answer.
        assertThat(manager.get(base + "/items/counts").json().get("total").asInt()).isEqualTo(1);
        assertThat(manager.delete(base + "/items/" + g2 + "/gold").status()).isEqualTo(204);
        assertThat(manager.delete(base + "/items/" + g2 + "/gold").status()).isEqualTo(404);
        var counts = manager.get(base + "/items/counts").json();
        assertThat(counts.get("total").asInt()).isEqualTo(2);
        assertThat(counts.get("open").asInt()).isEqualTo(2);
        var g2Line = itemIds();
        assertThat(g2Line).containsKey(g2);
    }

    @Test
    void theAggregationApiAndTheExportGiveTheConsensusWithItsConfidenceAndMethod() {
        importItems("""
                {"external_id": "x1", "data": {"text": "one"}}
                {"external_id": "x2", "data": {"text": "two"}}
                """);
        // Three annotators: x1 gets a, a, b; x2 gets c, c, c.
        for (int k = 0; k < 3; k++) {
            var c = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
            for (int i = 0; i < 2; i++) {
                var task = claim(c);
                assertThat(task.status()).isEqualTo(200);
                String text = task.json().get("data").get("text").asString();
                String label = text.equals("one") ? (k == 2 ? "b" : "a") : "c";
                assertThat(submit(c, task.json(), label).status()).isEqualTo(201);
            }
        }
        for (String method : List.of("mv", "wawa", "ds", "ocds", "mace")) {
            var agg = manager.get(base + "/aggregate?method=" + method);
            assertThat(agg.status()).as(agg.toString()).isEqualTo(200);
            var labels = new HashMap<String, String>();
            for (JsonNode item : agg.json().get("items")) {
                assertThat(item.get("method").asString()).isEqualTo(method);
                labels.put(item.get("externalId").asString(), item.get("answer").get("label").asString());
                assertThat(item.get("confidence").get("label").asDouble()).isBetween(0.0, 1.0);
            }
            assertThat(labels).as(method).isEqualTo(Map.of("x1", "a", "x2", "c"));
        }
        assertThat(manager.get(base + "/aggregate?method=nope").status()).isEqualTo(422);

        var export = manager.get(base + "/export?aggregate=mv");
        assertThat(export.status()).isEqualTo(200);
        var lines = new ArrayList<JsonNode>();
        for (String line : export.text().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            JsonNode consensus = line.get("consensus");
            assertThat(consensus.get("method").asString()).isEqualTo("mv");
            if (line.get("external_id").asString().equals("x1")) {
                assertThat(consensus.get("answer").get("label").asString()).isEqualTo("a");
                assertThat(consensus.get("confidence").get("label").asDouble()).isCloseTo(2.0 / 3, offset(1e-9));
            } else {
                assertThat(consensus.get("answer").get("label").asString()).isEqualTo("c");
                assertThat(consensus.get("confidence").get("label").asDouble()).isEqualTo(1.0);
            }
        }
        // Without the parameter the export is unchanged.
        assertThat(JSON.readTree(manager.get(base + "/export").text().split("\n")[0]).has("consensus")).isFalse();

        var report = manager.get(base + "/quality?method=mv").json();
        JsonNode agreement = report.get("agreement").get(0);
        assertThat(agreement.get("question").asString()).isEqualTo("label");
        assertThat(agreement.get("percentAgreement").asDouble()).isCloseTo((1.0 / 3 + 1.0) / 2, offset(1e-9));
        assertThat(agreement.get("fleissRaters").asInt()).isEqualTo(3);
        assertThat(agreement.has("krippendorffAlpha")).isTrue();
        var agreeing = new HashSet<Double>();
        for (JsonNode row : report.get("annotators")) {
            agreeing.add(row.get("agreementWithConsensus").asDouble());
            assertThat(row.get("confusion").get(0).get("labels")).hasSize(3);
        }
        assertThat(agreeing).containsExactlyInAnyOrder(1.0, 0.5);
    }
}
