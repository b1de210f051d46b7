package dev.annota.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.work.QualitySettings;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The quality pages in a real Chromium: the manager's alerts and figures, the paused annotator's reason and misses. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class QualityPagesInTheBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Items items;
    @Autowired
    WorkQueue queue;
    @Autowired
    QualitySettingsStore settings;
    @Autowired
    JsonMapper json;
    @TempDir
    Path temp;

    private BrowserSession session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        session = BrowserSession.start(temp, port);
        browser = session.driver();
        wait = session.await();
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theManagerSeesThePausedAnnotatorAndTheAnnotatorSeesWhyAndTheItemsTheyMissed() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        CurrentUser careless = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser careful = fixtures.user(lab, Role.ANNOTATOR);
        Project project = fixtures.project(manager, 2, 600);
        items.importItems(fixtures.access(project, manager), new ByteArrayInputStream("""
                {"external_id": "g1", "data": {"text": "check one"}, "gold": {"label": "a"}}
                {"external_id": "n1", "data": {"text": "one"}}
                {"external_id": "g2", "data": {"text": "check two"}, "gold": {"label": "b"}}
                {"external_id": "n2", "data": {"text": "two"}}
                """.getBytes(StandardCharsets.UTF_8)));
        settings.change(fixtures.access(project, manager), new QualitySettings(1.0, 0, 0.0, 0.5, 2, null, null), true);
        for (CurrentUser who : List.of(careless, careful)) {
            var access = fixtures.access(project, who);
            for (int i = 0; i < 2; i++) { // the two gold items first (goldRate 1)
                var task = queue.next(access).orElseThrow();
                String right = task.data().get("text").asString().equals("check one") ? "a" : "b";
                queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"" + (who == careless ? "c" : right) + "\"}"), null);
            }
        }
        var access = fixtures.access(project, careful);
        for (int i = 0; i < 2; i++) {
            var task = queue.next(access).orElseThrow();
            queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        }

        session.logIn(manager);
        browser.get(session.url("/projects/" + project.id() + "/quality"));
        assertThat(session.waitFor(By.id("quality-alerts")).getText()).contains(careless.displayName()).contains("paused");
        WebElement annotators = session.waitFor(By.id("annotators"));
        assertThat(annotators.getText()).contains("0 / 2").contains("2 / 2");
        assertThat(session.waitFor(By.id("agreement")).getText()).contains("label");
        session.screenshot("quality-page");

        browser.manage().deleteAllCookies();
        session.logIn(careless);
        browser.get(session.url("/projects/" + project.id() + "/work"));
        assertThat(session.waitFor(By.cssSelector("p.error[role=alert]")).getText()).contains("You are paused on this project");
        browser.get(session.url("/projects/" + project.id() + "/quality/me"));
        assertThat(session.waitFor(By.id("my-status")).getText()).contains("paused");
        WebElement missed = session.waitFor(By.id("missed"));
        assertThat(missed.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(missed.getText()).contains("label: c").contains("label: a").contains("label: b");
        session.screenshot("my-quality-page");
    }
}
