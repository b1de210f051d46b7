package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticity of written answers in a real Chromium (docs/trust.md): an annotator types one demonstration and pastes
 * another; only the pasted one is flagged, on the quality page and in the item view. The paste is a paste event
 * dispatched by script with a DataTransfer holding the text (headless Chromium has no system clipboard to paste from
 * with Ctrl+V); the workbench inserts a paste's text itself, so a trusted paste takes the same path. The writing
 * recorder's clock is replaced through its test hook (writing.js useClock), so the typing has a known, human cadence:
 * five characters a second. Under a blocking policy a paste inserts nothing and says why.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AuthenticityInTheBrowserTests extends InTheBrowser {

    private static final String TYPED = "A calendar export writes every event to one file in the iCalendar format. "
            + "Open the settings, choose export, pick the calendars you want and save the file where you can find it. "
            + "Any calendar app can import that file later on.";
    private static final String PASTED = "To export your calendar, open Settings and select Export. Choose the calendars "
            + "to include, then click Save. The resulting .ics file can be imported into any calendar application, such "
            + "as Google Calendar, Outlook or Apple Calendar. Keep a backup copy in a safe place.";

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    /** A demonstration project of the manager's with two prompts and no drafts. */
    private static String demonstrations(ApiClient manager) {
        var created = manager.postJson("/api/v1/projects", """
                {"name": "Demonstrations %d", "guidelines": "# Write it yourself", "taskType": "demonstration",
                 "schema": {"questions": [{"name": "reply", "title": "Ideal reply", "type": "demonstration"}]}, "leaseSeconds": 900}"""
                .formatted(System.nanoTime()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String project = created.json().get("id").asString();
        assertThat(manager.post("/api/v1/projects/" + project + "/items", "application/x-ndjson", java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"data\": {\"prompt\": \"How do I export my calendar?\"}}\n{\"data\": {\"prompt\": \"How do I export my calendar to a file?\"}}"))
                .status()).isEqualTo(200);
        return project;
    }

    private void paste(WebElement field, String text) {
        browser.executeScript("""
                const field = arguments[0];
                field.focus();
                const data = new DataTransfer();
                data.setData('text/plain', arguments[1]);
                field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
                field, text);
    }

    @Test
    void underABlockingPolicyAPasteIsRefusedWithAMessageAndInsertsNothing() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Blocking lab");
        ApiClient manager = fixtures.client(fixtures.user(lab, Role.MANAGER));
        String project = demonstrations(manager);
        assertThat(manager.putJson("/api/v1/projects/" + project + "/writing-policy", "{\"paste\": \"BLOCK\"}").status()).isEqualTo(200);

        session.logIn(fixtures.user(lab, Role.ANNOTATOR));
        session.open("/projects/" + project + "/work");
        WebElement editor = session.waitFor(By.cssSelector("#task:not(.busy) #q-reply-editor"));
        paste(editor, PASTED);
        assertThat(session.text(By.id("wb-message"))).isEqualTo("Pasting is turned off for this project: write the answer yourself.");
        assertThat(editor.getDomProperty("value")).isEmpty();
    }

    @Test
    void anAnnotatorTypesOneAnswerAndPastesAnotherAndOnlyThePastedOneIsFlagged() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Authentic lab");
        CurrentUser managerUser = fixtures.user(lab, Role.MANAGER);
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient manager = fixtures.client(managerUser);
        String project = demonstrations(manager);
        assertThat(manager.putJson("/api/v1/projects/" + project + "/writing-policy", "{\"paste\": \"WARN\"}").status()).isEqualTo(200);

        session.logIn(annotator);
        session.open("/projects/" + project + "/work");
        WebElement editor = session.waitFor(By.cssSelector("#task:not(.busy) #q-reply-editor"));
        // The recorder's clock from now on, starting where the page's is: the first task's recorder started on the latter.
        Object hook = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/controls/writing.js').then((m) => {
                  window.fakeNow = performance.now();
                  m.useClock(() => window.fakeNow);
                  done('installed');
                }, (e) => done(String(e)));""");
        assertThat(hook).isEqualTo("installed");
        assertThat(TYPED.length()).isGreaterThanOrEqualTo(200);
        assertThat(PASTED.length()).isGreaterThanOrEqualTo(200);

        // The first answer, typed: five characters a second of the recorder's clock.
        browser.executeScript("window.fakeNow += 3000;");
        for (int i = 0; i < TYPED.length(); i += 5) {
            editor.sendKeys(TYPED.substring(i, Math.min(TYPED.length(), i + 5)));
            browser.executeScript("window.fakeNow += 1000;");
        }
        assertThat(editor.getDomProperty("value")).isEqualTo(TYPED);
        session.click(By.id("submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done-count"), "1 labeled"));

        // The second, pasted, with a few words typed after it: the project warns.
        editor = session.waitFor(By.cssSelector("#task:not(.busy) #q-reply-editor"));
        assertThat(editor.getDomProperty("value")).isEmpty();
        paste(editor, PASTED);
        assertThat(session.text(By.id("wb-message"))).contains("You pasted text into your answer");
        editor.sendKeys(" Thanks.");
        assertThat(editor.getDomProperty("value")).isEqualTo(PASTED + " Thanks.");
        session.click(By.id("submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done-count"), "2 labeled"));
        session.waitFor(By.id("no-more-tasks"));

        List<JsonNode> written = jdbc.sql("select writing from assignments where project_id = ? and state = 'SUBMITTED' order by ended_at")
                .params(java.util.UUID.fromString(project)).query(String.class).list().stream()
                .map(w -> json.readTree(w).get("reply")).toList();
        assertThat(written).hasSize(2);
        JsonNode typed = written.get(0);
        assertThat(typed.get("pastes").asInt()).isZero();
        assertThat(typed.get("keystrokes").asInt()).isEqualTo(TYPED.length());
        assertThat(typed.get("firstKeyMs").asLong()).isBetween(3000L, 60_000L);
        assertThat(typed.get("typingMs").asLong()).isEqualTo((TYPED.length() + 4) / 5 * 1000 - 1000);
        JsonNode pasted = written.get(1);
        assertThat(pasted.get("pastes").asInt()).isEqualTo(1);
        assertThat(pasted.get("pastedChars").asInt()).isEqualTo(PASTED.length());
        assertThat(pasted.get("pastedShare").asDouble()).isEqualTo(Math.round(1000.0 * PASTED.length() / (PASTED.length() + 8)) / 1000.0);
        // The text itself never travels with the aggregates.
        assertThat(written.toString()).doesNotContain("calendar");

        session.logOut();
        session.logIn(managerUser);
        session.open("/projects/" + project + "/quality");
        session.waitFor(By.id("authenticity-project"));
        assertThat(session.text(By.id("authenticity-project"))).isEqualTo("1 of 2 measured answers flagged (50 %).");
        List<WebElement> flagged = browser.findElements(By.cssSelector("#authenticity-flagged tbody tr"));
        assertThat(flagged).singleElement().satisfies(row -> assertThat(row.getText()).contains("% of this answer was pasted (1 paste, "));
        session.screenshot("authenticity-quality");
        flagged.getFirst().findElement(By.cssSelector("a")).click();
        WebElement evidence = session.waitFor(By.cssSelector("#answers [data-flagged=writing]"));
        assertThat(evidence.getText()).contains("Likely not written by the annotator", "97 % of this answer was pasted");
        assertThat(browser.findElements(By.cssSelector("#answers [data-flagged=writing]"))).hasSize(1);

        // The vendor comparison shows the flag rate per workforce (here the lab's own people: 1 of 2).
        session.open("/projects/" + project + "/comparison");
        assertThat(session.waitFor(By.id("workforce-authenticity")).getText()).contains("Written answers flagged").contains("50%");
    }
}
