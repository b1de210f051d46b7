package dev.annota.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guidelines versioned like the schema, over HTTP: PUT stores version n+1, old versions stay readable, each annotation
 * records the version current when it was submitted; schema versions are listed and readable; the template gallery
 * and the schema help page are served.
 */
@ApiTest
class GuidelinesVersionsApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    dev.annota.tenancy.TenantScope tenants;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.shared();
    private Fixtures.LabProject setup;
    private ApiClient manager;

    @BeforeEach
    void project() {
        setup = fixtures.labProject("Lab", 2, 0);
        manager = fixtures.client(setup.manager());
    }

    private String base() {
        return "/api/v1/projects/" + setup.project().id();
    }

    private ApiClient.Response putGuidelines(ApiClient c, String markdown) {
        return c.putJson(base() + "/guidelines", json.writeValueAsString(java.util.Map.of("markdown", markdown)));
    }

    @Test
    void savingTheGuidelinesStoresVersionTwoAndKeepsVersionOneReadable() {
        assertThat(manager.get(base()).json().get("guidelinesVersion").asInt()).isEqualTo(1);

        var saved = putGuidelines(manager, "# Guidelines\n\n| label | when |\n|---|---|\n| a | <b>always</b> |\n");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("guidelinesVersion").asInt()).isEqualTo(2);
        assertThat(saved.json().get("guidelinesHtml").asString()).contains("<table>", "<td>&lt;b&gt;always&lt;/b&gt;</td>");
        var versions = manager.get(base() + "/guidelines/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("createdBy").asString()).isEqualTo(setup.manager().id().toString());
        var first = manager.get(base() + "/guidelines/versions/1").json();
        assertThat(first.get("markdown").asString()).isEqualTo("# Guidelines");
        assertThat(first.get("current").asBoolean()).isFalse();
        assertThat(manager.get(base() + "/guidelines/versions/2").json().get("current").asBoolean()).isTrue();
        // An unchanged text is no new version; a missing one is a 404 naming the version.
        assertThat(putGuidelines(manager, saved.json().get("guidelines").asString()).json().get("guidelinesVersion").asInt()).isEqualTo(2);
        var missing = manager.get(base() + "/guidelines/versions/3");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("version 3");
    }

    @Test
    void aProjectFromBeforeVersionsKeepsItsGuidelinesAsVersionOneWhenFirstChanged() {
        // As V24 leaves a project made before it: the text in projects.guidelines, no stored version.
        tenants.write(setup.lab().id(), () -> jdbc.sql("delete from project_guidelines where tenant_id = ? and project_id = ?")
                .params(setup.lab().id(), setup.project().id()).update());
        assertThat(manager.get(base() + "/guidelines/versions").json()).hasSize(1);
        assertThat(manager.get(base() + "/guidelines/versions/1").json().get("markdown").asString()).isEqualTo("# Guidelines");

        assertThat(putGuidelines(manager, "# Guidelines v2").json().get("guidelinesVersion").asInt()).isEqualTo(2);

        var versions = manager.get(base() + "/guidelines/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("createdAt").asString()).isNotBlank();
        assertThat(manager.get(base() + "/guidelines/versions/1").json().get("markdown").asString()).isEqualTo("# Guidelines");
        assertThat(manager.get(base() + "/guidelines/versions/2").json().get("markdown").asString()).isEqualTo("# Guidelines v2");
    }

    @Test
    void onlyManagersChangeOrListTheGuidelinesAndAMissingTextIsNamed() {
        var annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        assertThat(putGuidelines(annotator, "# Mine").status()).isEqualTo(403);
        assertThat(annotator.get(base() + "/guidelines/versions").status()).isEqualTo(403);
        var outsider = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other"), Role.MANAGER));
        assertThat(putGuidelines(outsider, "# Mine").status()).isEqualTo(404);
        var empty = manager.putJson(base() + "/guidelines", "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("field").asString()).isEqualTo("markdown");
        assertThat(manager.get(base()).json().get("guidelinesVersion").asInt()).isEqualTo(1);
    }

    @Test
    void eachAnnotationRecordsTheGuidelinesVersionTheAnnotatorSaw() {
        fixtures.items(setup.project(), setup.manager(), 2);
        var annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String before = submit(annotator);
        putGuidelines(manager, "# Guidelines\n\nNew rule: prefer b.");
        String after = submit(annotator);

        assertThat(manager.get(base() + "/items/" + before).json().get("answers").get(0).get("guidelinesVersion").asInt()).isEqualTo(1);
        assertThat(manager.get(base() + "/items/" + after).json().get("answers").get(0).get("guidelinesVersion").asInt()).isEqualTo(2);
    }

    private String submit(ApiClient annotator) {
        var task = annotator.postEmpty(base() + "/tasks/next");
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        var submitted = annotator.postJson(base() + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"label\": \"a\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return task.json().get("itemId").asString();
    }

    @Test
    void olderSchemaVersionsAreListedAndReadable() {
        var changed = manager.putJson(base() + "/schema", """
                {"questions": [{"name": "label", "type": "choice", "options": ["a", "b", "c", "d"]}]}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        var versions = manager.get(base() + "/schema/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
        var first = manager.get(base() + "/schema/versions/1").json();
        assertThat(first.get("schema")).isEqualTo(json.readTree(Fixtures.SCHEMA));
        assertThat(first.get("current").asBoolean()).isFalse();
        assertThat(manager.get(base() + "/schema/versions/2").json().get("schema").get("questions").get(0).get("options")).hasSize(4);
        assertThat(manager.get(base() + "/schema/versions/7").status()).isEqualTo(404);
    }

    @Test
    void theTemplateGalleryAndTheSchemaHelpAreServed() {
        var templates = manager.get("/api/v1/schema-templates");
        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.json()).hasSizeGreaterThanOrEqualTo(10);
        var first = templates.json().get(0);
        assertThat(first.has("id") && first.has("name") && first.has("taskType") && first.has("description")
                && first.has("schema") && first.has("sampleItem")).isTrue();
        // A template's schema creates a project as it is.
        var ner = java.util.stream.StreamSupport.stream(templates.json().spliterator(), false)
                .filter(t -> t.get("id").asString().equals("ner")).findFirst().orElseThrow();
        var created = manager.postJson("/api/v1/projects", json.writeValueAsString(java.util.Map.of("name", "From a template",
                "taskType", ner.get("taskType").asString(), "schema", ner.get("schema"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var help = manager.get("/help/label-schema");
        assertThat(help.status()).isEqualTo(200);
        assertThat(help.contentType()).startsWith("text/html");
        assertThat(help.text()).contains("<h1 id=\"label-schema\">Label schema</h1>", "<table>", "conversation_rating");
    }
}
