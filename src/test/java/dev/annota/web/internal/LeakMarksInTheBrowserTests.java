package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.item.LeakMarks;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leak marks in a real Chromium: a lab admin who also annotates turns them on from the project page, claims a span
 * task — the watermark shows their pseudonym, the text as the page holds it carries the marks, a span
 * dragged after a frame through the watermark is stored at the offsets of the text as stored — and traces the copied
 * paragraph back to their own claim from the project page.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class LeakMarksInTheBrowserTests {

    /** Long enough that a frame falls inside it, before "Lyon" (past the first 64 characters). */
    private static final String TEXT = "Zoë 👩🏽‍💻 flew from Paris on Tuesday morning with the quarterly report in her bag, "
            + "and she met the whole team in Lyon at noon to go through every figure twice.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void theWatermarkShowsThePseudonymAndASpanSelectedOnMarkedTextIsStoredAtTheStoredTextsOffsets() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Leak lab");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN, Role.MANAGER, Role.ANNOTATOR);
        ApiClient api = fixtures.client(admin);
        var created = api.postJson("/api/v1/projects", "{\"name\": \"Leaks " + System.nanoTime() + "\", \"taskType\": \"span-labeling\", "
                + "\"schema\": {\"questions\": [{\"name\": \"entities\", \"title\": \"Entities\", \"type\": \"spans\", \"labels\": [\"PERSON\", \"PLACE\"]}]}}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.post("/api/v1/projects/" + id + "/items", "application/x-ndjson", java.net.http.HttpRequest.BodyPublishers
                .ofString(json.writeValueAsString(Map.of("data", Map.of("text", TEXT))))).status()).isEqualTo(200);

        BrowserSession session = BrowserSession.start(Files.createTempDirectory("leaks"), fixtures.port());
        try {
            var browser = session.driver();
            browser.manage().window().setSize(new Dimension(1280, 800));
            session.logIn(admin);
            browser.get(session.url("/projects/" + id));
            session.click(By.id("leak-marks"));
            session.await().until(d -> api.get("/api/v1/projects/" + id + "/leak-marks").json().path("enabled").asBoolean());

            browser.get(session.url("/projects/" + id + "/work"));
            session.waitFor(By.cssSelector("#task:not(.busy)"));
            String pseudonym = Pseudonyms.of(lab.id(), admin.id());
            WebElement mark = session.waitFor(By.id("watermark"));
            assertThat(mark.getAttribute("data-pseudonym")).isEqualTo(pseudonym);
            assertThat(mark.isDisplayed()).isTrue();
            assertThat(mark.getText()).contains(pseudonym);
            assertThat(js(browser, "return getComputedStyle(document.getElementById('watermark')).pointerEvents")).isEqualTo("none");
            String assignment = session.waitFor(By.id("task")).getAttribute("data-assignment");

            // What the page holds, as a copy of it carries it (the spans control itself allows no text selection; a saved
            // page, the developer tools or another text field hold the same characters).
            String copied = (String) js(browser, "return document.querySelector('.span-text').textContent");
            assertThat(LeakMarks.read(copied).codes()).hasSizeGreaterThanOrEqualTo(2)
                    .containsOnly(LeakMarks.code(java.util.UUID.fromString(assignment)));
            assertThat(LeakMarks.strip(copied)).isEqualTo(TEXT);

            // Drag over "Lyon" (after a frame), through the watermark, then the PLACE key.
            int lyon = index(browser, "L", "y");
            new Actions(browser).clickAndHold(g(session, lyon)).moveToElement(g(session, lyon + 3)).release().perform();
            new Actions(browser).sendKeys("2").perform();
            session.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 1));
            assertThat(session.waitFor(By.cssSelector(".span-list li .span-covered")).getText()).isEqualTo("“Lyon”");
            session.screenshot("workbench-leak-marks");
            session.click(By.id("submit"));
            session.waitFor(By.id("no-more-tasks"));

            JsonNode row = json.readTree(api.get("/api/v1/projects/" + id + "/export").text().strip());
            JsonNode span = row.path("annotations").get(0).path("answer").path("entities").get(0);
            int start = TEXT.codePointCount(0, TEXT.indexOf("Lyon"));
            assertThat(span.path("start").asInt()).isEqualTo(start);
            assertThat(span.path("end").asInt()).isEqualTo(start + 4);
            assertThat(span.path("text").asString()).isEqualTo("Lyon");

            // The admin traces the copied text from the project page.
            browser.get(session.url("/projects/" + id));
            WebElement leaked = session.waitFor(By.id("leaked-text"));
            js(browser, "arguments[0].value = arguments[1];", leaked, "Seen on a forum: " + copied);
            session.click(By.id("trace"));
            WebElement traced = session.waitFor(By.cssSelector("#trace-views tr[data-view='" + assignment + "']"));
            assertThat(traced.getText()).contains(pseudonym, "claim", "conclusive");
            assertThat(session.consoleProblems()).isEmpty();
        } finally {
            session.close();
        }
    }

    /** The grapheme cell whose text, without marks, is {@code first} and is followed by {@code next}. */
    private static int index(org.openqa.selenium.chrome.ChromeDriver browser, String first, String next) {
        return ((Number) js(browser, "const cells = [...document.querySelectorAll('.span-text .g')].map(e => e.textContent.replace(/[\\u2060\\u200B\\u200C]/g, ''));"
                + "return cells.findIndex((c, i) => c === arguments[0] && cells[i + 1] === arguments[1]);", first, next)).intValue();
    }

    private static WebElement g(BrowserSession session, int i) {
        return session.waitFor(By.cssSelector(".span-text .g[data-i='" + i + "']"));
    }

    private static Object js(org.openqa.selenium.chrome.ChromeDriver browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

}
