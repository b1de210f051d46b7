package dev.annota.crypto;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.crypto.internal.ValueCodec;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reveals a lab's research — project names, guidelines, label schemas, external ids, uploaded image names and the
 * model names of predictions — is stored sealed: a PostgreSQL superuser reading every row of every table finds none
 * of it, while the API shows all of it to the owner and to an engaged vendor's annotator, duplicate external ids are
 * still refused, a key rotation's job rewrites the new columns, and after shredding they answer 410.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ResearchTextsPostgresTests {

    /** Unique per run: the shared database holds other tests' rows, none of which may contain it. */
    static final String MARKER = "quokkaparsnip" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired TenantKeys keys;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    @Test
    void namesGuidelinesSchemasExternalIdsImageNamesAndModelNamesAreStoredSealedAndStillReadWhereTheyMay() throws Exception {
        var api = new Api(fixtures);
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Secret lab");
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        String manager = api.token(fixtures.user(lab, Role.MANAGER));
        String admin = api.token(fixtures.user(lab, Role.ADMIN));
        CurrentUser vendorAnnotatorUser = fixtures.user(vendor, Role.ANNOTATOR);
        String vendorAnnotator = api.token(vendorAnnotatorUser);

        String name = MARKER + " protein folding study";
        String guidelines = "Label each " + MARKER + " sequence by its fold.";
        String schema = """
                {"questions": [{"name": "label", "type": "choice", "title": "Fold of the %1$s sequence",
                                "description": "What the %1$s assay showed", "options": ["%1$s-alpha", "%1$s-beta"]}]}"""
                .formatted(MARKER);
        var created = api.postJson(manager, "/api/v1/projects", json.writeValueAsString(java.util.Map.of("name", name,
                "guidelines", guidelines, "taskType", "text-classification", "schema", json.readTree(schema))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String projectId = json.readTree(created.body()).get("id").asString();
        String path = "/api/v1/projects/" + projectId;
        // A second schema version: every version is sealed, not only the current one.
        var changed = api.send("PUT", manager, path + "/schema", schema.replace("-beta", "-gamma"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var items = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            items.append("{\"external_id\":\"").append(MARKER).append("-ext-").append(i)
                    .append("\",\"data\":{\"text\":\"sequence ").append(i).append("\"},\"predictions\":[{\"model\":\"")
                    .append(MARKER).append("-folder-v2\",\"score\":0.9,\"answer\":{\"label\":\"").append(MARKER).append("-alpha\"}}]}\n");
        }
        var imported = api.post(manager, path + "/items", "application/x-ndjson", items.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).get("added").asLong()).isEqualTo(3);

        // An uploaded image with a telling file name (in an image-boxes project of the same lab).
        String boxes = api.postJson(manager, "/api/v1/projects", json.writeValueAsString(java.util.Map.of("name", "Boxes",
                "taskType", "image-boxes", "schema", json.readTree(Fixtures.BOX_SCHEMA)))).body();
        String boxesPath = "/api/v1/projects/" + json.readTree(boxes).get("id").asString();
        var uploaded = api.postBytes(manager, boxesPath + "/images?name=" + MARKER + "-slide.png", "image/png", Fixtures.png(40, 30));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        assertThat(api.postJson(manager, path + "/engagements", "{\"workforceOrgId\":\"" + vendor.id() + "\"}").status())
                .isEqualTo(201);

        // Duplicate external ids are still refused (the deterministic form is equal for equal ids), and reported by id.
        var again = json.readTree(api.post(manager, path + "/items", "application/x-ndjson", items.toString()).body());
        assertThat(again.get("added").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
        assertThat(again.get("duplicateExternalIds").toString()).contains(MARKER + "-ext-0", MARKER + "-ext-2");

        try (Connection superuser = PostgresDatabase.shared().connect("postgres")) {
            assertThat(rowsContaining(superuser, MARKER)).as("rows holding the marker in plain text").isEmpty();
            assertThat(rowsContaining(superuser, "folder-v2")).isEmpty();
        }

        assertTheOwnerAndTheVendorSeeEverything(api, manager, vendorAnnotator, path, boxesPath, name, guidelines);

        // A rotation: the job rewrites the new columns under the new primary key (external ids stay: deterministic).
        UUID tenant = lab.id();
        UUID project = UUID.fromString(projectId);
        var externalIdsBefore = stored(tenant, "select external_id from items where tenant_id = ? and project_id = ? order by id", project);
        assertThat(api.postJson(admin, "/api/v1/organizations/" + tenant + "/keys/rotate", "").status()).isEqualTo(202);
        while (keys.reencryptNow(Duration.ofSeconds(60)) > 0) {
            // until the job is done
        }
        int primary = (int) keys.status(tenant).primaryKeyId().longValue();
        for (String sql : List.of("select name from projects where tenant_id = ? and id = ?",
                "select guidelines from projects where tenant_id = ? and id = ?",
                "select body from label_schemas where tenant_id = ? and project_id = ?",
                "select predictions from items where tenant_id = ? and project_id = ?",
                "select name from project_images where tenant_id = ?")) {
            var values = sql.contains("project_images") ? stored(tenant, sql) : stored(tenant, sql, project);
            assertThat(values).as(sql).isNotEmpty().allSatisfy(v -> assertThat(ValueCodec.keyId(v)).isEqualTo(primary));
        }
        assertThat(stored(tenant, "select external_id from items where tenant_id = ? and project_id = ? order by id", project))
                .isEqualTo(externalIdsBefore).allSatisfy(v -> assertThat(v).startsWith("d1:"));
        assertTheOwnerAndTheVendorSeeEverything(api, manager, vendorAnnotator, path, boxesPath, name, guidelines);

        // Shredded: what was sealed answers 410 like payloads.
        assertThat(api.postJson(admin, "/api/v1/organizations/" + tenant + "/keys/shred",
                "{\"confirmOrganizationName\":\"" + lab.name() + "\"}").status()).isEqualTo(200);
        for (String gone : List.of(path, path + "/items", boxesPath + "/images", path + "/export?includeUnlabeled=true")) {
            var answer = api.get(manager, gone);
            assertThat(answer.status()).as(gone).isEqualTo(410);
            assertThat(answer.body()).doesNotContain(MARKER);
        }
        assertThat(api.get(vendorAnnotator, path).status()).isEqualTo(410);
        // The vendor's project list leaves out what can no longer be named, instead of failing as a whole.
        var list = api.get(vendorAnnotator, "/api/v1/projects");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(projectId);
    }

    private void assertTheOwnerAndTheVendorSeeEverything(Api api, String manager, String vendorAnnotator, String path,
                                                         String boxesPath, String name, String guidelines) {
        for (String who : List.of(manager, vendorAnnotator)) {
            JsonNode project = json.readTree(api.get(who, path).body());
            assertThat(project.get("name").asString()).isEqualTo(name);
            assertThat(project.get("guidelines").asString()).isEqualTo(guidelines);
            JsonNode question = project.get("schema").get("questions").get(0);
            assertThat(question.get("title").asString()).isEqualTo("Fold of the " + MARKER + " sequence");
            assertThat(question.get("description").asString()).isEqualTo("What the " + MARKER + " assay showed");
            assertThat(question.get("options").toString()).contains(MARKER + "-alpha", MARKER + "-gamma");
            assertThat(api.get(who, "/api/v1/projects").body()).contains(name);
        }
        var page = json.readTree(api.get(manager, path + "/items").body());
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("items").get(0).get("externalId").asString()).isEqualTo(MARKER + "-ext-0");
        var one = json.readTree(api.get(manager, path + "/items/" + page.get("items").get(1).get("id").asString()).body());
        assertThat(one.get("externalId").asString()).isEqualTo(MARKER + "-ext-1");
        assertThat(one.get("predictions").get(0).get("model").asString()).isEqualTo(MARKER + "-folder-v2");
        String export = api.get(manager, path + "/export?includeUnlabeled=true").body();
        assertThat(export).contains("\"external_id\":\"" + MARKER + "-ext-2\"", MARKER + "-folder-v2");
        assertThat(api.get(manager, boxesPath + "/images").body()).contains(MARKER + "-slide.png");
        // The vendor's annotator gets a task with its predictions (model name included) while leasing it.
        var task = api.postJson(vendorAnnotator, path + "/tasks/next", "");
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        assertThat(json.readTree(task.body()).get("predictions").get(0).get("model").asString()).isEqualTo(MARKER + "-folder-v2");
        assertThat(api.postJson(vendorAnnotator, path + "/assignments/" + json.readTree(task.body()).get("assignmentId").asString()
                + "/skip", "").status()).isLessThan(300);
    }

    private List<String> stored(UUID tenant, String sql, Object... more) {
        var params = new ArrayList<Object>();
        params.add(tenant);
        params.addAll(List.of(more));
        return tenants.read(tenant, () -> jdbc.sql(sql).params(params).query(String.class).list());
    }

    /** Every row of every table of the schema, as the superuser (row-level security does not apply) sees its text. */
    private static List<String> rowsContaining(Connection c, String text) throws SQLException {
        var tables = new ArrayList<String>();
        try (var s = c.createStatement(); var rs = s.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("projects", "label_schemas", "items", "project_images", "tenant_keys");
        var found = new ArrayList<String>();
        for (String table : tables) {
            try (var s = c.prepareStatement("select t::text from \"" + table + "\" t where strpos(t::text, ?) > 0")) {
                s.setString(1, text);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(table + ": " + rs.getString(1).substring(0, Math.min(200, rs.getString(1).length())));
                    }
                }
            }
        }
        return found;
    }
}
