package dev.annota.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.crypto.internal.Keysets;
import dev.annota.crypto.internal.LocalMasterKey;
import dev.annota.crypto.internal.TenantKeyStore;
import dev.annota.crypto.internal.ValueCodec;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.SealedRows.SealedRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static dev.annota.testing.SealedRows.payloadsAndAnswers;
import static dev.annota.testing.SealedRows.wrappedKeyset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crypto-shredding on PostgreSQL, checked from outside the application: a superuser (who bypasses row-level security)
 * reading the database directly finds no plaintext of a tenant's items or answers, before or after shredding; after
 * shredding not even the master key together with every key file and keyset left opens them; the application
 * answers 410. (What PostgreSQL keeps beside the live rows: {@link ShreddingSurvivesWalPostgresTests}.)
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ShreddingPostgresTests {

    static final String MARKER = "okapimarmalade";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    ItemPayloads payloads;
    @Autowired
    TenantKeys keys;
    @Autowired
    dev.annota.tenancy.TenantScope tenants;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Value("${annota.crypto.master-key-file}")
    Path masterKeyFile;
    @Value("${annota.crypto.tenant-key-dir}")
    Path tenantKeyDir;

    @Test
    void afterShreddingTheRowsHoldNoPlaintextAndNothingInTheDatabaseOrTheMasterKeyOpensThem() throws Exception {
        var api = new Api(fixtures);
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Shredded lab");
        Organization bystander = fixtures.organization(OrganizationKind.CUSTOMER, "Bystander lab");
        CurrentUser managerUser = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(managerUser, 1, 600);
        String manager = api.token(managerUser);
        String annotator = api.token(fixtures.user(lab, Role.ANNOTATOR));
        String admin = api.token(fixtures.user(lab, Role.ADMIN));
        // Another tenant with a live keyset in the same database: its key must not open the shredded tenant's rows.
        Project other = fixtures.project(fixtures.user(bystander, Role.MANAGER), 1, 600);
        fixtures.items(other, fixtures.user(bystander, Role.MANAGER), 2);

        var lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append("{\"external_id\":\"e").append(i).append("\",\"data\":{\"text\":\"").append(MARKER).append(' ').append(i)
                    .append("\"}}\n");
        }
        String projectPath = "/api/v1/projects/" + project.id();
        assertThat(api.post(manager, projectPath + "/items", "application/x-ndjson", lines.toString()).status()).isEqualTo(200);
        var task = json.readTree(api.postJson(annotator, projectPath + "/tasks/next", "").body());
        assertThat(task.get("data").get("text").asString()).startsWith(MARKER);
        assertThat(api.postJson(annotator, projectPath + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"c\"}").status()).isEqualTo(201);

        try (Connection superuser = PostgresDatabase.shared().connect("postgres")) {
            assertThat(isSuperuser(superuser)).isTrue();
            List<SealedRow> before = payloadsAndAnswers(superuser, lab.id());
            assertThat(before).hasSize(21).allSatisfy(r -> assertThat(r.stored()).startsWith("v1:")
                    .doesNotContain(MARKER).doesNotContain("label").doesNotContain("text"));
            assertThat(wrappedKeyset(superuser, lab.id())).isNotNull().doesNotContain(MARKER);

            var shred = api.postJson(admin, "/api/v1/organizations/" + lab.id() + "/keys/shred",
                    "{\"confirmOrganizationName\":\"" + lab.name() + "\"}");
            assertThat(shred.status()).isEqualTo(200);

            List<SealedRow> after = payloadsAndAnswers(superuser, lab.id());
            assertThat(after).isEqualTo(before);
            assertThat(wrappedKeyset(superuser, lab.id())).isNull();
            // The operator's strongest position: the master key file, every key-encryption key file left, and every
            // keyset still in the database. The lab's key file is gone.
            var master = LocalMasterKey.openOrCreate(masterKeyFile);
            var keyFiles = new TenantKeyStore(tenantKeyDir, master, null);
            assertThat(keyFiles.file(lab.id())).doesNotExist();
            var survivors = keysets(superuser);
            assertThat(survivors).isNotEmpty();
            for (SealedRow row : after) {
                for (var keyset : survivors) {
                    var kek = keyFiles.open(keyset.tenant());
                    assertThatThrownBy(() -> Keysets.unwrap(keyset.wrapped(), master.aead(), lab.id()))
                            .isInstanceOf(GeneralSecurityException.class);
                    assertThatThrownBy(() -> Keysets.unwrap(keyset.wrapped(), kek, lab.id()))
                            .isInstanceOf(GeneralSecurityException.class);
                    var aead = Keysets.aead(Keysets.unwrap(keyset.wrapped(), kek, keyset.tenant()));
                    assertThatThrownBy(() -> ValueCodec.open(aead, lab.id(), row.column(), row.id(), row.stored()))
                            .isInstanceOf(GeneralSecurityException.class);
                }
            }
        }

        var claim = api.postJson(annotator, projectPath + "/tasks/next", "");
        assertThat(claim.status()).isEqualTo(410);
        assertThat(claim.body()).doesNotContain(MARKER);
        var export = api.get(manager, projectPath + "/export");
        assertThat(export.status()).isEqualTo(410);
        assertThat(export.body()).doesNotContain(MARKER);
        assertThatThrownBy(() -> payloads.open(lab.id(), UUID.randomUUID(), "v1:AAAA")).isInstanceOf(KeysShredded.class);
    }

    @Test
    void rowLevelSecurityShowsATransactionOnlyItsOwnTenantsKeyset() throws Exception {
        var api = new Api(fixtures);
        Organization a = fixtures.organization(OrganizationKind.CUSTOMER, "Keys A");
        Organization b = fixtures.organization(OrganizationKind.CUSTOMER, "Keys B");
        for (Organization org : List.of(a, b)) {
            assertThat(api.postJson(api.token(fixtures.user(org, Role.ADMIN)), "/api/v1/organizations/" + org.id() + "/keys/rotate", "")
                    .status()).isEqualTo(202);
        }
        try (Connection app = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            assertThat(count(app, "select count(*) from tenant_keys")).isZero();
            app.setAutoCommit(false);
            try (var set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, a.id().toString());
                set.execute();
            }
            assertThat(count(app, "select count(*) from tenant_keys")).isEqualTo(1);
            assertThat(count(app, "select count(*) from tenant_keys where tenant_id = '" + b.id() + "'")).isZero();
            try (var update = app.createStatement()) {
                assertThat(update.executeUpdate("update tenant_keys set keyset = null where tenant_id = '" + b.id() + "'")).isZero();
            }
            assertThat(count(app, "select count(*) from tenant_keys where keyset is null")).isZero();
            app.rollback();
        }
    }

    @Test
    void theReencryptionJobRewritesEveryRowUnderRowLevelSecurityAndTheRowsStillOpen() {
        var setup = fixtures.labProject("Rotating lab", 1, 1200);
        CurrentUser admin = fixtures.user(setup.lab(), Role.ADMIN);

        Rotation rotation = keys.rotate(setup.lab().id(), admin.id());
        while (keys.reencryptNow(java.time.Duration.ofSeconds(60)) > 0) {
            // batches of 500 until the job is done
        }

        Rotation done = keys.rotation(setup.lab().id(), rotation.id()).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        // 1200 payloads, and the project's name, guidelines, its first guidelines version and its schema (external ids
        // are deterministic: not rewritten).
        assertThat(done.rowsReencrypted()).isEqualTo(1200 + 4);
        long primary = keys.status(setup.lab().id()).primaryKeyId();
        var stored = tenants.read(setup.lab().id(), () -> jdbc.sql("select id, payload from items where tenant_id = ?").param(setup.lab().id())
                .query((rs, n) -> new SealedRow(ItemPayloads.PAYLOAD, rs.getObject(1, UUID.class), rs.getString(2))).list());
        assertThat(stored).hasSize(1200).allSatisfy(r -> {
            assertThat(Integer.toUnsignedLong(ValueCodec.keyId(r.stored()))).isEqualTo(primary);
            assertThat(tenants.read(setup.lab().id(), () -> payloads.open(setup.lab().id(), r.id(), r.stored()))).startsWith("{\"text\":\"text ");
        });
    }

    record StoredKeyset(UUID tenant, String wrapped) {
    }

    private static List<StoredKeyset> keysets(Connection c) throws SQLException {
        var list = new ArrayList<StoredKeyset>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select tenant_id, keyset from tenant_keys where keyset is not null")) {
            while (rs.next()) {
                list.add(new StoredKeyset(rs.getObject(1, UUID.class), rs.getString(2)));
            }
        }
        return list;
    }

    private static boolean isSuperuser(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
