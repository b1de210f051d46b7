package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.annota.audit.AuditCommand;
import dev.annota.crypto.KeyStatus;
import dev.annota.crypto.TenantKeys;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The administration pages and the annotator's affiliations page in a real Chromium. Each test drives a page as the
 * role it is for and checks the effect where it lands: through the REST API, the database, or the offline verifier.
 * One screenshot per page goes to target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AdminPagesInTheBrowserTests extends InTheBrowser {

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;
    @Autowired WorkQueue queue;
    @Autowired TenantKeys keys;
    @Autowired JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private void type(String id, String text) {
        WebElement input = session.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void theOperatorCreatesACustomerWithItsFirstAdminAndPutsItInAConflictClass() throws IOException {
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        String name = unique("Frontier Lab");
        String email = "first-admin-" + UUID.randomUUID() + "@lab.example";

        session.logIn(operator);
        session.click(By.id("nav-organizations"));
        new Select(session.waitFor(By.id("kind"))).selectByValue("CUSTOMER");
        type("orgName", name);
        type("adminName", "Grace First");
        type("adminEmail", email);
        assertThat(session.driver().findElements(By.id("adminPassword"))).as("the operator chooses no password").isEmpty();
        session.click(By.id("create-org"));
        assertThat(session.text(By.id("org-created"))).contains(name);
        assertThat(session.text(By.id("setup-link-notice"))).contains(email);
        String link = session.waitFor(By.id("setup-link")).getDomProperty("value");
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("org-table"), name));

        Organization created = organizations.findByName(name).orElseThrow();
        assertThat(created.kind()).isEqualTo(OrganizationKind.CUSTOMER);
        assertThat(ApiClient.setPassword(port, link, "a long first password").status()).isEqualTo(200);
        JsonNode me = ApiClient.loggedIn(port, email, "a long first password").get("/api/v1/me").json();
        assertThat(me.get("orgId").asString()).isEqualTo(created.id().toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"ADMIN\"]");

        String className = unique("frontier labs");
        type("className", className);
        session.click(By.id("create-class"));
        String card = ".conflict-class[data-class='" + className + "']";
        new Select(session.waitFor(By.cssSelector(card + " select.add-member"))).selectByVisibleText(name);
        session.click(By.cssSelector(card + " .add-member-button"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".conflict-class[data-class='" + className + "'] ul.plain"), name));
        assertThat(jdbc.sql("""
                        select count(*) from conflict_class_members m join conflict_classes c on c.id = m.class_id
                        where c.name = ? and m.org_id = ?""").params(className, created.id()).query(Integer.class).single())
                .isEqualTo(1);
        ((JavascriptExecutor) session.driver()).executeScript("window.scrollTo(0, 0)");
        session.screenshot("admin-organizations");
    }

    @Test
    void anAdminAddsAUserChangesTheirRolesAndDeactivatesThem() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        String email = "new-user-" + UUID.randomUUID() + "@lab.example";
        String password = "the new user's password";

        session.logIn(admin);
        session.click(By.id("nav-users"));
        type("displayName", "Ada Newcomer");
        type("email", email);
        session.click(By.id("new-role-ANNOTATOR")); // checked by default: now off
        session.click(By.id("new-role-REVIEWER"));
        session.click(By.id("add-user"));
        String rowCss = "tr[data-email='" + email + "']";
        By row = By.cssSelector(rowCss);
        session.waitFor(row);
        assertThat(roles(fixtures.client(admin), email)).isEqualTo("[\"REVIEWER\"]");
        assertThat(ApiClient.setPassword(port, session.waitFor(By.id("setup-link")).getDomProperty("value"), password).status())
                .isEqualTo(200);

        ApiClient newUser = ApiClient.loggedIn(port, email, password);
        assertThat(newUser.get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"REVIEWER\"]");

        session.click(By.cssSelector(rowCss + " input[data-role='MANAGER']"));
        session.click(By.cssSelector(rowCss + " input[data-role='REVIEWER']"));
        session.click(By.cssSelector(rowCss + " button.save-roles"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-email='" + email + "'] .row-message"), "manager"));
        assertThat(roles(fixtures.client(admin), email)).isEqualTo("[\"MANAGER\"]");
        // Logging in again brings the new role.
        assertThat(ApiClient.loggedIn(port, email, password).get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        session.screenshot("admin-users");

        session.click(By.cssSelector(rowCss + " button.deactivate"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-email='" + email + "']"), "deactivated"));
        JsonNode listed = user(fixtures.client(admin), email);
        assertThat(listed.get("enabled").asBoolean()).isFalse();
        assertThat(fixtures.anonymous().submitLogin(email, password).header("Location").orElse("")).contains("error");
        assertThat(newUser.get("/api/v1/me").status()).as("the deactivated user's session ended").isEqualTo(401);
        // An admin cannot lock themselves out: their own row offers no deactivation.
        assertThat(session.driver().findElement(By.cssSelector("tr[data-email='" + admin.email() + "']"))
                .findElements(By.cssSelector("button.deactivate"))).isEmpty();
    }

    @Test
    void anInvitedUserOpensTheSetupLinkChoosesAPasswordLogsInAndChangesItInTheUserMenu() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        String email = "invited-" + UUID.randomUUID() + "@lab.example";

        session.logIn(admin);
        session.click(By.id("nav-users"));
        type("displayName", "Ivy Invited");
        type("email", email);
        session.click(By.id("add-user"));
        assertThat(session.text(By.id("setup-link-notice"))).contains(email).contains("only now");
        String link = session.waitFor(By.id("setup-link")).getDomProperty("value");
        session.click(By.id("copy-setup-link")); // headless Chromium may refuse the clipboard: the button says what to do
        session.await().until(d -> !d.findElement(By.id("copy-setup-link")).getText().equals("Copy"));
        session.screenshot("admin-users-setup-link");
        session.logOut();

        // The invited person opens the link: the page takes the secret from the fragment and out of the address bar.
        session.driver().get(link);
        session.waitFor(By.id("password"));
        session.await().until(d -> !d.getCurrentUrl().contains("#"));
        type("password", "password1234"); // long enough for the form's minlength; the server's list refuses it
        type("repeat", "password1234");
        session.click(By.id("set-password"));
        assertThat(session.text(By.cssSelector("p.error"))).contains("common or breached");
        type("password", "ivy chooses her own words");
        type("repeat", "ivy chooses her own words");
        session.screenshot("setup-password");
        session.click(By.id("set-password"));
        assertThat(session.text(By.cssSelector("p.info"))).contains("password is set");
        session.logInHere(email, "ivy chooses her own words", "Ivy Invited");

        session.click(By.id("user-menu-button"));
        session.click(By.id("menu-password"));
        type("currentPassword", "ivy chooses her own words");
        type("newPassword", "password1234");
        type("repeatPassword", "password1234");
        session.click(By.id("change-password"));
        assertThat(session.text(By.id("password-error"))).contains("common or breached");
        type("newPassword", "ivy changed her mind today");
        type("repeatPassword", "ivy changed her mind today");
        session.click(By.id("change-password"));
        assertThat(session.text(By.id("password-changed"))).contains("changed");
        session.screenshot("my-password");

        assertThat(fixtures.anonymous().submitLogin(email, "ivy chooses her own words").header("Location").orElse(""))
                .endsWith("/login?error");
        assertThat(ApiClient.loggedIn(port, email, "ivy changed her mind today").get("/api/v1/me").json()
                .get("displayName").asString()).isEqualTo("Ivy Invited");
    }

    @Test
    void aVendorAdminManagesTheWorkforcesUsersAndSeesNoCustomerPages() {
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser admin = fixtures.user(vendor, Role.ADMIN);
        String email = "annotator-" + UUID.randomUUID() + "@vendor.example";

        session.logIn(admin);
        assertThat(session.driver().findElements(By.cssSelector("nav[aria-label='Main'] a[id^='nav-']")))
                .extracting(WebElement::getText).containsExactly("People", "Users", "Single sign-on");
        session.click(By.id("nav-users"));
        type("displayName", "Vera Vendor");
        type("email", email);
        session.click(By.id("add-user"));
        session.waitFor(By.cssSelector("tr[data-email='" + email + "']"));
        JsonNode added = user(fixtures.client(admin), email);
        assertThat(added.get("orgId").asString()).isEqualTo(vendor.id().toString());
        assertThat(added.get("roles").toString()).isEqualTo("[\"ANNOTATOR\"]");
    }

    @Test
    void anAdminRotatesTheKeyWatchesTheReencryptionAndShredsBehindTheTypedName() throws IOException {
        var setup = fixtures.labProject("Lab", 1, 5);
        Organization lab = setup.lab();
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        KeyStatus before = keys.status(lab.id());

        session.logIn(admin);
        session.click(By.id("nav-keys"));
        session.await().until(ExpectedConditions.textToBe(By.id("primary-key"), String.valueOf(before.primaryKeyId())));
        session.click(By.id("rotate"));
        session.await().until(d -> !d.findElement(By.id("primary-key")).getText().equals(String.valueOf(before.primaryKeyId())));
        KeyStatus rotated = keys.status(lab.id());
        assertThat(rotated.primaryKeyId()).isNotEqualTo(before.primaryKeyId());
        assertThat(session.text(By.id("primary-key"))).isEqualTo(String.valueOf(rotated.primaryKeyId()));
        assertThat(rotated.version()).isEqualTo(before.version() + 1);
        assertThat(session.text(By.cssSelector("#rotations tbody tr")))
                .contains("v" + rotated.version()).contains("running");

        keys.reencryptNow(Duration.ofSeconds(10)); // the page polls while the job runs
        By done = By.cssSelector("#rotations tr[data-state='DONE']");
        session.waitFor(done);
        assertThat(session.driver().findElement(done).findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("100");
        // 5 payloads, and the project's name, guidelines, guidelines version and schema.
        assertThat(session.driver().findElement(done).getText()).contains("9 re-encrypted");
        session.screenshot("admin-keys");

        WebElement shred = session.waitFor(By.id("shred"));
        type("confirm-name", lab.name().substring(0, lab.name().length() - 1));
        assertThat(shred.isEnabled()).isFalse();
        type("confirm-name", lab.name());
        session.await().until(ExpectedConditions.elementToBeClickable(By.id("shred")));
        session.click(By.id("shred"));
        session.await().until(ExpectedConditions.textToBe(By.id("key-state"), "shredded"));
        assertThat(keys.status(lab.id()).state()).isEqualTo("SHREDDED");
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        assertThat(fixtures.client(annotator).post(setup.base() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(410);
    }

    @Test
    void anAdminDeletesTheOrganizationBehindTheTypedNameAndIsShownItsFinalCheckpoint() throws IOException {
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization lab = setup.lab();
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        var managersApi = fixtures.client(setup.manager());
        assertThat(managersApi.get(setup.base()).status()).isEqualTo(200);

        session.logIn(admin);
        session.click(By.id("nav-keys"));
        WebElement delete = session.waitFor(By.id("delete-organization"));
        type("delete-name", lab.name() + " ");
        type("delete-name", lab.name().toLowerCase());
        assertThat(delete.isEnabled()).isFalse();
        type("delete-name", lab.name());
        session.await().until(ExpectedConditions.elementToBeClickable(By.id("delete-organization")));
        session.click(By.id("delete-organization"));

        session.waitFor(By.id("organization-deleted"));
        assertThat(session.text(By.id("final-checkpoint"))).contains(lab.id().toString());
        assertThat(Integer.parseInt(session.text(By.id("deleted-users")))).isEqualTo(2);
        assertThat(Long.parseLong(session.text(By.id("deleted-rows")))).isPositive();
        session.screenshot("admin-organization-deleted");
        // Gone through the API too: the manager's token no longer authenticates, the project is not found.
        assertThat(managersApi.get(setup.base()).status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from organizations where id = ?").param(lab.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdminSetsUpTheWallsAndAnAnnotatorsDeclaredAffiliationMakesTheirClaimRefused() throws IOException {
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        String className = unique("frontier labs");
        assertThat(fixtures.client(operator).postJson("/api/v1/conflict-classes", "{\"name\":\"" + className + "\"}").status()).isEqualTo(201);
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization lab = setup.lab();
        Organization rival = fixtures.organization(OrganizationKind.CUSTOMER, "Rival");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        Organization vendor = fixtures.engagedVendor(setup);
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        CurrentUser colleague = fixtures.user(vendor, Role.ANNOTATOR);

        session.logIn(admin);
        session.click(By.id("nav-walls"));
        By classRow = By.cssSelector("#classes li[data-class='" + className + "']");
        session.click(By.cssSelector("#classes li[data-class='" + className + "'] button.membership"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(classRow, "member"));
        assertThat(jdbc.sql("select count(*) from conflict_class_members m join conflict_classes c on c.id = m.class_id where c.name = ? and m.org_id = ?")
                .params(className, lab.id()).query(Integer.class).single()).isEqualTo(1);

        type("competitorId", rival.id().toString());
        session.click(By.id("declare-competitor"));
        assertThat(session.text(By.cssSelector("li[data-competitor='" + rival.id() + "']"))).contains(rival.name());

        session.click(By.id("forever"));
        type("coolingOffDays", "30");
        session.click(By.id("save-policy"));
        assertThat(session.text(By.id("policy-message"))).contains("30 days");

        type("employer", "Acme Corp");
        session.click(By.id("exclude"));
        session.waitFor(By.cssSelector("li[data-employer='Acme Corp']"));
        ApiClient adminApi = fixtures.client(admin);
        assertThat(adminApi.get("/api/v1/organizations/me/competitors").text()).contains(rival.id().toString());
        assertThat(adminApi.get("/api/v1/organizations/me/wall-policy").json().get("coolingOffDays").asInt()).isEqualTo(30);
        assertThat(adminApi.get("/api/v1/organizations/me/excluded-affiliations").text()).contains("Acme Corp");
        session.screenshot("admin-walls");

        session.logOut();
        session.logIn(annotator);
        session.click(By.id("user-menu-button"));
        session.click(By.id("menu-affiliations"));
        type("employer", "  acme   CORP ");
        ((JavascriptExecutor) session.driver()).executeScript("arguments[0].value = '2023-04-01'", session.waitFor(By.id("startedOn")));
        session.click(By.id("declare"));
        assertThat(session.text(By.cssSelector("#affiliations tbody tr"))).contains("acme CORP").contains("2023-04-01").contains("now");
        JsonNode declared = fixtures.client(annotator).get("/api/v1/me/affiliations").json().get(0);
        assertThat(declared.get("employer").asString()).isEqualTo("acme   CORP");
        assertThat(declared.get("startedOn").asString()).isEqualTo("2023-04-01");
        session.screenshot("my-affiliations");

        String next = setup.base() + "/tasks/next";
        assertThat(fixtures.client(colleague).post(next, "application/json", HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(200);
        ApiClient.Response refused = fixtures.client(annotator).post(next, "application/json", HttpRequest.BodyPublishers.noBody());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain("Acme").doesNotContain(lab.name());
        assertThat(fixtures.client(setup.manager()).get(setup.base() + "/wall-refusals").text()).contains(annotator.id().toString());
    }

    @Test
    void aManagerDownloadsTheAccessLogAndTheCommandOnThePageVerifiesIt() throws IOException {
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(setup);
        ApiClient api = fixtures.client(setup.manager());
        queue.next(fixtures.access(setup.project(), fixtures.user(vendor, Role.ANNOTATOR))).orElseThrow();
        // A checkpoint the customer keeps for the consistency check (the log also holds administrative acts: count, don't guess).
        String kept = api.post("/api/v1/audit/checkpoint", "application/json", HttpRequest.BodyPublishers.noBody()).text();
        String keptSize = kept.split("\n")[1];
        queue.next(fixtures.access(setup.project(), fixtures.user(vendor, Role.ANNOTATOR))).orElseThrow();

        session.logIn(setup.manager());
        session.click(By.id("nav-access-log"));
        session.click(By.id("publish"));
        session.await().until(d -> !d.findElement(By.id("tree-size")).getText().equals(keptSize));
        String size = session.text(By.id("tree-size"));
        assertThat(Long.parseLong(size)).isGreaterThan(Long.parseLong(keptSize));
        assertThat(session.text(By.id("verify-command")))
                .isEqualTo("java -jar annota.jar audit verify --public-key key.pem --events events.jsonl --checkpoint checkpoint.txt");
        assertThat(session.text(By.id("no-verifier"))).as("the tests run from classes, as a source build")
                .contains("./mvnw package");
        assertThat(session.text(By.id("checkpoint"))).startsWith(session.text(By.id("origin")) + "\n" + size + "\n");

        // What the three download links give, saved under the names the links and the command use.
        Path dir = Files.createDirectory(temp.resolve("download"));
        Path key = save(api, dir, "download-key");
        Path checkpoint = save(api, dir, "download-checkpoint");
        Path events = save(api, dir, "download-events");
        assertThat(List.of(key, checkpoint, events)).extracting(p -> p.getFileName().toString())
                .containsExactly("key.pem", "checkpoint.txt", "events.jsonl");
        assertThat(Files.readAllLines(events)).hasSize(Integer.parseInt(size));
        assertThat(verify("--public-key", key.toString(), "--events", events.toString(), "--checkpoint", checkpoint.toString())).isZero();

        type("index", "1");
        session.click(By.id("prove-inclusion"));
        assertThat(session.text(By.id("inclusion-proof"))).contains("\"leaf_index\": 1").contains("\"tree_size\": " + size);

        type("oldSize", keptSize);
        session.click(By.id("prove-consistency"));
        session.waitFor(By.id("consistency-proof"));
        Path proof = save(api, dir, "download-consistency");
        Path old = save(api, dir, "download-old-checkpoint");
        assertThat(session.text(By.id("consistency-command"))).contains("--old-checkpoint old.txt --consistency-proof proof.json");
        assertThat(verify("--public-key", key.toString(), "--events", events.toString(), "--checkpoint", checkpoint.toString(),
                "--old-checkpoint", old.toString(), "--consistency-proof", proof.toString())).isZero();
        session.screenshot("admin-access-log");

        // The same command fails on an edited event: the check is not a formality.
        Files.writeString(events, Files.readString(events).replaceFirst("\"", "\" "));
        assertThat(verify("--public-key", key.toString(), "--events", events.toString(), "--checkpoint", checkpoint.toString())).isEqualTo(1);
    }

    @Autowired dev.annota.audit.internal.AuditLog auditLog;

    @Test
    void theAccessLogPageShowsAnIntegrityAlarmWhenTheServerRefusedToSignARewrittenHistory() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        fixtures.client(manager); // issuing its token is an act in the log
        long size = auditLog.integrate(lab.id()).size();
        assertThat(size).isPositive();
        // The head's frontier replaced in the database (the embedded database has no triggers): the signed root no
        // longer matches it, and the signer refuses.
        byte[] frontier = jdbc.sql("select frontier from audit_heads where tenant_id = ?").param(lab.id()).query(byte[].class).single();
        new java.security.SecureRandom().nextBytes(frontier);
        jdbc.sql("update audit_heads set frontier = ? where tenant_id = ?").params(frontier, lab.id()).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> auditLog.integrate(lab.id())).hasMessageContaining("REWRITTEN");

        session.logIn(manager);
        session.click(By.id("nav-access-log"));
        assertThat(session.text(By.id("integrity-alarm"))).contains("Integrity alarm", "REWRITTEN", "size " + size);
        // The last checkpoint the server did sign is still shown.
        assertThat(session.text(By.id("tree-size"))).isEqualTo(Long.toString(size));
        session.screenshot("admin-access-log-alarm");
    }

    @Test
    void eachRoleSeesTheAdministrationPagesItMayUseAndTheServerRefusesTheOthers() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        Organization operatorOrg = fixtures.organization(OrganizationKind.OPERATOR, "Operator");

        assertThat(navFor(fixtures.user(lab, Role.ADMIN))).containsExactly("People", "Users", "Single sign-on", "Keys", "Conflict walls", "Access log");
        session.open("/admin");
        assertThat(session.text(By.id("admin-index"))).contains("Users").contains("Keys").contains("Access log");
        session.screenshot("admin-index");
        session.logOut();
        assertThat(navFor(fixtures.user(lab, Role.MANAGER))).containsExactly("People", "Access log");
        session.logOut();
        assertThat(navFor(fixtures.user(operatorOrg, Role.ADMIN))).containsExactly("Organizations", "Users", "Single sign-on");
        session.logOut();
        assertThat(navFor(fixtures.user(vendor, Role.ANNOTATOR))).isEmpty();
        // The link is hidden, and the page's calls are refused by the server all the same.
        session.open("/admin/users");
        assertThat(session.text(By.id("page-error"))).contains("Only admins and managers");
        session.open("/admin/keys");
        assertThat(session.text(By.id("page-error"))).contains("Only the organization's admins");
    }

    private List<String> navFor(CurrentUser user) {
        session.logIn(user);
        return session.driver().findElements(By.cssSelector("nav[aria-label='Main'] a[id^='nav-']")).stream().map(WebElement::getText).toList();
    }

    private JsonNode user(ApiClient admin, String email) {
        for (JsonNode u : admin.get("/api/v1/users").json()) {
            if (u.get("email").asString().equals(email)) {
                return u;
            }
        }
        throw new AssertionError("No user " + email);
    }

    private String roles(ApiClient admin, String email) {
        return user(admin, email).get("roles").toString();
    }

    /** Fetches what a download link points at, as the logged-in browser would, into a file named by its download attribute. */
    private Path save(ApiClient api, Path dir, String linkId) throws IOException {
        WebElement link = session.waitFor(By.id(linkId));
        var response = api.get(link.getDomAttribute("href"));
        assertThat(response.status()).as(linkId).isEqualTo(200);
        return Files.write(dir.resolve(link.getDomAttribute("download")), response.body());
    }

    private static int verify(String... options) {
        var out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = "verify";
        System.arraycopy(options, 0, args, 1, options.length);
        return AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
