package dev.annota;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import dev.annota.crypto.internal.LocalMasterKey;
import dev.annota.crypto.internal.KeysetWrapping;
import dev.annota.crypto.internal.TenantKeysets;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code keys rewrap} as an operator runs it: against a database whose keysets the old master key wraps, with the new
 * key configured as the master key and the old one as the previous; afterwards the new key alone opens them.
 */
class KeysCommandTests {

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return KeysCommand.run(AnnotaApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysHowToCallIt() {
        assertThat(run("keys")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: java -jar annota.jar keys rewrap");
        assertThat(run("keys", "rotate")).isEqualTo(2);
        assertThat(run("keys", "rewrap", "stray")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown argument 'stray'");
    }

    @Test
    void rewrapMovesEveryKeysetUnderTheNewMasterKeyAndARerunFindsNothingToMove() throws Exception {
        String url = "jdbc:h2:mem:keys-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path oldKey = dir.resolve("old-master-key.json");
        Path newKey = dir.resolve("new-master-key.json");
        String oldKeyId = LocalMasterKey.openOrCreate(oldKey).id();
        String newKeyId = LocalMasterKey.openOrCreate(newKey).id();
        UUID lab;
        String keyDir = "--annota.crypto.tenant-key-dir=" + dir.resolve("tenant-keys");
        // The installation before the change: one organization whose key file the old master key wraps.
        try (var before = context(url, "--annota.crypto.master-key-file=" + oldKey, keyDir)) {
            lab = before.getBean(Organizations.class).create(OrganizationKind.CUSTOMER, "Lab").id();
            var keysets = before.getBean(TenantKeysets.class);
            keysets.forSealing(lab);
            assertThat(keysets.stored(lab).masterKey()).isEqualTo(KeysetWrapping.BY_TENANT_KEY);
            assertThat(keysets.keyStore().wrappedBy(lab)).isEqualTo(oldKeyId);
        }
        String keysetBefore = storedKeyset(url, lab);

        int exit = run("keys", "rewrap", "--spring.datasource.url=" + url, "--annota.crypto.master-key-file=" + newKey,
                "--annota.crypto.previous-master-key-file=" + oldKey, keyDir);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Master key " + newKeyId, "previous " + oldKeyId, ": 1 keysets re-wrapped",
                "0 failed");
        assertThat(run("keys", "rewrap", "--spring.datasource.url=" + url, "--annota.crypto.master-key-file=" + newKey,
                "--annota.crypto.previous-master-key-file=" + oldKey, keyDir)).isZero();
        assertThat(out.toString()).contains(": 0 keysets re-wrapped, 1 already under the current key");
        // The key file was re-wrapped, the database row not touched; the old key can go: the new one alone opens it.
        assertThat(storedKeyset(url, lab)).isEqualTo(keysetBefore);
        try (var after = context(url, "--annota.crypto.master-key-file=" + newKey, keyDir)) {
            var keysets = after.getBean(TenantKeysets.class);
            assertThat(keysets.stored(lab).masterKey()).isEqualTo(KeysetWrapping.BY_TENANT_KEY);
            assertThat(keysets.keyStore().wrappedBy(lab)).isEqualTo(newKeyId);
            assertThat(keysets.forOpening(lab)).isPresent();
        }
    }

    private static String storedKeyset(String url, UUID lab) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.prepareStatement("select keyset from tenant_keys where tenant_id = ?")) {
            s.setObject(1, lab);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static ConfigurableApplicationContext context(String url, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url, "--annota.demo-data=false",
                "--annota.crypto.reencrypt-interval=0s"));
        all.addAll(java.util.List.of(args));
        return new SpringApplicationBuilder(AnnotaApplication.class).web(WebApplicationType.NONE).run(all.toArray(String[]::new));
    }
}
