package dev.annota.crypto;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.annota.crypto.internal.ValueCodec;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Encryption at rest through the whole loop on the embedded database: import, claim, submit and export work as
 * before, while the payload and answer columns hold only ciphertext; rotation and shredding through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"annota.crypto.reencrypt-batch-size=3", "annota.crypto.reencrypt-interval=0s",
        "annota.crypto.key-retirement-grace=0s", "annota.crypto.key-destroy-after=0s"})
@Import(Fixtures.class)
@ExtendWith(OutputCaptureExtension.class)
class EncryptionAtRestTests {

    /** A word that appears in every payload and no ciphertext; the stored columns and the log must never show it. */
    static final String MARKER = "zanzibarquokka";

    @Autowired Fixtures fixtures;
    @Autowired TenantKeys keys;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired dev.annota.crypto.internal.TenantKeysets keysets;

    Api api;
    Organization lab;
    Project project;
    String admin;
    String manager;
    String annotator;

    @BeforeEach
    void lab() {
        api = new Api(fixtures);
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Crypto lab");
        CurrentUser managerUser = fixtures.user(lab, Role.MANAGER);
        project = fixtures.project(managerUser, 1, 600);
        admin = api.token(fixtures.user(lab, Role.ADMIN));
        manager = api.token(managerUser);
        annotator = api.token(fixtures.user(lab, Role.ANNOTATOR));
    }

    @Test
    void importClaimSubmitAndExportWorkWhileTheStoredColumnsHoldOnlyCiphertext(CapturedOutput output) {
        assertThat(importItems(5).status()).isEqualTo(200);

        var task = json.readTree(api.postJson(annotator, projectPath("/tasks/next"), "").body());
        assertThat(task.get("data").get("text").asString()).startsWith(MARKER + " item ");
        String submitPath = projectPath("/assignments/" + task.get("assignmentId").asString() + "/annotation");
        var first = api.post(annotator, submitPath, "application/json", "{\"label\":\"b\"}");
        assertThat(first.status()).isEqualTo(201);
        // A retry is answered from the stored (encrypted) annotation: the replay path opens it too.
        assertThat(api.post(annotator, submitPath, "application/json", "{\"label\":\"b\"}").status()).isIn(200, 201);

        List<JsonNode> lines = export();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().get("data").get("text").asString()).startsWith(MARKER);
        assertThat(lines.getFirst().get("annotations").get(0).get("answer").get("label").asString()).isEqualTo("b");

