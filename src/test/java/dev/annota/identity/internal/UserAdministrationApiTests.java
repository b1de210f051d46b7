package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** PATCH /api/v1/users/{userId} as the users page calls it: an organization's admins change roles and deactivate users, nobody else does. */
@ApiTest
class UserAdministrationApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Users users;

    @Test
    void anAdminsRoleChangeIsWhatTheApiReportsAndWhatTheUsersTokenCarries() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        ApiClient admin = fixtures.client(fixtures.user(lab, Role.ADMIN));
        CurrentUser ada = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient adasToken = fixtures.client(ada);

        var changed = admin.patchJson("/api/v1/users/" + ada.id(), "{\"roles\": [\"MANAGER\", \"REVIEWER\"]}");

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"MANAGER\",\"REVIEWER\"]");
        assertThat(users.find(ada.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.REVIEWER);
        assertThat(adasToken.get("/api/v1/me").json().get("roles").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("MANAGER", "REVIEWER");
    }

    @Test
    void aDeactivatedUserCanNeitherLogInNorUseTheirTokensWhichStayRevokedAfterReactivation() {
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        ApiClient admin = fixtures.client(fixtures.user(vendor, Role.ADMIN));
        CurrentUser ben = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient bensToken = fixtures.client(ben);

        assertThat(admin.patchJson("/api/v1/users/" + ben.id(), "{\"enabled\": false}").json().get("enabled").asBoolean()).isFalse();
        assertThat(bensToken.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(fixtures.anonymous().submitLogin(ben.email(), Fixtures.PASSWORD).header("Location").orElse("")).contains("error");

        assertThat(admin.patchJson("/api/v1/users/" + ben.id(), "{\"enabled\": true}").status()).isEqualTo(200);
        assertThat(bensToken.get("/api/v1/me").status()).isEqualTo(401);
        fixtures.loggedIn(ben);
    }

    @Test
    void aMemberWhoIsNoAdminIsRefusedAndAnAdminOfAnotherOrganizationFindsNoSuchUser() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser ada = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient manager = fixtures.client(fixtures.user(lab, Role.MANAGER));
        ApiClient otherAdmin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN));

        var refused = manager.patchJson("/api/v1/users/" + ada.id(), "{\"roles\": [\"ADMIN\"]}");
        var hidden = otherAdmin.patchJson("/api/v1/users/" + ada.id(), "{\"enabled\": false}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text()).doesNotContain(ada.email());
        var unchanged = users.find(ada.id()).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.ANNOTATOR);
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void theLastAdminCannotLockTheOrganizationOutAndEveryRefusalNamesTheField() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser self = fixtures.user(lab, Role.ADMIN);
        ApiClient admin = fixtures.client(self);
        CurrentUser ada = fixtures.user(lab, Role.ANNOTATOR);

        var demoted = admin.patchJson("/api/v1/users/" + self.id(), "{\"roles\": [\"MANAGER\"]}");
        var deactivated = admin.patchJson("/api/v1/users/" + self.id(), "{\"enabled\": false}");
        var noRoles = admin.patchJson("/api/v1/users/" + ada.id(), "{\"roles\": []}");
        var nothing = admin.patchJson("/api/v1/users/" + ada.id(), "{}");

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().get("field").asString()).isEqualTo("roles");
        assertThat(deactivated.status()).isEqualTo(409);
        assertThat(deactivated.json().get("field").asString()).isEqualTo("enabled");
        assertThat(noRoles.status()).isEqualTo(422);
        assertThat(noRoles.json().get("field").asString()).isEqualTo("roles");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(users.find(self.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(users.find(ada.id()).orElseThrow().roles()).containsExactly(Role.ANNOTATOR);
        // Keeping the admin role while adding another is the caller's own business.
        assertThat(admin.patchJson("/api/v1/users/" + self.id(), "{\"roles\": [\"ADMIN\", \"MANAGER\"]}").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }
}
