package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Single sign-on on PostgreSQL, as the application role without BYPASSRLS: the configuration is a tenant row (seen only
 * in its organization's transaction), the secret is stored sealed, the domains are found before any tenant is known,
 * and a login provisions or refuses as on H2. (The provider's round trip is SingleSignOnInTheBrowserTests'.)
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"annota.login.max-failures=3", "annota.login.address-max-failures=2", "annota.login.lock-seconds=8"})
@Import(Fixtures.class)
class SingleSignOnPostgresTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantScope tenants;
    @Autowired
    SsoLogins logins;
    @Autowired
    Users users;

    @Test
    void theConfigurationIsATenantRowWithASealedSecretAndALoginProvisionsOnlyInItsOrganization() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        Organization other = fixtures.organization(OrganizationKind.CUSTOMER, "Other");
        ApiClient admin = fixtures.client(fixtures.user(lab, Role.ADMIN));
        String domain = SingleSignOnApiTests.domain("lab");
        String otherDomain = SingleSignOnApiTests.domain("other");

        var saved = admin.putJson("/api/v1/organizations/me/sso",
                SingleSignOnApiTests.settings("https://login.example.org/realms/lab", "pg-secret", domain, "REVIEWER"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(fixtures.client(fixtures.user(other, Role.ADMIN)).putJson("/api/v1/organizations/me/sso",
                SingleSignOnApiTests.settings("https://login.example.org/realms/other", "x", otherDomain, "ANNOTATOR")).status())
                .isEqualTo(200);
        assertThat(admin.get("/api/v1/organizations/me/sso").json().get("defaultRole").asString()).isEqualTo("REVIEWER");

        // Without the organization's tenant the row is invisible; in its transaction it is there, sealed.
        assertThat(jdbc.sql("select count(*) from sso_configurations where tenant_id = ?").param(lab.id())
                .query(Integer.class).single()).isZero();
        String stored = tenants.read(lab.id(), () -> jdbc.sql("select client_secret from sso_configurations where tenant_id = ?")
                .param(lab.id()).query(String.class).single());
        assertThat(stored).startsWith("v1:").doesNotContain("pg-secret");

        var created = logins.accountFor(lab.id(), "New.Person@" + domain, "New Person");
        assertThat(created.orgId()).isEqualTo(lab.id());
        assertThat(created.roles()).containsExactly(Role.REVIEWER);
        assertThat(users.find(created.id()).orElseThrow().email()).isEqualTo("new.person@" + domain);
        assertThat(logins.accountFor(lab.id(), "new.person@" + domain, null).id()).isEqualTo(created.id());

        assertThatThrownBy(() -> logins.accountFor(lab.id(), "someone@" + otherDomain, null))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode()).isEqualTo(SsoLogins.OTHER_ORGANIZATION);
        assertThat(jdbc.sql("select count(*) from users where email = ?").param("someone@" + otherDomain)
                .query(Integer.class).single()).isZero();

        assertThat(admin.delete("/api/v1/organizations/me/sso").status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from sso_domains where org_id = ?").param(lab.id()).query(Integer.class).single()).isZero();
    }
}
