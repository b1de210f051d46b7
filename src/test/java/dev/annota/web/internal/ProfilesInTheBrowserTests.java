package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A vendor's annotator is told on their home which requirement of a project they miss, fills in their profile and
 * adds a licence; their lead verifies it on the People page; the project then opens to them, and the lab's manager
 * sees them on the project's People tab under a pseudonym.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProfilesInTheBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void anAnnotatorMeetsTheRequirementsThroughTheirProfileAndTheirLeadsVerification() throws IOException {
        var lab = fixtures.labProject("Lab", 1, 2);
        Organization vendor = fixtures.engagedVendor(lab);
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        CurrentUser lead = fixtures.user(vendor, Role.MANAGER);
        assertThat(fixtures.client(lab.manager()).putJson("/api/v1/projects/" + lab.project().id() + "/requirements",
                "{\"skills\":[\"chemistry\"],\"credentials\":[{\"kind\":\"licence\"}]}").status()).isEqualTo(200);

        try (BrowserSession session = BrowserSession.start(Files.createTempDirectory("profiles"), port)) {
            session.logIn(annotator);
            assertThat(session.text(By.cssSelector("#my-projects .not-eligible")))
                    .contains("This project requires the skill \u201cchemistry\u201d, which your profile does not list.");
            session.click(By.cssSelector("#my-projects .not-eligible a"));
            session.waitFor(By.id("profile-form"));
            session.waitFor(By.id("profile-skills")).sendKeys("Chemistry, organic synthesis");
            session.waitFor(By.id("profile-timeZone")).sendKeys("Europe/Berlin");
            session.waitFor(By.id("profile-hours-MONDAY")).sendKeys("9-12, 13-17");
            session.click(By.id("profile-save"));
            session.waitFor(By.id("profile-saved"));
            session.waitFor(By.id("credential-kind")).sendKeys("licence");
            session.waitFor(By.id("credential-title")).sendKeys("Chemical safety licence");
            session.click(By.id("credential-add"));
            assertThat(session.text(By.id("credentials"))).contains("Chemical safety licence", "not verified");
            session.screenshot("my-profile");
            session.open("/home");
            assertThat(session.text(By.cssSelector("#my-projects .not-eligible")))
                    .contains("This project requires a verified licence, which your profile does not have.");
            session.logOut();

            session.logIn(lead);
            session.click(By.id("nav-people"));
            session.click(By.cssSelector("#people button.verify"));
            session.waitFor(By.cssSelector(".verify-form input[name=note]")).sendKeys("Licence register checked");
            session.click(By.cssSelector(".verify-form button[type=submit]"));
            session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "Licence register checked"));
            session.screenshot("people");
            session.logOut();

            session.logIn(annotator);
            session.waitFor(By.cssSelector("#my-projects a[href='/projects/" + lab.project().id() + "/work']"));
            session.logOut();

            session.logIn(lab.manager());
            session.open("/projects/" + lab.project().id() + "/people");
            String list = session.text(By.id("project-annotators"));
            assertThat(list).contains(Pseudonyms.of(lab.lab().id(), annotator.id()), "chemistry", "Chemical safety licence", "meets them")
                    .doesNotContain(annotator.email());
            assertThat(session.driver().findElement(By.id("req-skills")).getDomProperty("value")).isEqualTo("chemistry");
            session.screenshot("project-people");
            assertThat(session.consoleProblems()).isEmpty();
        }
    }
}
