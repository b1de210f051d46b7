package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Accounts through real HTTP on the database the subclass configures: one-time setup links, changing one's own
 * password, an admin's reset, the password policy, and login throttling per account and per client address (each
 * {@link ApiClient} comes from an address of its own, sent as X-Forwarded-For and trusted from the loopback, as behind
 * a reverse proxy). The subclasses set 3 failures per account, 2 per address, an 8-second lock (long enough for a
 * loaded machine to check it before it passes; IdentityApiTests waits one out).
 */
abstract class AccountsScenario {

    private static final Pattern LOGIN_MESSAGE = Pattern.compile("<p class=\"(?:error|info)\"[^>]*>[^<]*</p>");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    Organization lab;
    CurrentUser admin;
    ApiClient adminApi;

    @BeforeEach
    void aLabWithAnAdmin() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        admin = fixtures.user(lab, Role.ADMIN);
        adminApi = fixtures.loggedIn(admin);
    }

    private JsonNode invite(String email) {
        var added = adminApi.postJson("/api/v1/users", """
                {"email": "%s", "displayName": "New Person", "roles": ["ANNOTATOR"]}""".formatted(email));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json();
    }

    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@lab.example";
    }

    private boolean logsIn(ApiClient client, String email, String password) {
        var answer = client.submitLogin(email, password);
        return answer.status() == 302 && answer.header("Location").orElse("").endsWith("/");
    }

    private boolean logsIn(String email, String password) {
        return logsIn(fixtures.anonymous(), email, password);
    }

    private ApiClient.Response reset(ApiClient by, UUID userId) {
        return by.post("/api/v1/users/" + userId + "/password-reset", "application/json", HttpRequest.BodyPublishers.noBody());
    }

    // --- setup links ---

    @Test
    void aNewUserChoosesTheirOwnPasswordWithTheSetupLinkAndThenLogsIn() {
        String email = email("newcomer");
        JsonNode invited = invite(email);
        String link = invited.get("setupLink").asString();
        assertThat(invited.toString()).doesNotContain("\"password").doesNotContain("argon2");
        assertThat(invited.get("roles").toString()).isEqualTo("[\"ANNOTATOR\"]");
        assertThat(link).contains("/setup-password#");
        assertThat(logsIn(email, "any password at all")).as("no password before the link is used").isFalse();
        var page = fixtures.anonymous().get("/setup-password");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("name=\"password\"").contains("/app/setup-password.js");

        var set = ApiClient.setPassword(port, link, "my very own password");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("email").asString()).isEqualTo(email);
        assertThat(ApiClient.loggedIn(port, email, "my very own password").get("/api/v1/me").json().get("email").asString())
                .isEqualTo(email);
        assertThat(jdbc.sql("select count(*) from password_setup_links where token_hash = ?")
                .param(link.substring(link.indexOf('#') + 1)).query(Long.class).single()).as("only its hash is stored").isZero();
    }

    @Test
    void aSetupLinkWorksOnlyOnce() {
        String email = email("once");
        String link = invite(email).get("setupLink").asString();
        assertThat(ApiClient.setPassword(port, link, "the first password chosen").status()).isEqualTo(200);

        var again = ApiClient.setPassword(port, link, "someone else's password");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("field").asString()).isEqualTo("token");
        assertThat(logsIn(email, "someone else's password")).isFalse();
        assertThat(logsIn(email, "the first password chosen")).isTrue();
    }

    @Test
    void anExpiredSetupLinkDoesNotWork() {
        String email = email("late");
        JsonNode invited = invite(email);
        jdbc.sql("update password_setup_links set expires_at = ? where user_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), UUID.fromString(invited.get("id").asString()))
                .update();

        var late = ApiClient.setPassword(port, invited.get("setupLink").asString(), "a password too late");

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("field").asString()).isEqualTo("token");
        assertThat(late.json().get("detail").asString()).contains("expired");
        assertThat(logsIn(email, "a password too late")).isFalse();
    }

    @Test
    void aWeakPasswordIsRefusedNamingTheFieldAndTheLinkKeepsWorking() {
        String email = email("weak");
        String link = invite(email).get("setupLink").asString();

        var tooShort = ApiClient.setPassword(port, link, "short1");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.contentType()).startsWith("application/problem+json");
        assertThat(tooShort.json().get("field").asString()).isEqualTo("password");
        assertThat(tooShort.json().get("detail").asString()).contains("at least 12 characters");
        for (String common : new String[]{"1qaz2wsx3edc", "Administrator", "QWERTY123456"}) {
            var refused = ApiClient.setPassword(port, link, common);
            assertThat(refused.status()).as(common).isEqualTo(422);
            assertThat(refused.json().get("field").asString()).isEqualTo("password");
            assertThat(refused.json().get("detail").asString()).contains("common or breached");
        }

        assertThat(ApiClient.setPassword(port, link, "a password of my own").status()).isEqualTo(200);
        assertThat(logsIn(email, "a password of my own")).isTrue();
    }

    @Test
    void whoeverCreatesAUserCannotChooseTheirPassword() {
        String email = email("chosen");
        var refused = adminApi.postJson("/api/v1/users", """
                {"email": "%s", "displayName": "X", "password": "the admin's choice", "roles": ["ANNOTATOR"]}""".formatted(email));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("password");
        assertThat(refused.json().get("detail").asString()).contains("setup link");
        assertThat(adminApi.get("/api/v1/users").text()).doesNotContain(email);
    }

    // --- changing one's own password ---

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        CurrentUser user = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient here = fixtures.loggedIn(user);
        ApiClient elsewhere = fixtures.loggedIn(user);
        ApiClient token = fixtures.client(user);

        var wrongCurrent = here.putJson("/api/v1/me/password", """
                {"currentPassword": "not my password", "newPassword": "a brand new password"}""");
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.json().get("field").asString()).isEqualTo("currentPassword");
        var weak = here.putJson("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "password1234"}""".formatted(Fixtures.PASSWORD));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("field").asString()).isEqualTo("newPassword");
        assertThat(logsIn(user.email(), "a brand new password")).isFalse();

        var changed = here.putJson("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "a brand new password"}""".formatted(Fixtures.PASSWORD));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(here.get("/api/v1/me").status()).as("this session stays").isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/me").status()).as("other sessions end").isEqualTo(401);
        assertThat(token.get("/api/v1/me").status()).as("API tokens stay").isEqualTo(200);
        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).isFalse();
        assertThat(logsIn(user.email(), "a brand new password")).isTrue();
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeALogin() {
        CurrentUser user = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient stolen = fixtures.loggedIn(user);
        for (int i = 0; i < 2; i++) { // annota.login.address-max-failures=2
            assertThat(stolen.putJson("/api/v1/me/password", """
                    {"currentPassword": "guess %d", "newPassword": "the thief's new password"}""".formatted(i)).status())
                    .isEqualTo(422);
        }

        var right = stolen.putJson("/api/v1/me/password", """
                {"currentPassword": "%s", "newPassword": "the thief's new password"}""".formatted(Fixtures.PASSWORD));

        assertThat(right.status()).isEqualTo(422);
        assertThat(right.json().get("field").asString()).isEqualTo("currentPassword");
        assertThat(logsIn(user.email(), "the thief's new password")).isFalse();
        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).as("the owner, from another address").isTrue();
    }

    // --- an admin's reset ---

    @Test
    void anAdminsResetEndsThePasswordSessionsAndTokensAndGivesANewLink() {
        CurrentUser user = fixtures.user(lab, Role.MANAGER);
        ApiClient session = fixtures.loggedIn(user);
        ApiClient token = fixtures.client(user);

        var reset = reset(adminApi, user.id());

        assertThat(reset.status()).as(reset.toString()).isEqualTo(201);
        assertThat(reset.text()).doesNotContain(Fixtures.PASSWORD).doesNotContain("argon2");
        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).as("the old password stops working at once").isFalse();
        assertThat(session.get("/api/v1/me").status()).as("sessions end").isEqualTo(401);
        assertThat(token.get("/api/v1/me").status()).as("tokens are revoked").isEqualTo(401);

        assertThat(ApiClient.setPassword(port, reset.json().get("setupLink").asString(), "chosen after the reset").status())
                .isEqualTo(200);
        assertThat(logsIn(user.email(), "chosen after the reset")).isTrue();
    }

    @Test
    void onlyAnAdminOfTheUsersOrganizationResetsAndNotTheirOwn() {
        CurrentUser user = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient manager = ApiClient.loggedIn(port, fixtures.user(lab, Role.MANAGER).email(), Fixtures.PASSWORD);
        CurrentUser otherAdmin = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other"), Role.ADMIN);
        ApiClient stranger = fixtures.loggedIn(otherAdmin);

        assertThat(reset(manager, user.id()).status()).isEqualTo(403);
        assertThat(reset(stranger, user.id()).status()).isEqualTo(404);
        assertThat(reset(adminApi, admin.id()).status()).isEqualTo(422);
        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).isTrue();
    }

    // --- login throttling ---

    /** What a refused login shows: the form post's status, where it sends the browser, and the login page's message. */
    private String refusal(ApiClient client, String email, String password) {
        var answer = client.submitLogin(email, password);
        var page = client.get(answer.header("Location").orElse("/login").replaceFirst("^https?://[^/]+", ""));
        var message = LOGIN_MESSAGE.matcher(page.text());
        return answer.status() + " " + answer.header("Location").orElse("") + " " + answer.text() + " "
                + (message.find() ? message.group() : "(no message)");
    }

    private void failFromNewAddresses(String email, int times) {
        for (int i = 0; i < times; i++) {
            fixtures.anonymous().submitLogin(email, "guess number " + i);
        }
    }

    @Test
    void anAddressWithRepeatedFailuresIsRefusedEvenTheRightPasswordWhileOtherAddressesLogIn() {
        CurrentUser user = fixtures.user(lab, Role.ANNOTATOR);
        String attacker = "203.0.113." + (1 + (int) (Math.random() * 250));
        fixtures.anonymous().from(attacker).submitLogin(email("nobody"), "guess one");
        fixtures.anonymous().from(attacker).submitLogin(email("nobody"), "guess two");

        assertThat(logsIn(fixtures.anonymous().from(attacker), user.email(), Fixtures.PASSWORD)).isFalse();
        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).as("from another address").isTrue();
    }

    @Test
    void aLockedAccountAnswersExactlyLikeAWrongPasswordWhetherOrNotTheAccountExists() {
        CurrentUser user = fixtures.user(lab, Role.ANNOTATOR);
        String unknown = email("nobody");
        String wrongPassword = refusal(fixtures.anonymous(), user.email(), "a wrong password");
        assertThat(wrongPassword).contains("302").contains("/login?error").contains("Wrong email or password");
        assertThat(refusal(fixtures.anonymous(), unknown, "a wrong password")).isEqualTo(wrongPassword);

        failFromNewAddresses(unknown, 3);
        failFromNewAddresses(user.email(), 3);

        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).as("locked against new addresses").isFalse();
        assertThat(refusal(fixtures.anonymous(), user.email(), Fixtures.PASSWORD)).isEqualTo(wrongPassword);
        assertThat(refusal(fixtures.anonymous(), user.email(), "a wrong password")).isEqualTo(wrongPassword);
        assertThat(refusal(fixtures.anonymous(), unknown, "a wrong password")).isEqualTo(wrongPassword);
    }

    @Test
    void theOwnerLogsInFromAKnownAddressWhileAnAttackerHammersTheAccountFromOthers() {
        CurrentUser user = fixtures.user(lab, Role.MANAGER);
        String home = "192.0.2." + (1 + (int) (Math.random() * 250));
        fixtures.anonymous().from(home).logIn(user.email(), Fixtures.PASSWORD);

        failFromNewAddresses(user.email(), 6); // twice the account's limit, from six addresses

        assertThat(logsIn(user.email(), Fixtures.PASSWORD)).as("a new address is refused while the account is locked")
                .isFalse();
        ApiClient owner = fixtures.anonymous().from(home).logIn(user.email(), Fixtures.PASSWORD);
        assertThat(owner.get("/api/v1/me").json().get("email").asString()).isEqualTo(user.email());
    }
}
