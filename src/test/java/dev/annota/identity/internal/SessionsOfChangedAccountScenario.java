package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An admin's change of a user's roles, or the account's deactivation, ends that user's open web sessions, on whichever
 * database the subclass configures: everyone logs in through the real login form and keeps the session cookie as a
 * browser does, the admin acts through the API with their own session and CSRF header. Sessions of other users stay.
 */
abstract class SessionsOfChangedAccountScenario {

    @Autowired Fixtures fixtures;

    private ApiClient logIn(CurrentUser user) {
        return fixtures.loggedIn(user);
    }

    /** A new admin of the organization, logged in. */
    private ApiClient adminOf(Organization org) {
        return logIn(fixtures.user(org, Role.ADMIN));
    }

    /** A new organization, a logged-in admin of it, and a member with one role, logged in through the form too. */
    private record Team(Organization org, ApiClient admin, CurrentUser member, ApiClient membersSession) {
    }

    private Team team(OrganizationKind kind, String name, Role membersRole) {
        Organization org = fixtures.organization(kind, name);
        ApiClient admin = adminOf(org);
        CurrentUser member = fixtures.user(org, membersRole);
        return new Team(org, admin, member, logIn(member));
    }

    /** The admin's (or the user's own) change of the user's account: roles, enabled. */
    private static ApiClient.Response change(ApiClient by, CurrentUser user, String json) {
        return by.patchJson("/api/v1/users/" + user.id(), json);
    }

    @Test
    void aDemotedManagersOpenSessionEndsWhileAnotherManagersSessionKeepsWorking() {
        Team lab = team(OrganizationKind.CUSTOMER, "Lab", Role.MANAGER);
        ApiClient admin = lab.admin();
        CurrentUser mia = lab.member();
        ApiClient miasSession = lab.membersSession();
        ApiClient miasToken = fixtures.client(mia);
        ApiClient otherManager = logIn(fixtures.user(lab.org(), Role.MANAGER));
        // Listing the organization's users takes the manager (or admin) role.
        assertThat(miasSession.get("/api/v1/users").status()).isEqualTo(200);

        var demoted = change(admin, mia, "{\"roles\": [\"ANNOTATOR\"]}");

        assertThat(demoted.status()).as(demoted.text()).isEqualTo(200);
        var refused = miasSession.get("/api/v1/users");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(miasSession.get("/api/v1/me").status()).isEqualTo(401);
        // A page of the UI, asked for as a browser does, sends her to the login form.
        var page = miasSession.send(miasSession.request("/").header("Accept", "text/html").GET(), false);
        assertThat(page.status()).as(page.toString()).isEqualTo(302);
        assertThat(page.header("Location").orElse("")).endsWith("/login");
        assertThat(otherManager.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        // Logging in again brings the new roles only; the token carried them from the start.
        ApiClient miaAgain = logIn(mia);
        assertThat(roles(miaAgain)).containsExactly("ANNOTATOR");
        assertThat(miaAgain.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(miasToken.get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void aPromotionEndsTheSessionTooSoTheNextLoginCarriesTheNewRole() {
        Team vendor = team(OrganizationKind.WORKFORCE, "Vendor", Role.ANNOTATOR);
        assertThat(vendor.membersSession().get("/api/v1/users").status()).isEqualTo(403);

        assertThat(change(vendor.admin(), vendor.member(), "{\"roles\": [\"ANNOTATOR\", \"MANAGER\"]}").status()).isEqualTo(200);

        assertThat(vendor.membersSession().get("/api/v1/me").status()).isEqualTo(401);
        ApiClient annAgain = logIn(vendor.member());
        assertThat(annAgain.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUsersOpenSessionEndsAndStaysEndedAfterReactivation() {
        Team lab = team(OrganizationKind.CUSTOMER, "Lab", Role.MANAGER);
        ApiClient colleague = logIn(fixtures.user(lab.org(), Role.ANNOTATOR));

        assertThat(change(lab.admin(), lab.member(), "{\"enabled\": false}").status()).isEqualTo(200);

        assertThat(lab.membersSession().get("/api/v1/users").status()).isEqualTo(401);
        assertThat(colleague.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(change(lab.admin(), lab.member(), "{\"enabled\": true}").status()).isEqualTo(200);
        assertThat(lab.membersSession().get("/api/v1/me").status()).isEqualTo(401);
        assertThat(logIn(lab.member()).get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aChangeThatChangesNothingLeavesTheSessionOpen() {
        Team lab = team(OrganizationKind.CUSTOMER, "Lab", Role.MANAGER);

        assertThat(change(lab.admin(), lab.member(), "{\"roles\": [\"MANAGER\"], \"enabled\": true}").status()).isEqualTo(200);

        assertThat(lab.membersSession().get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void anAdminWhoChangesTheirOwnRolesGetsTheAnswerAndThenLogsInAgain() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser dee = fixtures.user(lab, Role.ADMIN);
        ApiClient deesSession = logIn(dee);

        var changed = change(deesSession, dee, "{\"roles\": [\"ADMIN\", \"MANAGER\"]}");

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"ADMIN\",\"MANAGER\"]");
        assertThat(deesSession.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(roles(logIn(dee))).containsExactly("ADMIN", "MANAGER");
    }

    /** The caller's roles as {@code /api/v1/me} reports them, sorted. */
    private static List<String> roles(ApiClient client) {
        return client.get("/api/v1/me").json().get("roles").values().stream().map(JsonNode::asString).sorted().toList();
    }
}
