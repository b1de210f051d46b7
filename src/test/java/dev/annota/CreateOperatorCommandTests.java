package dev.annota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production first run: {@code create-operator} starts the application without a web server against the
 * configured database (here the tests' in-memory H2, the same one the running test server uses), creates the
 * operator's admin and exits; the admin can then log in to the running server.
 */
@ApiTest
class CreateOperatorCommandTests {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, InputStream stdin, String... args) {
        return CreateOperatorCommand.run(AnnotaApplication.class, args, env, stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String email() {
        return "operator-" + UUID.randomUUID() + "@ops.example";
    }

    @Test
    void createsAnOperatorAdminWhoCanThenLogIn() {
        String email = email();

        int exit = run(Map.of("ANNOTA_OPERATOR_PASSWORD", "operator-password-1"), NO_INPUT,
                "create-operator", "--email", email, "--name", "Olga Operator");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(email);
        var me = ApiClient.loggedIn(port, email, "operator-password-1").get("/api/v1/me").json();
        assertThat(me.get("orgKind").asString()).isEqualTo("OPERATOR");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(me.get("displayName").asString()).isEqualTo("Olga Operator");
    }

    @Test
    void neverLoadsDemoDataEvenWhenAskedTo() throws Exception {
        // a fresh database: demo data is only ever loaded into one without organizations
        String url = "jdbc:h2:mem:command-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

        int exit = run(Map.of("ANNOTA_OPERATOR_PASSWORD", "operator-password-1"), NO_INPUT, "create-operator",
                "--email", "first@ops.example", "--name", "No Demo", "--spring.datasource.url=" + url, "--annota.demo-data=true");

        assertThat(exit).as(err.toString()).isZero();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement();
             var rs = s.executeQuery("select email from users")) {
            var emails = new java.util.ArrayList<String>();
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
            assertThat(emails).containsExactly("first@ops.example");
            s.execute("shutdown");
        }
    }

    @Test
    void readsThePasswordFromStandardInputWithoutTheVariable() {
        String email = email();

        int exit = run(Map.of(), new ByteArrayInputStream(" piped password 2 \n".getBytes(StandardCharsets.UTF_8)),
                "create-operator", "--email=" + email, "--name=Piped Operator");

        assertThat(exit).as(err.toString()).isZero();
        ApiClient.loggedIn(port, email, " piped password 2 ");
    }

    @Test
    void aSecondAdminJoinsTheExistingOperatorOrganization() {
        String first = email();
        String second = email();
        var env = Map.of("ANNOTA_OPERATOR_PASSWORD", "operator-password-1");

        assertThat(run(env, NO_INPUT, "create-operator", "--email", first, "--name", "One")).isZero();
        assertThat(run(env, NO_INPUT, "create-operator", "--email", second, "--name", "Two")).isZero();

        var orgs = jdbc.sql("select distinct u.org_id from users u where u.email in (?, ?)").params(first, second)
                .query(UUID.class).list();
        assertThat(orgs).hasSize(1);
    }

    @Test
    void aTooShortPasswordIsRefusedAndNothingIsCreated() {
        String email = email();
        long orgsBefore = jdbc.sql("select count(*) from organizations").query(Long.class).single();

        int exit = run(Map.of("ANNOTA_OPERATOR_PASSWORD", "short"), NO_INPUT, "create-operator", "--email", email, "--name", "X");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("password");
        assertThat(jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from organizations").query(Long.class).single()).isEqualTo(orgsBefore);
    }

    @Test
    void missingArgumentsOrPasswordPrintTheUsageWithoutStartingAnything() {
        assertThat(run(Map.of("ANNOTA_OPERATOR_PASSWORD", "operator-password-1"), NO_INPUT, "create-operator", "--name", "X"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Usage");
        assertThat(run(Map.of(), NO_INPUT, "create-operator", "--email", email(), "--name", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("ANNOTA_OPERATOR_PASSWORD");
    }
}
