package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A manager runs a project from its page in a real Chromium: changes the overlap, pauses it with a note (an
 * annotator's claim is refused with that note) and resumes it, archives and unarchives it, deletes it behind a
 * confirmation naming the grace period and restores it, then finds a deleted project in the "Deleted" list.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProjectLifeCycleInTheBrowserTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @TempDir Path temp;

    private BrowserSession session;

    @BeforeEach
    void startBrowser() throws IOException {
        session = BrowserSession.start(temp, port);
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aManagerPausesArchivesDeletesAndRestoresAProjectFromItsPage() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        var wait = session.await();
        session.logIn(manager);
        session.open("/projects/" + project.id());
        session.waitFor(By.id("project-name"));

        var overlap = session.waitFor(By.id("overlap"));
        overlap.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        session.click(By.id("save-overlap"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .meta"), "overlap 2"));

        session.waitFor(By.id("pause-note")).sendKeys("Guidelines under revision");
        session.click(By.id("pause-project"));
        assertThat(session.text(By.id("project-status"))).isEqualTo("Paused");
        assertThat(session.text(By.id("status-explained"))).contains("Guidelines under revision");
        ApiClient annotator = ApiClient.withToken(port, tokens.issue(fixtures.user(lab, Role.ANNOTATOR), "browser", 1).secret());
        var refused = annotator.post("/api/v1/projects/" + project.id() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(refused.json().get("detail").asString()).endsWith("Guidelines under revision");
        session.click(By.id("resume-project"));
        session.waitFor(By.id("pause-project"));
        assertThat(session.driver().findElements(By.id("project-status"))).isEmpty();

        session.click(By.id("archive-project"));
        session.click(By.id("confirm-archive"));
        assertThat(session.text(By.id("project-status"))).isEqualTo("Archived");
        assertThat(session.waitFor(By.id("save-overlap")).isEnabled()).isFalse();
        session.screenshot("project-archived");
        session.click(By.id("resume-project"));
        session.waitFor(By.id("pause-project"));

        session.click(By.id("delete-project"));
        assertThat(session.text(By.id("confirm-delete-text"))).contains("grace period", "restored");
        session.click(By.id("confirm-delete"));
        assertThat(session.text(By.id("project-deleted"))).contains("is deleted", "purged for good after");
        session.screenshot("project-deleted");
        assertThat(annotator.get("/api/v1/projects/" + project.id()).status()).isEqualTo(404);
        session.click(By.id("restore-project"));
        session.waitFor(By.id("progress-title"));
        assertThat(annotator.get("/api/v1/projects/" + project.id()).status()).isEqualTo(200);

        session.click(By.id("delete-project"));
        session.click(By.id("confirm-delete"));
        session.waitFor(By.id("project-deleted"));
        session.open("/");
        session.click(By.id("list-deleted"));
        session.click(By.id("restore-" + project.id()));
        session.click(By.id("list-current"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projects"), project.name()));
    }

    @Test
    void aManagerEditsAnUnlabeledItemAndDeletesSelectedItemsWithAReason() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        var wait = session.await();
        session.logIn(manager);
        session.open("/projects/" + project.id() + "/items");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items tbody tr[data-item]"), 3));

        session.click(By.cssSelector("#items tbody tr[data-item] .edit-item"));
        var record = session.waitFor(By.id("item-record"));
        assertThat(record.getDomProperty("value")).contains("\"text\": \"text 0\"");
        session.driver().executeScript("arguments[0].value = arguments[1]", record,
                "{\"external_id\": \"item-0\", \"data\": {\"text\": \"corrected\"}}");
        session.click(By.id("save-item"));
        assertThat(session.text(By.id("item-change-done"))).isEqualTo("Item saved.");

        var boxes = session.driver().findElements(By.cssSelector("#items .select-item"));
        boxes.get(1).click();
        boxes.get(2).click();
        assertThat(session.text(By.id("selected-count"))).isEqualTo("2 selected");
        session.waitFor(By.id("delete-reason")).sendKeys("imported twice");
        session.click(By.id("delete-selected"));
        assertThat(session.text(By.id("item-change-done"))).isEqualTo("2 items deleted with their answers.");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items tbody tr[data-item]"), 1));
        session.screenshot("items-deleted");
    }
}
