package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.audit.internal.AuditLog;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET/PUT/DELETE /api/v1/organizations/me/sso and its test, as the admin pages call them: an organization's admins
 * configure their OpenID Connect provider; bad input is a problem naming the field; the secret is sealed and never
 * shown; nobody else reads or changes it; each change is in the organization's access log.
 */
@ApiTest
class SingleSignOnApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final MockIdentityProvider provider = new MockIdentityProvider();

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;

    static String settings(String issuer, String secret, String domain, String role) {
        return """
                {"issuerUri": "%s", "clientId": "annota", %s "emailDomains": ["%s"], "defaultRole": "%s", "enabled": true}"""
                .formatted(issuer, secret == null ? "" : "\"clientSecret\": \"" + secret + "\",", domain, role);
    }

    static String domain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    @Test
    void anAdminConfiguresTestsAndRemovesSingleSignOnAndTheSecretIsSealedAndNeverShown() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        var adminUser = fixtures.user(lab, Role.ADMIN);
        ApiClient admin = fixtures.client(adminUser);
        String domain = domain("lab");
        assertThat(admin.get("/api/v1/organizations/me/sso").status()).isEqualTo(404);

        var saved = admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "s3cret-value", "@" + domain.toUpperCase(), "ANNOTATOR"));

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.text()).doesNotContain("s3cret-value");
        JsonNode shown = admin.get("/api/v1/organizations/me/sso").json();
        assertThat(shown.get("issuerUri").asString()).isEqualTo(provider.issuer().replaceAll("/$", ""));
        assertThat(shown.get("emailDomains").get(0).asString()).isEqualTo(domain);
        assertThat(shown.get("clientSecretSet").asBoolean()).isTrue();
        assertThat(shown.has("clientSecret")).isFalse();
        assertThat(shown.get("redirectPath").asString()).isEqualTo("/login/oauth2/code/" + lab.id());
        String stored = jdbc.sql("select client_secret from sso_configurations where tenant_id = ?").param(lab.id())
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret-value");

        // Left out, the secret is kept; the change of role is in the access log with the admin as actor.
        var changed = admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), null, domain, "REVIEWER"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(jdbc.sql("select client_secret from sso_configurations where tenant_id = ?").param(lab.id())
                .query(String.class).single()).isEqualTo(stored);

        var test = admin.postEmpty("/api/v1/organizations/me/sso/test").json();
        assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();
        assertThat(test.get("authorizationEndpoint").asString()).startsWith(provider.issuer().replaceAll("/$", ""));

        assertThat(admin.delete("/api/v1/organizations/me/sso").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/organizations/me/sso").status()).isEqualTo(404);

        var events = events(lab.id());
        var configured = events.stream().filter(e -> e.get("action").asString().equals(AuditEvent.SSO_CONFIGURE)).toList();
        assertThat(configured).hasSize(2);
        assertThat(configured.getLast().get("actor").asString()).isEqualTo(adminUser.id().toString());
        assertThat(configured.getLast().toString()).contains("REVIEWER", domain).doesNotContain("s3cret-value");
        assertThat(events).anyMatch(e -> e.get("action").asString().equals(AuditEvent.SSO_REMOVE));
    }

    @Test
    void badInputIsAProblemThatNamesTheField() {
        ApiClient admin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.ADMIN));
        String domain = domain("lab");

        assertField(admin.putJson("/api/v1/organizations/me/sso", settings("ftp://login.example.org", "x", domain, "ANNOTATOR")), 422, "issuerUri");
        assertField(admin.putJson("/api/v1/organizations/me/sso", settings("http://login.example.org", "x", domain, "ANNOTATOR")), 422, "issuerUri");
        assertField(admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", "not a domain", "ANNOTATOR")), 422, "emailDomains[0]");
        assertField(admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", domain, "ADMIN")), 422, "defaultRole");
        assertField(admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), null, domain, "ANNOTATOR")), 422, "clientSecret");
        assertField(admin.putJson("/api/v1/organizations/me/sso",
                settings(provider.issuer(), "x", domain, "ANNOTATOR").replace("\"annota\"", "\"\"")), 422, "clientId");
        assertField(admin.putJson("/api/v1/organizations/me/sso",
                settings(provider.issuer(), "x", domain, "ANNOTATOR").replace("\"emailDomains\": [\"" + domain + "\"]", "\"emailDomains\": []")),
                422, "emailDomains");
        assertThat(admin.get("/api/v1/organizations/me/sso").status()).isEqualTo(404);
    }

    @Test
    void onlyTheOrganizationsAdminsSeeOrChangeItAndADomainBelongsToOneOrganization() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        ApiClient admin = fixtures.client(fixtures.user(lab, Role.ADMIN));
        String domain = domain("lab");
        assertThat(admin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", domain, "ANNOTATOR")).status()).isEqualTo(200);
        ApiClient manager = fixtures.client(fixtures.user(lab, Role.MANAGER));
        ApiClient otherAdmin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.WORKFORCE, "Vendor"), Role.ADMIN));

        var refused = manager.get("/api/v1/organizations/me/sso");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(manager.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", domain("m"), "ANNOTATOR")).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/organizations/me/sso").status()).isEqualTo(403);
        assertThat(manager.postEmpty("/api/v1/organizations/me/sso/test").status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get("/api/v1/organizations/me/sso").status()).isEqualTo(401);
        assertThat(fixtures.anonymous().putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", domain, "ANNOTATOR")).status())
                .isIn(401, 403);

        // Another organization's admin sees their own (none), and cannot take the lab's domain.
        assertThat(otherAdmin.get("/api/v1/organizations/me/sso").status()).isEqualTo(404);
        assertField(otherAdmin.putJson("/api/v1/organizations/me/sso", settings(provider.issuer(), "x", domain, "ANNOTATOR")), 409, "emailDomains");
        assertThat(otherAdmin.delete("/api/v1/organizations/me/sso").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/organizations/me/sso").json().get("emailDomains").get(0).asString()).isEqualTo(domain);
    }

    @Test
    void theTestSaysInPlainWordsWhenNothingAnswersAtTheIssuer() {
        ApiClient admin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.ADMIN));
        assertThat(admin.putJson("/api/v1/organizations/me/sso", settings("http://127.0.0.1:1/nothing", "x", domain("lab"), "ANNOTATOR"))
                .status()).isEqualTo(200);

        var test = admin.postEmpty("/api/v1/organizations/me/sso/test").json();

        assertThat(test.get("ok").asBoolean()).isFalse();
        assertThat(test.get("problem").asString()).startsWith("Nothing answered at http://127.0.0.1:1/nothing");
    }

    private static void assertField(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private List<JsonNode> events(UUID org) {
        log.integrate(org);
        var lines = new ArrayList<JsonNode>();
        log.lines(org, 0, log.treeSize(org), line -> lines.add(JSON.readTree(line)));
        return lines;
    }
}
