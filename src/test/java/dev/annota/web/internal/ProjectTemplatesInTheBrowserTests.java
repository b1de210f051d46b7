package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.schema.SchemaTemplate;
import dev.annota.schema.SchemaTemplates;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * "New project" builds every task type from the template gallery, the schema help is a page of the app, an older
 * schema version is shown read-only, and the guidelines are edited, versioned and compared. Screenshots go to
 * target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProjectTemplatesInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    JsonMapper json;

    private CurrentUser manager;

    @BeforeEach
    void aManagerLoggedIn() throws IOException {
        manager = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        session.logIn(manager);
    }

    @Test
    void aManagerCreatesAProjectOfEveryTemplateFromTheGallery() throws IOException {
        for (SchemaTemplate template : SchemaTemplates.all()) {
            session.open("/projects/new");
            session.click(By.id("template-" + template.id()));
            assertThat(session.waitFor(By.id("template-task-type")).getText()).isEqualTo(template.taskType().id());
            WebElement schema = session.waitFor(By.id("schema-json"));
            assertThat(json.readTree(schema.getAttribute("value"))).isEqualTo(template.schema());
            session.waitFor(By.id("name")).sendKeys("From " + template.name());
            ((JavascriptExecutor) browser).executeScript("document.getElementById('template-gallery').scrollIntoView()");
            session.screenshot("new-project-template-" + template.id());
            session.click(By.id("create-project"));
            wait.until(ExpectedConditions.urlMatches("/projects/[0-9a-f-]{36}$"));
            wait.until(ExpectedConditions.textToBe(By.id("project-name"), "From " + template.name()));
            var id = java.util.UUID.fromString(browser.getCurrentUrl().replaceAll(".*/projects/", ""));
            Project created = projects.access(manager, id).project();
            assertThat(created.taskType()).as(template.id()).isEqualTo(template.taskType());
        }
    }

    @Test
    void aWrongSchemaIsNamedTheHelpIsAPageAndAnOlderSchemaVersionIsShownReadOnly() throws IOException {
        session.open("/projects/new");
        session.click(By.id("template-ner"));
        session.waitFor(By.id("name")).sendKeys("Entities");
        setText(session.waitFor(By.id("schema-json")), """
                {"questions": [{"name": "entities", "type": "spans", "labels": []}]}""");
        session.click(By.id("create-project"));
        assertThat(session.waitFor(By.id("schema-error")).getText()).contains("labels");
        setText(browser.findElement(By.id("schema-json")), """
                {"questions": [{"name": "entities", "type": "spans", "labels": ["PERSON"]}]}""");
        session.click(By.id("create-project"));
        wait.until(ExpectedConditions.urlMatches("/projects/[0-9a-f-]{36}$"));
        String projectId = browser.getCurrentUrl().replaceAll(".*/projects/", "");
        projects.changeSchema(projects.access(manager, java.util.UUID.fromString(projectId)), json.readTree("""
                {"questions": [{"name": "entities", "type": "spans", "labels": ["PERSON", "PLACE"]}]}"""));

        session.open("/projects/" + projectId + "/schema");
        assertThat(session.waitFor(By.id("schema-text")).getAttribute("value")).contains("PLACE");
        assertThat(session.waitFor(By.id("schema-help")).getAttribute("href")).endsWith("/help/label-schema");
        new Select(browser.findElement(By.id("schema-version"))).selectByValue("1");
        WebElement old = session.waitFor(By.id("schema-old-text"));
        assertThat(old.getAttribute("readonly")).isNotNull();
        assertThat(old.getAttribute("value")).contains("PERSON").doesNotContain("PLACE");
        assertThat(session.text(By.id("schema-read-only"))).contains("Version 1");
        session.screenshot("schema-editor-old-version");
        session.click(By.id("edit-from-version"));
        assertThat(session.waitFor(By.id("schema-text")).getAttribute("value")).doesNotContain("PLACE");

        session.open("/help/label-schema");
        assertThat(session.waitFor(By.cssSelector("#help-label-schema h1")).getText()).isEqualTo("Label schema");
        assertThat(browser.findElements(By.cssSelector("#help-label-schema table"))).isNotEmpty();
        session.screenshot("help-label-schema");
    }

    @Test
    void aManagerEditsTheGuidelinesWithATableAndSeesTheDiffBetweenVersions() throws IOException {
        Project project = fixtures.project(manager, 1, 600);
        session.open("/projects/" + project.id() + "/guidelines");
        WebElement text = session.waitFor(By.id("guidelines-text"));
        assertThat(text.getAttribute("value")).isEqualTo("# Guidelines");
        assertThat(session.text(By.id("guidelines-versions"))).contains("Only version 1");
        setText(text, "# Guidelines\n\nChoose the label that fits.\n\n| label | when |\n|---|---|\n| a | always |\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#guidelines-preview table td")));
        session.click(By.id("save-guidelines"));
        assertThat(session.waitFor(By.id("guidelines-saved")).getText()).contains("version 2");
        WebElement diff = session.waitFor(By.id("guidelines-diff"));
        assertThat(diff.findElements(By.cssSelector("ins"))).isNotEmpty();
        assertThat(texts("#guidelines-diff ins")).contains("fits.", "| a | always |");
        assertThat(texts("#guidelines-diff del")).isEmpty();

        setText(browser.findElement(By.id("guidelines-text")), "# Guidelines\n\nChoose the label that fits best.\n");
        session.click(By.id("save-guidelines"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guidelines-saved"), "version 3"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#guidelines-diff del")));
        assertThat(texts("#guidelines-diff del")).contains("fits.", "| label | when |").doesNotContain("Choose");
        assertThat(texts("#guidelines-diff ins")).contains("best.").doesNotContain("Choose");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('guidelines-versions').scrollIntoView()");
        session.screenshot("guidelines-diff");
        // The annotators' view of the project carries the newest version.
        assertThat(projects.access(manager, project.id()).project().guidelinesVersion()).isEqualTo(3);
    }

    /** The text of every element the selector finds, joined. */
    private String texts(String selector) {
        return String.join(" ", browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList());
    }

    private void setText(WebElement area, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, value);
    }
}
