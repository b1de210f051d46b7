package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSONL export holds exactly what annotators chose, after claim and submit through the API. */
@ApiTest
class LabelExportApiTests {

    private static final List<String> OPTIONS = List.of("a", "b", "c");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    private Fixtures.LabProject setup;
    private ApiClient manager;

    @BeforeEach
    void aProjectWithOverlapTwo() {
        setup = fixtures.labProject("Lab", 2, 0);
        manager = fixtures.client(setup.manager());
    }

    private void importItems(String jsonl) {
        var answer = manager.postJsonLines(setup.base() + "/items", jsonl);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    /** Claims and submits up to {@code limit} tasks; returns what was chosen, by "itemId/annotatorId". */
    private Map<String, String> label(CurrentUser annotator, int limit, int seed) {
        var c = fixtures.client(annotator);
        var chosen = new HashMap<String, String>();
        for (int i = 0; i < limit; i++) {
            var task = c.post(setup.base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
            if (task.status() == 204) {
                break;
            }
            assertThat(task.status()).as(task.toString()).isEqualTo(200);
            String item = task.json().get("itemId").asString();
            String label = OPTIONS.get(Math.floorMod(item.hashCode() + seed, OPTIONS.size()));
            var submitted = c.postJson(setup.base() + "/assignments/" + task.json().get("assignmentId").asString()
                    + "/annotation", "{\"label\": \"" + label + "\"}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            chosen.put(item + "/" + annotator.id(), label);
        }
        return chosen;
    }

    private List<JsonNode> export(String query) {
        var answer = manager.get(setup.base() + "/export" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        var lines = new ArrayList<JsonNode>();
        for (String line : answer.text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void theExportHoldsEveryLabelTheAnnotatorsChoseWithSeveralAnnotationsPerItem() {
        importItems("""
                {"external_id": "e1", "data": {"text": "first"}}
                {"external_id": "e2", "data": {"text": "second"}}
                {"external_id": "e3", "data": {"text": "third"}}
                """);
        var first = fixtures.user(setup.lab(), Role.ANNOTATOR);
        var second = fixtures.user(setup.lab(), Role.ANNOTATOR);
        var chosen = new HashMap<String, String>();
        chosen.putAll(label(first, 10, 0));
        chosen.putAll(label(second, 2, 1));
        assertThat(chosen).hasSize(5);

        var lines = export("");

        assertThat(lines).hasSize(3);
        var exported = new HashMap<String, String>();
        for (JsonNode line : lines) {
            assertThat(line.get("external_id").asString()).isIn("e1", "e2", "e3");
            assertThat(line.get("data").get("text").asString()).isIn("first", "second", "third");
            for (JsonNode a : line.get("annotations")) {
                exported.put(line.get("item_id").asString() + "/" + a.get("annotator_id").asString(), a.get("answer").get("label").asString());
                assertThat(a.get("schema_version").asInt()).isEqualTo(1);
            }
        }
        assertThat(exported).isEqualTo(chosen);
        assertThat(lines).filteredOn(l -> l.get("annotations").size() == 2).hasSize(2);
        assertThat(lines).filteredOn(l -> l.get("state").asString().equals("done")).hasSize(2);
    }

    @Test
    void includeUnlabeledAddsTheItemsNobodyLabeledYet() {
        importItems("""
                {"external_id": "u1", "data": {"text": "labeled"}}
                {"external_id": "u2", "data": {"text": "not labeled"}}
                """);
        label(fixtures.user(setup.lab(), Role.ANNOTATOR), 1, 0);

        assertThat(export("")).extracting(l -> l.get("external_id").asString()).containsExactly("u1");

        var all = export("?includeUnlabeled=true");
        assertThat(all).extracting(l -> l.get("external_id").asString()).containsExactlyInAnyOrder("u1", "u2");
        var unlabeled = all.stream().filter(l -> l.get("external_id").asString().equals("u2")).findFirst().orElseThrow();
        assertThat(unlabeled.get("annotations").isArray()).isTrue();
        assertThat(unlabeled.get("annotations").size()).isZero();
        assertThat(unlabeled.get("data").get("text").asString()).isEqualTo("not labeled");
    }

    @Test
    void anEmptyProjectExportsNothing() {
        assertThat(export("?includeUnlabeled=true")).isEmpty();
        assertThat(export("")).isEmpty();
    }
}
