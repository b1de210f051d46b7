package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.List;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Anonymous requests leave nothing in the database: no web session row per visitor (a crawler or an attacker could
 * otherwise fill {@code spring_session} with as many rows as it sends requests). Counted as the server's superuser, so
 * nothing hides a row. A login still creates its session, and the page asked for before it is where it lands.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AnonymousRequestsPostgresTests {

    private static final List<String> PATHS = List.of("/", "/projects", "/projects/42/label", "/admin/walls", "/login",
            "/login?error", "/login?logout", "/app/annota.css", "/app/main.js", "/favicon.svg", "/api/v1/me",
            "/api/v1/projects", "/api/openapi.json", "/actuator/health", "/actuator/metrics", "/no/such/page", "/error");

    @Autowired Fixtures fixtures;

    @Test
    void anonymousRequestsToPagesApiAndStaticFilesCreateNoSessionRow() throws Exception {
        long before = sessionRows();

        for (int round = 0; round < 10; round++) {
            for (String path : PATHS) {
                // Each as a new visitor (no cookie kept), once as a browser asks for a page and once as an API client.
                fixtures.anonymous().send(fixtures.anonymous().request(path).header("Accept", "text/html,*/*;q=0.8").GET(), false);
                fixtures.anonymous().get(path);
            }
            // Writes without a session or a CSRF token, and a failed login.
            fixtures.anonymous().postJson("/api/v1/projects", "{}");
            fixtures.anonymous().withoutCsrfHeader().postJson("/api/v1/projects", "{}");
            fixtures.anonymous().send(fixtures.anonymous().request("/logout").POST(HttpRequest.BodyPublishers.noBody()), false);
            var failed = fixtures.anonymous().submitLogin("nobody@example.org", "wrong password");
            assertThat(failed.header("Location").orElse("")).contains("/login?error");
        }

        assertThat(sessionRows() - before).isZero();
    }

    @Test
    void aLoginStillCreatesItsSessionAndReturnsToThePageAskedForFirst() throws Exception {
        var user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        var browser = fixtures.anonymous();
        var page = browser.send(browser.request("/admin/walls").header("Accept", "text/html").GET(), false);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location").orElse("")).endsWith("/login");
        long before = sessionRows();

        var login = browser.submitLogin(user.email(), Fixtures.PASSWORD);

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location").orElse("")).endsWith("/admin/walls");
        // Landing there forgets the page remembered.
        assertThat(browser.send(browser.request("/admin/walls").header("Accept", "text/html").GET(), false).status()).isEqualTo(200);
        assertThat(browser.cookie("REDIRECT_URI")).isNull();
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(sessionRows() - before).isEqualTo(1);
    }

    private static long sessionRows() throws SQLException {
        try (var c = PostgresDatabase.shared().connectAsAdmin(); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from spring_session")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
