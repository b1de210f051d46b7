package dev.annota.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data masking through the REST API: an annotator and a reviewer are served placeholders, the owner's
 * manager the original; a span marked on the masked text is stored and exported on the original; the settings are
 * for the owner's admins and managers, checked, and every change is in the access log.
 */
@ApiTest
public class MaskingApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    // "👩‍💻" is 3 code points; the address starts at code point 12 of the original text.
    static final String TEXT = "👩‍💻 Zoë\u0308 at ana@example.com, call +1 212-555-0187; again ana@example.com.";

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    Fixtures.LabProject lab;
    Project project;
    String base;
    ApiClient manager;

    @BeforeEach
    void lab() {
        lab = fixtures.labProject("Masking lab", 1, 0);
        project = projects.create(lab.manager(), new ProjectSettings("Masked spans", "# Guidelines", TaskType.SPAN_LABELING,
                JSON.readTree("{\"questions\": [{\"name\": \"entities\", \"type\": \"spans\", \"labels\": [\"PII\", \"PER\"]}]}"),
                1, 600, 0));
        base = "/api/v1/projects/" + project.id();
        manager = fixtures.client(lab.manager());
    }

    private static int cp(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void anAnnotatorSeesPlaceholdersTheManagerTheOriginalAndSpansAreStoredAndExportedOnTheOriginal() {
        var put = manager.putJson(base + "/masking", """
                {"fields": [{"path": "text", "detectors": ["EMAIL", "PHONE"]}], "phoneRegion": "US"}""");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(manager.postJson(base + "/items", "{\"data\": {\"text\": " + JSON.writeValueAsString(TEXT) + "}}").status())
                .isEqualTo(200);
        assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);

        ApiClient annotator = fixtures.client(fixtures.user(lab.lab(), Role.ANNOTATOR));
        JsonNode task = annotator.postEmpty(base + "/tasks/next").json();
        String shown = task.at("/data/text").stringValue();
        String masked = "👩‍💻 Zoë\u0308 at [EMAIL_1], call [PHONE_1]; again [EMAIL_1].";
        assertThat(shown).isEqualTo(masked);
        assertThat(task.toString()).doesNotContain("ana@example.com").doesNotContain("555-0187");

        // Marked on what the annotator sees: [EMAIL_1] and Zoë̈, with their covered texts as the workbench sends them.
        int email = cp("👩‍💻 Zoë\u0308 at ");
        var submitted = annotator.postJson(base + "/assignments/" + task.get("assignmentId").stringValue() + "/annotation",
                "{\"entities\": [{\"start\": " + email + ", \"end\": " + (email + 9) + ", \"label\": \"PII\", \"text\": \"[EMAIL_1]\"},"
                        + " {\"start\": 4, \"end\": 8, \"label\": \"PER\", \"text\": \"Zoë\u0308\"}]}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);

        String itemId = task.get("itemId").stringValue();
        JsonNode item = manager.get(base + "/items/" + itemId).json();
        assertThat(item.toString()).as("the owner's manager sees the original").contains("ana@example.com");
        String export = manager.get(base + "/export?format=jsonl").text();
        JsonNode line = JSON.readTree(export.lines().findFirst().orElseThrow());
        JsonNode span = line.at("/annotations/0/answer/entities/0");
        assertThat(span.get("start").asInt()).isEqualTo(email);
        assertThat(span.get("end").asInt()).isEqualTo(email + cp("ana@example.com"));
        assertThat(span.get("text").stringValue()).isEqualTo("ana@example.com");
        assertThat(TEXT.substring(TEXT.offsetByCodePoints(0, span.get("start").asInt()),
                TEXT.offsetByCodePoints(0, span.get("end").asInt()))).isEqualTo("ana@example.com");
        assertThat(line.at("/annotations/0/answer/entities/1/start").asInt()).isEqualTo(4);

        // The reviewer sees the item masked and the answer's spans on the masked text.
        ApiClient reviewer = fixtures.client(fixtures.user(lab.lab(), Role.REVIEWER));
        JsonNode review = null;
        for (int i = 0; i < 300 && (review == null || review.get("reviewId") == null); i++) {
            var r = reviewer.postEmpty(base + "/reviews/next");
            review = r.status() == 200 ? r.json() : null;
            sleep();
        }
        assertThat(review).isNotNull();
        assertThat(review.toString()).doesNotContain("ana@example.com");
        assertThat(review.at("/item/payload/text").stringValue()).isEqualTo(masked);
        assertThat(review.at("/annotation/answer/entities/0/start").asInt()).isEqualTo(email);
        assertThat(review.at("/annotation/answer/entities/0/end").asInt()).isEqualTo(email + 9);
        assertThat(review.at("/annotation/answer/entities/0/text").stringValue()).isEqualTo("[EMAIL_1]");
    }

    @Test
    void theSettingsAreTheOwnersToChangeCheckedAndEveryChangeIsAnAdministrativeAct() {
        assertThat(manager.get(base + "/masking").json().get("fields")).isEmpty();
        var bad = manager.putJson(base + "/masking", """
                {"fields": [{"path": "text", "detectors": ["CASE"]}], "patterns": [{"name": "CASE", "regex": "(a"}]}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("field").stringValue()).isEqualTo("patterns[0].regex");
        var ok = manager.putJson(base + "/masking", """
                {"fields": [{"path": "text", "detectors": ["EMAIL", "CASE"]}], "patterns": [{"name": "CASE", "regex": "C-[0-9]{4}"}]}""");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(manager.get(base + "/masking").json().at("/patterns/0/regex").stringValue()).isEqualTo("C-[0-9]{4}");
        assertThat(manager.putJson(base + "/masking", "{\"fields\": []}").status()).isEqualTo(200);

        CurrentUser annotator = fixtures.user(lab.lab(), Role.ANNOTATOR, Role.REVIEWER);
        assertThat(fixtures.client(annotator).get(base + "/masking").status()).isEqualTo(403);
        assertThat(fixtures.client(annotator).putJson(base + "/masking", "{\"fields\": []}").status()).isEqualTo(403);
        ApiClient stranger = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN));
        assertThat(stranger.get(base + "/masking").status()).isEqualTo(404);
        assertThat(stranger.putJson(base + "/masking", "{\"fields\": []}").status()).isEqualTo(404);

        var acts = tenants.read(lab.lab().id(), () -> jdbc.sql("""
                        select action, actor_id, detail from audit_events
                        where tenant_id = ? and action like 'masking.%' order by occurred_at, id""")
                .param(lab.lab().id()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list());
        assertThat(acts).extracting(a -> a.get(0)).containsExactly("masking.change", "masking.change");
        assertThat(acts.get(0).get(1)).isEqualTo(lab.manager().id().toString());
        assertThat(acts.get(0).get(2)).isEqualTo("fields: text=EMAIL+CASE patterns=CASE");
        assertThat(acts.get(1).get(2)).isEqualTo("fields: none");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
