package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.annota.audit.internal.AuditLog;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Deleting items (one, or many with a reason) and editing an item nobody was served yet, over HTTP. */
@ApiTest
class ItemChangesApiTests {

    @Autowired Fixtures fixtures;
    @Autowired AuditLog log;

    private Fixtures.LabProject setup;
    private ApiClient manager;
    private String base;

    @BeforeEach
    void aProjectOfFourItems() {
        setup = fixtures.labProject("Item lab", 1, 4);
        manager = fixtures.client(setup.manager());
        base = "/api/v1/projects/" + setup.project().id() + "/items";
    }

    private List<String> itemIds() {
        var ids = new ArrayList<String>();
        manager.get(base).json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private List<String> logLines() {
        log.integrate(setup.lab().id());
        var lines = new ArrayList<String>();
        log.lines(setup.lab().id(), 0, log.treeSize(setup.lab().id()), lines::add);
        return lines;
    }

    @Test
    void itemsAreDeletedOneOrManyAtATimeWithTheirAnswersAndTheReasonInTheAccessLog() {
        ApiClient annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        JsonNode task = annotator.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next").json();
        assertThat(annotator.postJson("/api/v1/projects/" + setup.project().id() + "/assignments/" + task.get("assignmentId").asString()
                + "/annotation", "{\"label\":\"a\"}").status()).isEqualTo(201);
        var ids = itemIds();
        String answered = task.get("itemId").asString();
        assertThat(ids).contains(answered);

        var one = manager.delete(base + "/" + answered + "?reason=duplicate%20of%20item-3");
        assertThat(one.status()).as(one.text()).isEqualTo(204);
        var others = ids.stream().filter(id -> !id.equals(answered)).toList();
        var many = manager.postJson(base + "/delete", "{\"ids\": [\"" + others.get(0) + "\", \"" + others.get(1)
                + "\", \"0190aaaa-0000-7000-8000-000000000000\"], \"reason\": \"personal data\"}");
        assertThat(many.status()).as(many.text()).isEqualTo(200);
        assertThat(many.json().get("deleted")).hasSize(2);
        assertThat(many.json().get("notFound").get(0).asString()).isEqualTo("0190aaaa-0000-7000-8000-000000000000");

        assertThat(itemIds()).containsExactly(others.get(2));
        assertThat(manager.get("/api/v1/projects/" + setup.project().id() + "/export/summary").json().get("annotations").asLong())
                .as("the deleted item's answer goes with it").isZero();
        assertThat(manager.delete(base + "/" + answered + "?reason=again").status()).isEqualTo(404);
        var lines = logLines().stream().filter(l -> l.contains("\"action\":\"item.delete\"")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains(answered, "duplicate of item-3");
        assertThat(lines.get(1)).contains("personal data");
    }

    @Test
    void aDeletionNeedsAReasonAndTheProjectsManagers() {
        String id = itemIds().getFirst();
        var noReason = manager.delete(base + "/" + id);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(manager.postJson(base + "/delete", "{\"ids\": [], \"reason\": \"x\"}").json().get("field").asString())
                .isEqualTo("ids");
        assertThat(fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR)).delete(base + "/" + id + "?reason=x").status()).isEqualTo(403);
        var rival = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Rival"), Role.values()));
        assertThat(rival.delete(base + "/" + id + "?reason=x").status()).isEqualTo(404);
        assertThat(itemIds()).hasSize(4);
    }

    @Test
    void anItemIsEditedLikeAnImportedLineUntilSomeoneIsServedItThenRefusedWithTheReason() {
        String id = itemIds().getFirst();
        var edited = manager.putJson(base + "/" + id, "{\"external_id\": \"renamed\", \"data\": {\"text\": \"corrected text\"}}");
        assertThat(edited.status()).as(edited.text()).isEqualTo(204);
        JsonNode view = manager.get("/api/v1/projects/" + setup.project().id() + "/items/" + id).json();
        assertThat(view.get("data").get("text").asString()).isEqualTo("corrected text");
        assertThat(view.get("externalId").asString()).isEqualTo("renamed");
        assertThat(logLines()).anyMatch(l -> l.contains("\"action\":\"item.edit\"") && l.contains(id));

        var bad = manager.putJson(base + "/" + id, "{\"data\": {\"text\": \"x\"}, \"colour\": \"red\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("field").asString()).isEqualTo("colour");
        assertThat(manager.putJson(base + "/" + id, "{\"data\": {}}").status()).isEqualTo(422);

        ApiClient annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String served = annotator.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next").json().get("itemId").asString();
        var refused = manager.putJson(base + "/" + served, "{\"data\": {\"text\": \"too late\"}}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("already served to annotators (1 assignment)");
    }
}
