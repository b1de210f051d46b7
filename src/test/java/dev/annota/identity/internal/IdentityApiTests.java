package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login, lockout, CSRF and API tokens, through real HTTP and the real security filter chain. */
@ApiTest
class IdentityApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser someone() {
        return fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
    }

    @Test
    void formLoginSetsASessionCookieThatAuthenticatesApiCalls() {
        var user = someone();
        assertThat(fixtures.anonymous().get("/api/v1/me").status()).isEqualTo(401);

        var client = fixtures.loggedIn(user);

        assertThat(client.cookie("SESSION")).isNotBlank();
        var me = client.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(user.email());
        assertThat(me.json().get("orgId").asString()).isEqualTo(user.orgId().toString());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutASession() {
        var user = someone();
        var client = fixtures.anonymous();

        var answer = client.submitLogin(user.email(), "not-the-password");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordUntilTheLockPasses() throws Exception {
        var user = someone();
        for (int i = 0; i < 3; i++) { // annota.login.max-failures=3 in @ApiTest
            assertThat(fixtures.anonymous().submitLogin(user.email(), "wrong-" + i).header("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        long lockedAt = System.nanoTime();

        var locked = fixtures.anonymous();
        var refused = locked.submitLogin(user.email(), Fixtures.PASSWORD);
        assertThat(refused.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        // The same words as for a wrong password: the page does not tell that the account exists or is locked.
        assertThat(locked.get("/login?error").text()).contains("Wrong email or password").doesNotContain("locked");
        assertThat(locked.get("/api/v1/me").status()).isEqualTo(401);

        // annota.login.lock-seconds=8: wait the lock out, then the right password works again
        Thread.sleep(Math.max(0, 8_300 - (System.nanoTime() - lockedAt) / 1_000_000));
        var client = fixtures.loggedIn(user);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        var user = someone();
        fixtures.anonymous().submitLogin(user.email(), "wrong-1");
        fixtures.anonymous().submitLogin(user.email(), "wrong-2");
        fixtures.loggedIn(user);
        fixtures.anonymous().submitLogin(user.email(), "wrong-3");
        fixtures.anonymous().submitLogin(user.email(), "wrong-4");

        fixtures.loggedIn(user); // 2 + 2 failures, never 3 in a row: not locked
    }

    @Test
    void aSessionPostWithoutTheCsrfHeaderIsRefusedAndWithItAccepted() {
        var user = someone();
        var withHeader = fixtures.loggedIn(user);
        var withoutHeader = fixtures.loggedIn(user).withoutCsrfHeader();
        withoutHeader.get("/api/v1/me"); // holds an XSRF-TOKEN cookie, but does not echo it in the header

        var refused = withoutHeader.postJson("/api/v1/tokens", "{\"name\": \"forged\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(withoutHeader.cookie("XSRF-TOKEN")).isNotBlank();

        var accepted = withHeader.postJson("/api/v1/tokens", "{\"name\": \"genuine\"}");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from api_tokens where user_id = ? and name = 'forged'").param(user.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anIssuedTokenWorksAsBearerAndIsStoredOnlyAsItsHash() throws Exception {
        var user = someone();
        var session = fixtures.loggedIn(user);

        var issued = session.postJson("/api/v1/tokens", "{\"name\": \"training pipeline\", \"expiresInDays\": 7}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        UUID id = UUID.fromString(issued.json().get("id").asString());
        assertThat(secret).startsWith("ann_").hasSizeGreaterThan(40);

        var me = ApiClient.withToken(port, secret).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(user.email());
        // Bearer calls need no CSRF token and create no session
        var bearer = ApiClient.withToken(port, secret);
        assertThat(bearer.postJson("/api/v1/tokens", "{\"name\": \"second\"}").status()).isEqualTo(201);
        assertThat(bearer.cookie("SESSION")).isNull();

        Map<String, Object> row = jdbc.sql("select * from api_tokens where id = ?").param(id).query().singleRow();
        assertThat(row.values()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains(secret.substring(4, 20)));
        assertThat(row.get("token_hash")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void bearerCallsSetNoCookieAndAnInvalidTokenIsRefusedWhateverSessionCookieComesWithIt() {
        var user = someone();
        var session = fixtures.loggedIn(user);
        String secret = session.postJson("/api/v1/tokens", "{\"name\": \"stateless\"}").json().get("secret").asString();

        var answer = ApiClient.withToken(port, secret).get("/api/v1/me");
        assertThat(answer.status()).isEqualTo(200);
        // Neither a session nor a CSRF token: the token alone authenticates these calls.
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();

        // A valid session cookie does not rescue a bad token: the bearer chain never reads the session.
        var forged = session.request("/api/v1/me").GET().header("Authorization", "Bearer ann_not-a-real-token")
                .header("Cookie", "SESSION=" + session.cookie("SESSION"));
        var refused = fixtures.anonymous().send(forged, false);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(session.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void tokensAreListedWithoutTheirSecrets() {
        var user = someone();
        var session = fixtures.loggedIn(user);
        String secret = session.postJson("/api/v1/tokens", "{\"name\": \"listed\"}").json().get("secret").asString();

        var list = session.get("/api/v1/tokens");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("name").asString()).isEqualTo("listed");
        assertThat(list.json().get(0).has("secret")).isFalse();
        assertThat(list.text()).doesNotContain(secret).doesNotContain(secret.substring(4));
        assertThat(list.text()).doesNotContain(ApiTokensHash.of(secret));
    }

    @Test
    void anExpiredTokenIsRefusedWithProblemJson() {
        var user = someone();
        var session = fixtures.loggedIn(user);
        var issued = session.postJson("/api/v1/tokens", "{\"name\": \"short-lived\", \"expiresInDays\": 1}").json();
        String secret = issued.get("secret").asString();

        // Expired in the database before its first use, so the lookup reads it there; a token that the instance holds
        // in memory lapses at its expiry as well (TokenCacheTests).
        jdbc.sql("update api_tokens set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), UUID.fromString(issued.get("id").asString()))
                .update();

        var refused = ApiClient.withToken(port, secret).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenIsRefusedWithProblemJson() {
        var user = someone();
        var session = fixtures.loggedIn(user);
        var issued = session.postJson("/api/v1/tokens", "{\"name\": \"to revoke\"}").json();
        String secret = issued.get("secret").asString();
        assertThat(ApiClient.withToken(port, secret).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(session.delete("/api/v1/tokens/" + issued.get("id").asString()).status()).isEqualTo(204);

        var refused = ApiClient.withToken(port, secret).get("/api/v1/projects");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(session.get("/api/v1/tokens").json().get(0).get("revokedAt").isNull()).isFalse();
    }

    @Test
    void anUnknownTokenIsRefusedWithProblemJson() {
        var refused = ApiClient.withToken(port, "ann_" + "x".repeat(43)).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthAnswersWithoutLogin() {
        var health = fixtures.anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsAreNotPublicNorOpenToACustomerAdmin() {
        var anonymous = fixtures.anonymous();
        assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/env").status()).isEqualTo(401);

        var admin = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.ADMIN);
        var session = fixtures.loggedIn(admin);
        assertThat(session.get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(session.get("/actuator/env").status()).isEqualTo(403);
        var token = ApiClient.withToken(port, session.postJson("/api/v1/tokens", "{\"name\": \"t\"}").json().get("secret").asString());
        assertThat(token.get("/actuator/metrics").status()).isEqualTo(403);

        var operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        var operatorSession = fixtures.loggedIn(operator);
        assertThat(operatorSession.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(operatorSession.get("/actuator/env").status()).isEqualTo(404); // not exposed at all
    }

    /** The stored form of a secret, to check it is not echoed either. */
    private static final class ApiTokensHash {
        static String of(String secret) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
