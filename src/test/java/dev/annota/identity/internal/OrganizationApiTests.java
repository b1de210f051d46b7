package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the operator creates organizations, each with its first admin (PRODUCT.md: users and roles). */
@ApiTest
class OrganizationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;

    private static String request(String name, String email) {
        return """
                {"kind": "CUSTOMER", "name": "%s",
                 "admin": {"email": "%s", "displayName": "First Admin"}}"""
                .formatted(name, email);
    }

    @Test
    void theOperatorCreatesAnOrganizationWhoseFirstAdminChoosesTheirPasswordWithTheSetupLinkAndLogsIn() {
        var operator = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN));
        String name = "New Lab " + UUID.randomUUID();
        String email = "first-admin-" + UUID.randomUUID() + "@lab.example";

        var created = operator.postJson("/api/v1/organizations", request(name, email));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("organization").get("kind").asString()).isEqualTo("CUSTOMER");
        assertThat(created.text()).doesNotContain("password\"").doesNotContain("argon2");
        String link = created.json().get("admin").get("setupLink").asString();
        assertThat(link).matches("http://localhost:\\d+/setup-password#[A-Za-z0-9_-]{43}");
        assertThat(fixtures.anonymous().submitLogin(email, "").header("Location").orElse("")).endsWith("/login?error");

        assertThat(ApiClient.setPassword(port, link, "the admin's own password").status()).isEqualTo(200);
        var admin = ApiClient.loggedIn(port, email, "the admin's own password");
        var me = admin.get("/api/v1/me").json();
        assertThat(me.get("orgName").asString()).isEqualTo(name);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("ADMIN");
    }

    @Test
    void theOperatorReissuesAnUnusedFirstAdminLinkButCannotResetAPasswordTheAdminChose() {
        var operator = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN));
        String email = "first-admin-" + UUID.randomUUID() + "@lab.example";
        var created = operator.postJson("/api/v1/organizations", request("Lab " + UUID.randomUUID(), email)).json();
        String adminId = created.get("admin").get("id").asString();
        String reset = "/api/v1/users/" + adminId + "/password-reset";

        var fresh = operator.post(reset, "application/json", java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(201);
        assertThat(ApiClient.setPassword(port, created.get("admin").get("setupLink").asString(), "too late for this")
                .status()).as("the first link was replaced").isEqualTo(422);
        assertThat(ApiClient.setPassword(port, fresh.json().get("setupLink").asString(), "the admin's own choice")
                .status()).isEqualTo(200);

        var refused = operator.post(reset, "application/json", java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(refused.status()).isEqualTo(409);
        ApiClient.loggedIn(port, email, "the admin's own choice");
    }

    @Test
    void theOperatorCannotChooseTheFirstAdminsPassword() {
        var operator = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN));
        String name = "Lab " + UUID.randomUUID();

        var refused = operator.postJson("/api/v1/organizations", request(name, "x-" + UUID.randomUUID() + "@x.example")
                .replace("\"First Admin\"", "\"First Admin\", \"password\": \"the operator's choice\""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("admin.password");
        assertThat(refused.json().get("detail").asString()).contains("setup link");
        assertThat(organizations.findByName(name)).isEmpty();
    }

    @Test
    void aCustomerAdminMayNotCreateOrganizations() {
        var admin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.ADMIN));
        String name = "Rogue Lab " + UUID.randomUUID();

        var refused = admin.postJson("/api/v1/organizations", request(name, "rogue-" + UUID.randomUUID() + "@lab.example"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(organizations.findByName(name)).isEmpty();
    }

    @Test
    void theOperatorMayNotCreateASecondOperatorOrganization() {
        var operator = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN));
        var refused = operator.postJson("/api/v1/organizations", request("Op " + UUID.randomUUID(), "x-" + UUID.randomUUID() + "@x.example")
                .replace("CUSTOMER", "OPERATOR"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("kind");
    }
}
