package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiTest;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on end to end: Chromium on the login page, "Continue with single sign-on", a real OpenID Connect
 * provider (mock-oauth2-server on a random port, no login form of its own: its token callback gives the email and
 * email_verified claims of the person), and back in Annota with a session, or on the login page with the refusal.
 */
@ApiTest
@BrowserTest
class SingleSignOnInTheBrowserTests extends InTheBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final MockIdentityProvider provider = new MockIdentityProvider();

    @Autowired
    Fixtures fixtures;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    /** An organization whose admin configured the provider for {@code domain}, accounts made as {@code role}. */
    private Organization configured(String domain, Role role) {
        Organization org = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        var saved = fixtures.client(fixtures.user(org, Role.ADMIN)).putJson("/api/v1/organizations/me/sso",
                SingleSignOnApiTests.settings(provider.issuer(), "secret", domain, role.name()));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        return org;
    }

    private void continueWithSingleSignOn(String email) {
        session.open("/login");
        session.waitFor(By.id("sso-email")).sendKeys(email);
        session.click(By.id("sso"));
    }

    private JsonNode me() {
        session.open("/api/v1/me");
        return JSON.readTree(browser.findElement(By.tagName("body")).getText());
    }

    /** Where the browser ended each test (its address and first lines), printed to read when one fails. */
    @org.junit.jupiter.api.AfterEach
    void showWhereTheBrowserIs() {
        if (browser != null) {
            System.out.println("Browser at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText().lines().limit(20).toList());
        }
    }

    @Test
    void aNewPersonOfTheDomainGetsAnAccountWithTheDefaultRoleAndAnExistingOneLogsIntoTheirOwn() throws Exception {
        String domain = SingleSignOnApiTests.domain("vendor");
        Organization vendor = configured(domain, Role.ANNOTATOR);

        provider.nextLoginIs("new.person@" + domain, true);
        continueWithSingleSignOn("new.person@" + domain);
        session.waitFor(By.cssSelector("annota-app .topbar"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu-button"), "Sam Single"));
        session.screenshot("sso-provisioned");
        JsonNode me = me();
        assertThat(me.get("email").asString()).isEqualTo("new.person@" + domain);
        assertThat(me.get("orgId").asString()).isEqualTo(vendor.id().toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"ANNOTATOR\"]");
        session.open("/");
        session.logOut();

        var existing = users.create(new NewUser(vendor.id(), "lead@" + domain, "Lea Lead", null, Set.of(Role.MANAGER)));
        provider.nextLoginIs("Lead@" + domain, true);
        continueWithSingleSignOn("lead@" + domain);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu-button"), "Lea Lead"));
        me = me();
        assertThat(me.get("id").asString()).isEqualTo(existing.id().toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(jdbc.sql("select count(*) from users where org_id = ? and email like ?").params(vendor.id(), "%@" + domain)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anUnverifiedEmailAndAnEmailOfAnotherOrganizationsDomainAreRefusedWithAPageThatSaysWhy() throws Exception {
        String domain = SingleSignOnApiTests.domain("vendor");
        String otherDomain = SingleSignOnApiTests.domain("other");
        configured(domain, Role.ANNOTATOR);
        Organization other = configured(otherDomain, Role.ANNOTATOR);

        provider.nextLoginIs("unverified@" + domain, false);
        continueWithSingleSignOn("unverified@" + domain);
        assertThat(session.text(By.id("sso-refused"))).contains("did not confirm that your email address is verified");
        assertThat(browser.getCurrentUrl()).contains("/login?sso=sso_unverified_email");
        session.screenshot("sso-refused");

        // The provider of the vendor's domain answers with an address of the other organization's domain.
        provider.nextLoginIs("someone@" + otherDomain, true);
        continueWithSingleSignOn("someone@" + domain);
        assertThat(session.text(By.id("sso-refused"))).contains("belongs to another organization");

        // An account of another organization whose email is of the vendor's domain is never attached to the vendor.
        users.create(new NewUser(other.id(), "moved@" + domain, "Mo Moved", null, Set.of(Role.ANNOTATOR)));
        provider.nextLoginIs("moved@" + domain, true);
        continueWithSingleSignOn("moved@" + domain);
        assertThat(session.text(By.id("sso-refused"))).contains("belongs to another organization");

        assertThat(jdbc.sql("select count(*) from users where email in (?, ?)").params("unverified@" + domain, "someone@" + otherDomain)
                .query(Integer.class).single()).isZero();
        session.open("/api/v1/me");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("401");
    }

    @Test
    void anAdminConfiguresAndTestsSingleSignOnOnTheAdministrationPage() throws Exception {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        var admin = fixtures.user(lab, Role.ADMIN);
        String domain = SingleSignOnApiTests.domain("lab");
        session.logIn(admin);
        session.click(By.id("nav-sso"));
        session.waitFor(By.id("sso-issuer")).sendKeys(provider.issuer());
        session.waitFor(By.id("sso-client-id")).sendKeys("annota");
        session.waitFor(By.id("sso-client-secret")).sendKeys("the-secret");
        session.waitFor(By.id("sso-domains")).sendKeys("not a domain");
        session.click(By.id("sso-save"));
        assertThat(session.text(By.id("sso-error"))).contains("email domain").contains("emailDomains[0]");

        session.waitFor(By.id("sso-domains")).clear();
        session.waitFor(By.id("sso-domains")).sendKeys(domain);
        new org.openqa.selenium.support.ui.Select(session.waitFor(By.id("sso-role"))).selectByValue("REVIEWER");
        session.click(By.id("sso-save"));
        assertThat(session.text(By.id("sso-message"))).contains("Saved");
        session.click(By.id("sso-test"));
        assertThat(session.text(By.id("sso-test-result"))).contains("discovery document is readable");
        session.screenshot("admin-sso");

        JsonNode stored = fixtures.client(admin).get("/api/v1/organizations/me/sso").json();
        assertThat(stored.get("emailDomains").get(0).asString()).isEqualTo(domain);
        assertThat(stored.get("defaultRole").asString()).isEqualTo("REVIEWER");
        assertThat(session.text(By.id("sso-redirect"))).endsWith("/login/oauth2/code/" + lab.id());
    }
}
