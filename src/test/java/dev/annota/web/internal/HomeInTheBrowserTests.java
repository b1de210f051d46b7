package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.notification.Notifications;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An annotator lands on their work, presses N and labels the most urgent project's task; the bell counts news. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class HomeInTheBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    Notifications notifications;

    @Test
    void anAnnotatorLandsOnTheirWorkAndNTakesTheMostUrgentProjectsTask() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project calm = fixtures.project(manager, 1, 600);
        fixtures.items(calm, manager, 2);
        Project urgent = fixtures.project(manager, 1, 600);
        fixtures.items(urgent, manager, 1);
        projects.changeSettings(fixtures.access(urgent, manager), null, null, null, 7, null);
        Project done = fixtures.project(manager, 1, 600);
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        notifications.notify(lab.id(), annotator.id(), "QUALIFICATION_PASSED", "You passed the qualification of a project.", null);

        try (BrowserSession session = BrowserSession.start(Files.createTempDirectory("home"), port)) {
            var browser = session.driver();
            session.logIn(annotator);
            var table = session.waitFor(By.id("my-projects"));
            assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(2);
            assertThat(table.findElement(By.cssSelector("tbody tr")).getText()).contains(urgent.name()).contains("7");
            assertThat(session.text(By.id("finished"))).contains("Finished for you (1)");
            assertThat(browser.findElement(By.id("finished")).getDomAttribute("open")).isNull();
            assertThat(session.text(By.id("bell-count"))).isEqualTo("1");
            session.screenshot("annotator-home");

            new Actions(browser).sendKeys("n").perform();
            session.await().until(ExpectedConditions.urlContains("/projects/" + urgent.id() + "/work"));
            session.waitFor(By.cssSelector("#task:not(.busy) #item-text"));
            assertThat(done.id()).isNotNull();

            session.click(By.id("bell"));
            session.waitFor(By.id("read-all"));
            session.click(By.id("read-all"));
            session.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("bell-count")));
        }
    }
}
