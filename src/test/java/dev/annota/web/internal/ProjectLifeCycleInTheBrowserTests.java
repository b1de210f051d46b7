package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A manager runs a project from its page in a real Chromium: changes the overlap, pauses it with a note (an
 * annotator's claim is refused with that note) and resumes it, archives and unarchives it, deletes it behind a
 * confirmation naming the grace period and restores it, then finds a deleted project in the "Deleted" list.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProjectLifeCycleInTheBrowserTests extends InTheBrowser {

    @Autowired Fixtures fixtures;

    /** A manager's project of three items, its page open in the browser where the manager is logged in. */
    private Fixtures.LabProject aManagerOnTheProjectPage(String page) throws IOException {
        var setup = fixtures.labProject("Lab", 1, 3);
        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id() + page);
        return setup;
    }

    @Test
    void aManagerPausesArchivesDeletesAndRestoresAProjectFromItsPage() throws IOException {
        var setup = aManagerOnTheProjectPage("");
        Project project = setup.project();
        session.waitFor(By.id("project-name"));

        var overlap = session.waitFor(By.id("overlap"));
        overlap.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        session.click(By.id("save-overlap"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .meta"), "overlap 2"));

        session.waitFor(By.id("pause-note")).sendKeys("Guidelines under revision");
        session.click(By.id("pause-project"));
        assertThat(session.text(By.id("project-status"))).isEqualTo("Paused");
        assertThat(session.text(By.id("status-explained"))).contains("Guidelines under revision");
        ApiClient annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        var refused = annotator.postEmpty("/api/v1/projects/" + project.id() + "/tasks/next");
        assertThat(refused.json().get("detail").asString()).endsWith("Guidelines under revision");
        session.click(By.id("resume-project"));
        session.waitFor(By.id("pause-project"));
        assertThat(browser.findElements(By.id("project-status"))).isEmpty();

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
        aManagerOnTheProjectPage("/items");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items tbody tr[data-item]"), 3));

        session.click(By.cssSelector("#items tbody tr[data-item] .edit-item"));
        var record = session.waitFor(By.id("item-record"));
        assertThat(record.getDomProperty("value")).contains("\"text\": \"text 0\"");
        browser.executeScript("arguments[0].value = arguments[1]", record,
                "{\"external_id\": \"item-0\", \"data\": {\"text\": \"corrected\"}}");
        session.click(By.id("save-item"));
        assertThat(session.text(By.id("item-change-done"))).isEqualTo("Item saved.");

        var boxes = browser.findElements(By.cssSelector("#items .select-item"));
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
