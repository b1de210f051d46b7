package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.annota.audit.AuditCommand;
import dev.annota.crypto.TenantKeys;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.testing.Fixtures;
import dev.annota.testing.ApiClient;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Every release's database upgrades: each fixture under {@code src/test/resources/upgrade/<version>/} (a plain
 * pg_dump made by that release with scripts/upgrade-fixture.sh, with its key files) is restored into a fresh
 * database, the current code starts on it (Flyway migrates it), and then nothing is lost (no table has fewer rows, the
 * demo project's export holds what it held), every value sealed with each organization's keys still opens (a key
 * rotation's re-encryption job reads every one: none fails), every organization's access log passes {@code audit
 * verify}, the old passwords log in and the work queue goes on.
 */
@PostgresTest
class UpgradeFixturesPostgresTests {

    private static final Path FIXTURES = Path.of("src/test/resources/upgrade");
    private static final String PASSWORD = "annota-demo-password";
    private static final List<String> ADMINS = List.of("admin@helios.example", "admin@northwind.example", "operator@annota.local");

    /**
     * Rows that expire and are cleaned up by design, so a fixture's may be gone by the time it is upgraded: web
     * sessions, login throttling, setup links, the rate limit's windows, the witness deliveries' due list (a delivery
     * fails for good after its retry period).
     */
    private static final java.util.Set<String> EXPIRING = java.util.Set.of("spring_session", "spring_session_attributes",
            "login_throttle", "login_addresses", "password_setup_links", "claim_windows", "witness_due");

    @TempDir
    Path dir;

    static Stream<String> releases() throws IOException {
        try (var versions = Files.list(FIXTURES)) {
            return versions.map(v -> v.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "the database of release {0}")
    @MethodSource("releases")
    void aDatabaseOfAnEarlierReleaseUpgradesWithNothingLostAndEverythingOpening(String release) throws Exception {
        Path fixture = FIXTURES.resolve(release);
        Map<String, Long> before = counts(fixture.resolve("counts.tsv"));
        PostgresDatabase db = PostgresDatabase.create();
        ConfigurableApplicationContext app = null;
        try {
            restore(db, fixture.resolve("annota.dump"));
            assertThat(rowCounts(db, before.keySet())).as("the restored dump").isEqualTo(before);
            Path keys = dir.resolve("keys");
            FileSystemUtils.copyRecursively(fixture.resolve("keys"), keys);
            app = RunningApplication.on(db, "--annota.demo-data=false",
                    "--annota.crypto.master-key-file=" + keys.resolve("master-key.json"),
                    "--annota.crypto.tenant-key-dir=" + keys.resolve("tenant-keys"),
                    "--annota.audit.key-file=" + keys.resolve("audit-signing-key.json"),
                    "--annota.audit.signer-state-dir=" + keys.resolve("audit-signer-state"));
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            Map<String, Long> after = rowCounts(db, before.keySet());
            before.forEach((table, rows) -> {
                if (!EXPIRING.contains(table)) {
                    assertThat(after.get(table)).as(table).isGreaterThanOrEqualTo(rows);
                }
            });

            // The admins act through tokens (what they may do is the point, not their logins); the annotator below logs
            // in with the password stored by the old release.
            Fixtures fixtures = app.getBean(Fixtures.class);
            ApiClient manager = fixtures.client(account(app, "manager@helios.example"));
            String project = demoProject(manager);
            var export = manager.get("/api/v1/projects/" + project + "/export");
            assertThat(export.status()).isEqualTo(200);
            assertThat(answersByItem(export.text())).isEqualTo(answersByItem(Files.readString(fixture.resolve("export.jsonl"))));

            for (String email : ADMINS) {
                ApiClient admin = fixtures.client(account(app, email));
                String org = admin.get("/api/v1/me").json().get("orgId").asString();
                if (!email.startsWith("operator@")) {
                    everySealedValueOpens(app, admin, org);
                }
                accessLogVerifies(admin, dir.resolve("audit-" + org));
            }

            ApiClient annotator = ApiClient.loggedIn(port, "annotator@northwind.example", PASSWORD);
            var claimed = annotator.postEmpty("/api/v1/projects/" + project + "/tasks/next");
            assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
            var submitted = annotator.postJson("/api/v1/projects/" + project + "/assignments/"
                    + claimed.json().get("assignmentId").asString() + "/annotation", "{\"category\":\"safe\"}");
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        } finally {
            RunningApplication.stopAll(db, app);
        }
    }

    /** The user with that email, as a caller (any organization). */
    private static CurrentUser account(ConfigurableApplicationContext app, String email) {
        Users users = app.getBean(Users.class);
        for (Organization org : app.getBean(Organizations.class).all()) {
            for (UserAccount user : users.ofOrganization(org.id())) {
                if (user.email().equals(email)) {
                    return new CurrentUser(user.id(), org.id(), org.kind(), user.email(), user.displayName(), user.roles());
                }
            }
        }
        throw new AssertionError("no user " + email);
    }

    /** A key rotation re-encrypts every value the organization's keys sealed: each is opened, and none may fail. */
    private static void everySealedValueOpens(ConfigurableApplicationContext app, ApiClient admin, String org) {
        JsonNode keys = admin.get("/api/v1/organizations/" + org + "/keys").json();
        if (keys.get("state").asString().equals("NONE")) {
            return; // never sealed anything
        }
        assertThat(keys.get("keyEncryptionKey").asString()).as(keys.toString()).isNotEqualTo("MISSING");
        var rotated = admin.postEmpty("/api/v1/organizations/" + org + "/keys/rotate");
        assertThat(rotated.status()).as(rotated.text()).isIn(200, 201, 202);
        String rotation = rotated.json().get("id").asString();
        app.getBean(TenantKeys.class).reencryptNow(Duration.ofSeconds(30));
        JsonNode job = admin.get("/api/v1/organizations/" + org + "/keys/rotations/" + rotation).json();
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("rowsFailed").asLong()).as(job.toString()).isZero();
        // Rows without a value (an item without predictions) are scanned and left: none of them is a failure.
        assertThat(job.get("rowsReencrypted").asLong()).as(job.toString()).isPositive();
    }

    /** The organization's whole log, downloaded as a customer does, checked by the offline verifier. */
    private static void accessLogVerifies(ApiClient admin, Path dir) throws IOException {
        Files.createDirectories(dir);
        assertThat(admin.postEmpty("/api/v1/audit/checkpoint").status()).isLessThan(300);
        var checkpoint = admin.get("/api/v1/audit/checkpoint");
        assertThat(checkpoint.status()).as(checkpoint.text()).isEqualTo(200);
        Files.writeString(dir.resolve("checkpoint.txt"), checkpoint.text());
        Files.writeString(dir.resolve("key.pem"), admin.get("/api/v1/audit/public-key.pem").text());
        var events = new StringBuilder();
        String from = "0";
        while (from != null) {
            var page = admin.get("/api/v1/audit/events?from=" + from + "&limit=10000");
            assertThat(page.status()).isEqualTo(200);
            events.append(page.text());
            from = page.header("Audit-Next-From").orElse(null);
        }
        Files.writeString(dir.resolve("events.jsonl"), events);
        var out = new ByteArrayOutputStream();
        int status = AuditCommand.run(new String[] {"verify", "--public-key", dir.resolve("key.pem").toString(),
                "--events", dir.resolve("events.jsonl").toString(), "--checkpoint", dir.resolve("checkpoint.txt").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Per exported item (external id), its answers as exported: what must survive the upgrade. */
    private static Map<String, List<String>> answersByItem(String export) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        Map<String, List<String>> answers = new TreeMap<>();
        export.lines().filter(line -> !line.isBlank()).map(json::readTree).forEach(line -> {
            var values = new ArrayList<String>();
            line.get("annotations").forEach(a -> values.add(a.get("answer").toString()));
            values.sort(null);
            answers.put(line.get("external_id").asString(), values);
        });
        return answers;
    }

    private static String demoProject(ApiClient manager) {
        for (var project : manager.get("/api/v1/projects").json()) {
            if (project.get("name").asString().equals("Support replies: safety triage")) {
                return project.get("id").asString();
            }
        }
        throw new AssertionError("no demo project");
    }

    private static Map<String, Long> counts(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                counts.put(cells[0], Long.parseLong(cells[1]));
            }
        }
        return counts;
    }

    private static Map<String, Long> rowCounts(PostgresDatabase db, Iterable<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var admin = db.connectAsAdmin(); var s = admin.createStatement()) {
            for (String table : tables) {
                try (var rs = s.executeQuery("select count(*) from \"" + table.replace("\"", "") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** psql runs the plain dump as the server's superuser (ANNOTA_TEST_PG_ADMIN_URL's host, port, user, password). */
    private static void restore(PostgresDatabase db, Path dump) throws IOException, InterruptedException {
        var process = PostgresDatabase.toolConnection().run("psql", db.name(), "-q", "-v", "ON_ERROR_STOP=1",
                "-f", dump.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
