package dev.annota;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import dev.annota.crypto.internal.LocalMasterKey;
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
        // The installation before the change: one organization whose keyset the old master key wraps.
        try (var before = context(url, "--annota.crypto.master-key-file=" + oldKey)) {
            lab = before.getBean(Organizations.class).create(OrganizationKind.CUSTOMER, "Lab").id();
            before.getBean(TenantKeysets.class).forSealing(lab);
            assertThat(before.getBean(TenantKeysets.class).stored(lab).masterKey()).isEqualTo(oldKeyId);
        }

        int exit = run("keys", "rewrap", "--spring.datasource.url=" + url, "--annota.crypto.master-key-file=" + newKey,
                "--annota.crypto.previous-master-key-file=" + oldKey);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Master key " + newKeyId, "previous " + oldKeyId, ": 1 keysets re-wrapped",
                "0 failed");
        assertThat(run("keys", "rewrap", "--spring.datasource.url=" + url, "--annota.crypto.master-key-file=" + newKey,
                "--annota.crypto.previous-master-key-file=" + oldKey)).isZero();
        assertThat(out.toString()).contains(": 0 keysets re-wrapped, 1 already under the current key");
        // The old key can go: the new one alone opens the lab's keyset.
        try (var after = context(url, "--annota.crypto.master-key-file=" + newKey)) {
            var keysets = after.getBean(TenantKeysets.class);
            assertThat(keysets.stored(lab).masterKey()).isEqualTo(newKeyId);
            assertThat(keysets.forOpening(lab)).isPresent();
        }
    }

    private static ConfigurableApplicationContext context(String url, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url, "--annota.demo-data=false",
                "--annota.crypto.reencrypt-interval=0s"));
        all.addAll(java.util.List.of(args));
        return new SpringApplicationBuilder(AnnotaApplication.class).web(WebApplicationType.NONE).run(all.toArray(String[]::new));
    }
}