        assertThat(stored("select payload from items where tenant_id = ?")).hasSize(5)
                .allSatisfy(v -> assertThat(v).startsWith("v1:").doesNotContain(MARKER).doesNotContain("text"));
        assertThat(stored("select answer from annotations where tenant_id = ?")).hasSize(1)
                .allSatisfy(v -> assertThat(v).startsWith("v1:").doesNotContain("label"));
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    @Test
    void aPayloadCopiedToAnotherItemIsRefusedNamingTheRowButNeverTheContent(CapturedOutput output) {
        importItems(2);
        var rows = tenants.read(lab.id(), () -> jdbc.sql("select id, payload from items where tenant_id = ? order by id")
                .param(lab.id()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list());
        // Someone with write access to the database swaps item 2's ciphertext into item 1 (claimed first).
        tenants.write(lab.id(), () -> jdbc.sql("update items set payload = ? where tenant_id = ? and id = ?")
                .params(rows.get(1).get(1), lab.id(), UUID.fromString(rows.get(0).get(0))).update());

        var claim = api.postJson(annotator, projectPath("/tasks/next"), "");

        assertThat(claim.status()).isEqualTo(500);
        assertThat(claim.body()).contains("items.payload", rows.get(0).get(0), lab.id().toString())
                .doesNotContain(MARKER).doesNotContain(rows.get(1).get(1));
        assertThat(output.getAll()).doesNotContain(MARKER);
        // The failed claim rolled back: no lease was left behind on the damaged item.
        assertThat(tenants.read(lab.id(), () -> jdbc.sql("select count(*) from assignments where tenant_id = ?")
                .param(lab.id()).query(Long.class).single())).isZero();
    }

    @Test
    void aProjectNameOrExternalIdInPlaintextIsRefusedNamingTheColumnOutsideTheUpgradeMode(CapturedOutput output) {
        importItems(1);
        assertThat(stored("select name from projects where tenant_id = ?")).singleElement().asString().startsWith("v1:");
        assertThat(stored("select external_id from items where tenant_id = ?")).singleElement().asString().startsWith("d1:");
        // Someone with write access to the database puts plaintext back (or an installation skipped the upgrade).
        tenants.write(lab.id(), () -> jdbc.sql("update projects set name = ? where tenant_id = ? and id = ?")
                .params(MARKER + " name", lab.id(), project.id()).update());
        var page = api.get(manager, "/api/v1/projects/" + project.id());
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("projects.name", project.id().toString()).doesNotContain(MARKER);

        tenants.write(lab.id(), () -> jdbc.sql("update items set external_id = ? where tenant_id = ?")
                .params(MARKER + "-id", lab.id()).update());
        var export = api.get(manager, projectPath("/export?includeUnlabeled=true"));
        assertThat(export.status()).isEqualTo(500);
        assertThat(export.body()).contains("items.external_id").doesNotContain(MARKER);
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    @Test
    void rotationKeepsOldDataReadableAndTheJobReencryptsEveryRowUnderTheNewPrimaryKey() {
        importItems(7);
        labelOne();
        long oldPrimary = status().get("primaryKeyId").asLong();

        var rotation = api.postJson(admin, "/api/v1/organizations/" + lab.id() + "/keys/rotate", "");
        assertThat(rotation.status()).isEqualTo(202);
        var job = json.readTree(rotation.body());
        assertThat(job.get("state").asString()).isEqualTo("RUNNING");
        // Rows of every registered column: per item its payload, predictions, gold answer and external id (4 x 7), the
        // answer (1), the project's name and guidelines (2), its one guidelines version (1) and its one schema version (1).
        assertThat(job.get("rowsTotal").asLong()).isEqualTo(33);
        long newPrimary = status().get("primaryKeyId").asLong();
        assertThat(newPrimary).isNotEqualTo(oldPrimary);
        assertThat(status().get("version").asInt()).isEqualTo(2);

        // Before the job ran: old values open under the rotated keyset, new ones are sealed under the new key.
        assertThat(export()).hasSize(1);
        importItems(1, "late");
        assertThat(keyIds()).contains(oldPrimary, newPrimary);

        // Batches of 3: the job resumes from its cursor batch after batch and crosses from one column to the next.
        while (keys.reencryptNow(Duration.ofSeconds(30)) > 0) {
            // until no job is left
        }
        var done = json.readTree(api.get(admin, "/api/v1/organizations/" + lab.id() + "/keys/rotations/" + job.get("id").asString()).body());
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        // The late item adds 4 rows scanned. Rewritten: 7 old payloads, the answer, the name, the guidelines, the
        // guidelines version and the schema; not the late payload (already under the new key), the null predictions and gold answers, nor the
        // external ids (deterministic: their keyset is not rotated).
        assertThat(done.get("rowsScanned").asLong()).isEqualTo(37);
        assertThat(done.get("rowsReencrypted").asLong()).isEqualTo(12);
        assertThat(done.get("rowsFailed").asLong()).isZero();
        assertThat(done.get("percentDone").asInt()).isEqualTo(100);
        assertThat(keyIds()).containsOnly(newPrimary);
        assertThat(export()).hasSize(1);
        assertThat(export().getFirst().get("annotations").get(0).get("answer").get("label").asString()).isEqualTo("a");
    }

    @Test
    void oldKeysAreRetiredOnlyOnceTheJobReencryptedEveryValueAndReadingStillWorks() {
        importItems(4);
        labelOne();
        // A value as it was stored before the rotation, under the old key: kept aside, like a copy the job never saw.
        var first = tenants.read(lab.id(), () -> jdbc.sql("select id, payload from items where tenant_id = ? order by id limit 1")
                .param(lab.id()).query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).single());
        String keysPath = "/api/v1/organizations/" + lab.id() + "/keys";
        assertThat(api.postJson(admin, keysPath + "/rotate", "").status()).isEqualTo(202);

        // Retirement waits for the job: while it runs, nothing is disabled and everything reads.
        var early = api.postJson(admin, keysPath + "/retire", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(json.readTree(early.body()).get("outcome").asString()).isEqualTo("JOB_NOT_DONE");
        assertThat(export()).hasSize(1);
        reencryptAll();
        String current = storedPayload(first.getKey());
        assertThat(current).isNotEqualTo(first.getValue());

        // An old-key value that is back in a row (written by an instance that had not seen the rotation) is found by
        // retirement's last scan, which re-encrypts instead of disabling; then retirement goes ahead.
        setPayload(first.getKey(), first.getValue());
        var found = api.postJson(admin, keysPath + "/retire", "");
        assertThat(found.status()).isEqualTo(409);
        assertThat(json.readTree(found.body()).get("outcome").asString()).isEqualTo("OLD_VALUES_FOUND");
        assertThat(json.readTree(found.body()).get("valuesUnderOldKeys").asInt()).isEqualTo(1);
        reencryptAll();
        var retired = api.postJson(admin, keysPath + "/retire", "");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(json.readTree(retired.body()).get("latestRotation").get("keysDisabledAt").isNull()).isFalse();
        // Every re-encrypted value reads; only the copy that was never re-encrypted no longer opens.
        assertThat(export()).hasSize(1);
        String reencrypted = storedPayload(first.getKey());
        setPayload(first.getKey(), first.getValue());
        var broken = api.get(manager, projectPath("/export?includeUnlabeled=true"));
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.body()).contains(first.getKey().toString()).doesNotContain(MARKER);
        setPayload(first.getKey(), reencrypted);
        assertThat(api.get(manager, projectPath("/export?includeUnlabeled=true")).body()).contains(MARKER + " item 0");

        // Then destroyed (here at once: key-destroy-after=0s): the keyset holds the primary key only, and still reads.
        assertThat(status().get("keys").asInt()).isEqualTo(2);
        var destroyed = api.postJson(admin, keysPath + "/retire", "");
        assertThat(destroyed.status()).isEqualTo(200);
        assertThat(json.readTree(destroyed.body()).get("keys").asInt()).isEqualTo(1);
        assertThat(json.readTree(destroyed.body()).get("latestRotation").get("keysDestroyedAt").isNull()).isFalse();
        assertThat(export()).hasSize(1);
        assertThat(api.postJson(manager, keysPath + "/retire", "").status()).isEqualTo(403);
        assertThat(api.postJson(api.token(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other"), Role.ADMIN)),
                keysPath + "/retire", "").status()).isEqualTo(404);
    }

    @Test
    void theBackgroundStepRetiresOldKeysOnItsOwnOnceItIsSafe() {
        importItems(2);
        String keysPath = "/api/v1/organizations/" + lab.id() + "/keys";
        assertThat(api.postJson(admin, keysPath + "/rotate", "").status()).isEqualTo(202);
        keys.retireDue(new UUID(0, 0));
        assertThat(status().get("latestRotation").get("keysDisabledAt").isNull()).as("not before the job is done").isTrue();
        reencryptAll();
        keys.retireDue(new UUID(0, 0));
        assertThat(status().get("latestRotation").get("keysDisabledAt").isNull()).isFalse();
        keys.retireDue(new UUID(0, 0));
        assertThat(status().get("keys").asInt()).isEqualTo(1);
        assertThat(api.get(manager, projectPath("/export?includeUnlabeled=true")).body()).contains(MARKER + " item 1");
    }

    private void reencryptAll() {
        while (keys.reencryptNow(Duration.ofSeconds(30)) > 0) {
            // until no job is left
        }
    }

    private String storedPayload(UUID item) {
        return tenants.read(lab.id(), () -> jdbc.sql("select payload from items where tenant_id = ? and id = ?")
                .params(lab.id(), item).query(String.class).single());
    }

    private void setPayload(UUID item, String stored) {
        tenants.write(lab.id(), () -> jdbc.sql("update items set payload = ? where tenant_id = ? and id = ?")
                .params(stored, lab.id(), item).update());
    }

    @Test
    void keysAreManagedByTheOrganizationsOwnAdminsOnlyAndShreddingNeedsItsName() {
        var other = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        String otherAdmin = api.token(fixtures.user(other, Role.ADMIN));
        String keysPath = "/api/v1/organizations/" + lab.id() + "/keys";

        assertThat(api.get(otherAdmin, keysPath).status()).isEqualTo(404);
        assertThat(api.postJson(otherAdmin, keysPath + "/rotate", "").status()).isEqualTo(404);
        assertThat(api.postJson(otherAdmin, keysPath + "/shred", "{\"confirmOrganizationName\":\"" + lab.name() + "\"}").status())
                .isEqualTo(404);
        assertThat(api.get(manager, keysPath).status()).isEqualTo(403);
        assertThat(api.postJson(manager, keysPath + "/rotate", "").status()).isEqualTo(403);

        var wrongName = api.postJson(admin, keysPath + "/shred", "{\"confirmOrganizationName\":\"" + other.name() + "\"}");
        assertThat(wrongName.status()).isEqualTo(422);
        assertThat(wrongName.body()).contains("confirmOrganizationName");
        assertThat(api.postJson(admin, keysPath + "/shred", "{}").status()).isEqualTo(422);
        assertThat(importItems(1).status()).isEqualTo(200);
        assertThat(status().get("state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void afterShreddingEveryReadAndWriteOfTheOrganizationsDataAnswersGoneNotAnError(CapturedOutput output) {
        importItems(3);
        labelOne();
        var keyFile = keysets.keyStore().file(lab.id());
        assertThat(keyFile).exists();
        assertThat(status().get("keyEncryptionKey").asString()).isEqualTo("TENANT_KEY_FILE");

        var shred = api.postJson(admin, "/api/v1/organizations/" + lab.id() + "/keys/shred",
                "{\"confirmOrganizationName\":\"" + lab.name() + "\"}");

        assertThat(shred.status()).isEqualTo(200);
        assertThat(json.readTree(shred.body()).get("state").asString()).isEqualTo("SHREDDED");
        assertThat(json.readTree(shred.body()).get("keyEncryptionKey").asString()).isEqualTo("DESTROYED");
        assertThat(keyFile).as("the key-encryption key is destroyed with the keyset").doesNotExist();
        assertThat(jdbc.sql("select count(*) from tenant_key_destructions where organization_id = ?").param(lab.id())
                .query(Long.class).single()).as("nothing left to destroy").isZero();
        var claim = api.postJson(annotator, projectPath("/tasks/next"), "");
        assertThat(claim.status()).isEqualTo(410);
        assertThat(claim.body()).contains("Data shredded").doesNotContain(MARKER);
        var export = api.get(manager, projectPath("/export"));
        assertThat(export.status()).as(export.body()).isEqualTo(410);
        assertThat(importItems(1, "after").status()).isEqualTo(410);
        assertThat(api.postJson(admin, "/api/v1/organizations/" + lab.id() + "/keys/rotate", "").status()).isEqualTo(410);
        assertThat(tenants.read(lab.id(), () -> jdbc.sql("select keyset from tenant_keys where tenant_id = ?")
                .param(lab.id()).query(String.class).optional())).isEmpty();
        assertThat(stored("select payload from items where tenant_id = ?")).hasSize(3)
                .allSatisfy(v -> assertThat(v).doesNotContain(MARKER));
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    @Test
    void aMissingKeyFileOfALiveKeysetIsAnErrorNamingTheOrganizationAndTheFileNeverNoKey() throws Exception {
        importItems(1);
        var keyFile = keysets.keyStore().file(lab.id());
        var aside = keyFile.resolveSibling("aside-" + lab.id());
        java.nio.file.Files.move(keyFile, aside);
        try {
            keysets.forget(lab.id());
            assertThatThrownBy(() -> keysets.forOpening(lab.id()))
                    .isInstanceOf(dev.annota.crypto.internal.TenantKeyStore.MissingTenantKey.class)
                    .hasMessageContaining(lab.id().toString()).hasMessageContaining(keyFile.toString());
            assertThatThrownBy(() -> keysets.forSealing(lab.id()))
                    .isInstanceOf(dev.annota.crypto.internal.TenantKeyStore.MissingTenantKey.class);
            assertThat(keyFile).as("no new key is made up in its place").doesNotExist();
            assertThat(status().get("keyEncryptionKey").asString()).isEqualTo("MISSING");
            var claim = api.postJson(annotator, projectPath("/tasks/next"), "");
            // A server fault, not the client's: 500, saying nothing of the file system.
            assertThat(claim.status()).isEqualTo(500);
            assertThat(claim.body()).doesNotContain(MARKER).doesNotContain(keyFile.toString());
        } finally {
            java.nio.file.Files.move(aside, keyFile);
        }
        keysets.forget(lab.id());
        assertThat(api.postJson(annotator, projectPath("/tasks/next"), "").status()).as("restored, it reads again").isEqualTo(200);
    }

    private Api.Response importItems(int count) {
        return importItems(count, "item");
    }

    private Api.Response importItems(int count, String prefix) {
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"external_id\":\"").append(prefix).append('-').append(i).append("\",\"data\":{\"text\":\"")
                    .append(MARKER).append(' ').append(prefix).append(' ').append(i).append("\"}}\n");
        }
        return api.post(manager, projectPath("/items"), "application/x-ndjson", lines.toString());
    }

    private void labelOne() {
        var task = json.readTree(api.postJson(annotator, projectPath("/tasks/next"), "").body());
        assertThat(api.post(annotator, projectPath("/assignments/" + task.get("assignmentId").asString() + "/annotation"),
                "application/json", "{\"label\":\"a\"}").status()).isEqualTo(201);
    }

    private List<JsonNode> export() {
        var response = api.get(manager, projectPath("/export"));
        assertThat(response.status()).isEqualTo(200);
        return response.body().lines().map(json::readTree).toList();
    }

    private JsonNode status() {
        return json.readTree(api.get(admin, "/api/v1/organizations/" + lab.id() + "/keys").body());
    }

    private List<String> stored(String sql) {
        return tenants.read(lab.id(), () -> jdbc.sql(sql).param(lab.id()).query(String.class).list());
    }

    private List<Long> keyIds() {
        var values = new java.util.ArrayList<>(stored("select payload from items where tenant_id = ?"));
        values.addAll(stored("select answer from annotations where tenant_id = ?"));
        return values.stream().map(v -> Integer.toUnsignedLong(ValueCodec.keyId(v))).distinct().toList();
    }

    private String projectPath(String rest) {
        return "/api/v1/projects/" + project.id() + rest;
    }
}
