package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole labeling loop in a real Chromium, through the UI only: a manager creates a project, uploads items and
 * engages a workforce; the workforce's annotator labels with the keyboard; the export holds exactly those labels.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class LabelingInTheBrowserTests extends InTheBrowser {

    /** The items, and the option the annotator will choose for each (by the text's first word). */
    private static final Map<String, String> TEXTS = Map.of(
            "great-1", "Great service, the parcel arrived a day early.",
            "awful-2", "Awful: the screen cracked on the first day.",
            "fine-3", "Fine, nothing special about it.",
            "great-4", "Great value for the price, would buy again.",
            "awful-5", "Awful support, nobody answered for two weeks.");
    private static final Map<String, String> LABEL_OF_FIRST_WORD = Map.of("Great", "positive", "Awful", "negative", "Fine", "neutral");
    private static final List<String> OPTIONS = List.of("positive", "negative", "neutral");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void aManagerSetsUpAProjectAnAnnotatorLabelsItWithTheKeyboardAndTheExportHoldsTheLabels() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);

        // The manager creates the project through the form.
        session.logIn(manager);
        session.click(By.id("new-project"));
        type(By.id("name"), "Review sentiment");
        type(By.id("guidelines"), "# Sentiment\n\nChoose **positive**, **negative** or **neutral** for the whole review.");
        type(By.id("title"), Keys.chord(Keys.CONTROL, "a") + "Sentiment");
        type(By.id("options"), String.join("\n", OPTIONS));
        // The API's problem names the field; the form shows its detail next to that field.
        type(By.id("leaseSeconds"), Keys.chord(Keys.CONTROL, "a") + "5");
        session.click(By.id("create-project"));
        assertThat(session.waitFor(By.id("leaseSeconds-error")).getText()).contains("10 to 86400 seconds");
        session.screenshot("new-project-error");
        type(By.id("leaseSeconds"), Keys.chord(Keys.CONTROL, "a") + "600");
        session.click(By.id("create-project"));
        wait.until(ExpectedConditions.urlMatches("/projects/[0-9a-f-]{36}$"));
        String projectId = browser.getCurrentUrl().replaceAll(".*/projects/", "");
        wait.until(ExpectedConditions.textToBe(By.id("project-name"), "Review sentiment"));

        // A file with a bad second line is rejected whole, naming the line.
        upload(file("bad.jsonl", "{\"external_id\":\"x\",\"data\":{\"text\":\"ok\"}}\n{\"external_id\":\"y\",\"data\":{}}\n"));
        assertThat(session.waitFor(By.id("import-error")).getText()).contains("line 2");
        assertThat(counts("count-total")).isEqualTo("0");

        // The real file: every item added; the same file again adds nothing and reports the duplicates.
        var lines = new StringBuilder();
        TEXTS.forEach((id, text) -> lines.append(json.writeValueAsString(Map.of("external_id", id, "data", Map.of("text", text)))).append('\n'));
        Path items = file("reviews.jsonl", lines.toString());
        upload(items);
        WebElement report = session.waitFor(By.id("import-report"));
        assertThat(report.findElement(By.id("report-added")).getText()).isEqualTo("5");
        assertThat(report.findElement(By.id("report-duplicates")).getText()).isEqualTo("0");
        wait.until(ExpectedConditions.textToBe(By.id("count-total"), "5"));
        session.screenshot("upload-report");
        upload(items);
        wait.until(ExpectedConditions.textToBe(By.id("report-duplicates"), "5"));
        assertThat(browser.findElement(By.id("report-added")).getText()).isEqualTo("0");

        // The manager engages the annotator's workforce organization, then logs out through the user menu.
        new Select(session.waitFor(By.id("workforce"))).selectByVisibleText(vendor.name());
        session.click(By.id("engage"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("engagements"), vendor.name()));
        logOut();

        // The annotator labels everything with the keyboard, skipping one item with S.
        session.logIn(annotator);
        session.screenshot("annotator-projects");
        session.click(By.cssSelector("a[href='/projects/" + projectId + "/work']"));
        Map<String, String> chosen = new HashMap<>();
        String skippedText = null;
        boolean screenshotTaken = false;
        while (true) {
            wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty() || !d.findElements(By.cssSelector("#task:not(.busy) #item-text")).isEmpty());
            if (!browser.findElements(By.id("no-more-tasks")).isEmpty()) {
                break;
            }
            WebElement task = browser.findElement(By.id("task"));
            String assignment = task.getDomAttribute("data-assignment");
            String text = browser.findElement(By.id("item-text")).getText();
            assertThat(browser.findElement(By.id("lease")).getText()).matches("Lease \\d+:\\d\\d");
            if (skippedText == null && text.startsWith("Fine")) {
                skippedText = text;
                keys("s");
            } else {
                String label = LABEL_OF_FIRST_WORD.get(text.split("\\W")[0]);
                keys(String.valueOf(OPTIONS.indexOf(label) + 1));
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.option[data-option='" + label + "']"), "aria-checked", "true"));
                if (!screenshotTaken) {
                    session.screenshot("workbench");
                    screenshotTaken = true;
                }
                keys(Keys.ENTER);
                chosen.put(text, label);
            }
            wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty()
                    || !assignment.equals(d.findElement(By.id("task")).getDomAttribute("data-assignment")));
        }
        assertThat(chosen).hasSize(4);
        assertThat(skippedText).isNotNull();
        assertThat(browser.findElement(By.id("done-count")).getText()).startsWith("4 ");
        session.screenshot("workbench-no-more-tasks");
        logOut();

        // The manager sees the progress and exports the labels.
        session.logIn(manager);
        session.waitFor(By.id("projects"));
        session.screenshot("projects");
        browser.get(session.url("/projects/" + projectId));
        wait.until(ExpectedConditions.textToBe(By.id("count-done"), "4"));
        assertThat(counts("count-open")).isEqualTo("1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("annotators"), annotator.displayName()));
        session.screenshot("progress");
        String exportPath = session.waitFor(By.id("export")).getDomAttribute("href");
        assertThat(exportPath).isEqualTo("/api/v1/projects/" + projectId + "/export");
        String export = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", exportPath);

        // A personal API token made on the tokens page reads the same export as any script would, until revoked.
        session.click(By.id("user-menu-button"));
        session.click(By.cssSelector(".menu a[href='/tokens']"));
        type(By.id("tokenName"), "training pipeline");
        session.click(By.cssSelector("#token-form button[type=submit]"));
        String secret = session.waitFor(By.id("token-secret")).getDomProperty("value");
        assertThat(secret).startsWith("ann_");
        session.screenshot("tokens");
        assertThat(getWithToken(exportPath, secret)).isEqualTo(export);
        session.click(By.cssSelector("button.danger"));
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.grid"), "revoked"));
        assertThat(getWithToken(exportPath, secret)).isNull();

        Map<String, String> exported = new HashMap<>();
        for (String line : export.strip().split("\n")) {
            JsonNode row = json.readTree(line);
            assertThat(row.path("annotations")).hasSize(1);
            assertThat(row.path("annotations").get(0).path("annotator_id").asString()).isEqualTo(annotator.id().toString());
            exported.put(row.path("data").path("text").asString(), row.path("annotations").get(0).path("answer").path("label").asString());
        }
        assertThat(exported).isEqualTo(chosen);
        assertThat(exported).doesNotContainKey(skippedText);

        // The shell sends one policy, its own, which admits exactly its import map; the console shows nothing blocked.
        String policy = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/').then(r => done(r.headers.get('Content-Security-Policy')));");
        assertThat(policy).containsOnlyOnce("script-src").contains("script-src 'self' 'sha256-");
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Failed to resolve module specifier"))
                .toList();
        assertThat(blocked).isEmpty();
    }

    private void logOut() {
        session.click(By.id("user-menu-button"));
        session.click(By.id("logout"));
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void upload(Path file) {
        WebElement input = session.waitFor(By.id("items-file"));
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.sendKeys(file.toAbsolutePath().toString());
        session.click(By.id("upload"));
        wait.until(d -> !d.findElements(By.cssSelector("#import-report, #import-error")).isEmpty());
    }

    /** The body of a GET with a bearer token, or null when the token is refused. */
    private String getWithToken(String path, String token) throws IOException {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(session.url(path))).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String counts(String id) {
        return session.waitFor(By.id(id)).getText();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void type(By by, String text) {
        WebElement field = session.waitFor(by);
        field.sendKeys(text);
    }
}
