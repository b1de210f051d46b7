package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager's pages in a real Chromium: the dashboard draws its Chart.js charts, the items browser pages forward
 * and back and filters, the item view shows two annotators' answers side by side, and the schema editor shows the
 * server's validation error at its line. Screenshots go to target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ManagerPagesInTheBrowserTests extends InTheBrowser {

    private static final String SCHEMA = """
            {"questions": [
              {"name": "sentiment", "title": "Sentiment", "type": "choice", "options": ["positive", "negative", "neutral"]},
              {"name": "topics", "title": "Topics", "type": "choice", "multiple": true, "options": ["delivery", "quality", "price", "support"]},
              {"name": "quality", "title": "Review helpfulness", "type": "rating", "scale": "likert5"},
              {"name": "note", "title": "Note", "type": "text", "required": false}
            ]}""";
    private static final List<String> REVIEWS = List.of(
            "The parcel arrived a day early and the packaging was spotless.",
            "Screen cracked on the first day; support never answered my emails.",
            "Does what it says. Nothing more, nothing less.",
            "Great value for the price, I would buy it again.",
            "The charger was missing from the box and the refund took three weeks.",
            "Battery lasts two full days of heavy use.",
            "Sizes run small: order one size up.",
            "Arrived late, but the seller apologised and sent a voucher.");
    private static final int ITEMS = 32;

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired Items items;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aManagerReadsTheDashboardPagesThroughTheItemsOpensAnItemAndEditsTheSchema() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = projects.create(manager, new ProjectSettings("Product reviews", "# Reviews\n\nLabel the sentiment.",
                TaskType.TEXT_CLASSIFICATION, json.readTree(SCHEMA), 2, 600, 0));
        var lines = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            lines.append(json.writeValueAsString(java.util.Map.of("external_id", "review-%03d".formatted(i + 1),
                    "data", java.util.Map.of("text", REVIEWS.get(i % REVIEWS.size()))))).append('\n');
        }
        items.importItems(projects.access(manager, project.id()), new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        CurrentUser ada = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser ben = fixtures.user(lab, Role.ANNOTATOR);
        int labeled = label(project, ada, 14, 0) + label(project, ben, 9, 1);
        // Spread the annotations over the last days, as a week of work would (the dashboard's hours then differ).
        List<java.util.UUID> ids = jdbc.sql("select id from annotations where tenant_id = ? and project_id = ? order by created_at desc")
                .params(lab.id(), project.id()).query(java.util.UUID.class).list();
        for (int k = 0; k < ids.size(); k++) {
            jdbc.sql("update annotations set created_at = ? where tenant_id = ? and id = ?")
                    .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(7L * k * k + 20 + k))), lab.id(), ids.get(k))
                    .update();
        }

        session.logIn(manager);
        // The dashboard: figures and two Chart.js charts drawn on their canvases.
        browser.get(session.url("/projects/" + project.id() + "/dashboard"));
        wait.until(ExpectedConditions.textToBe(By.id("kpi-annotations"), String.valueOf(labeled)));
        assertThat(browser.findElement(By.id("kpi-items")).getText()).isEqualTo(String.valueOf(ITEMS));
        WebElement chart = session.waitFor(By.id("hourly-chart"));
        wait.until(d -> painted("hourly-chart") && painted("states-chart"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(300);
        session.screenshot("dashboard");

        // The items browser: 25 a page, Next to the last 7, Previous back.
        session.click(By.id("tab-items"));
        wait.until(d -> rows().size() == 25);
        String firstOfPage1 = rows().getFirst().getDomAttribute("data-item");
        assertThat(rows().getFirst().getText()).contains("review-001");
        session.screenshot("items-browser");
        session.click(By.id("next-page"));
        wait.until(d -> rows().size() == ITEMS - 25);
        assertThat(browser.findElement(By.id("page-info")).getText()).startsWith("Page 2");
        assertThat(rows().getFirst().getText()).contains("review-026");
        assertThat(browser.findElement(By.id("next-page")).isEnabled()).isFalse();
        session.click(By.id("previous-page"));
        wait.until(d -> rows().size() == 25 && firstOfPage1.equals(rows().getFirst().getDomAttribute("data-item")));

        // Each row previews its item's text; the text filter finds the items whose data has a word, whatever its case.
        assertThat(rows().getFirst().findElement(By.cssSelector(".item-preview")).getText()).isNotBlank();
        long withCharger = java.util.stream.IntStream.range(0, ITEMS)
                .filter(i -> REVIEWS.get(i % REVIEWS.size()).contains("charger")).count();
        session.waitFor(By.id("filter-text")).sendKeys("CHARGER" + Keys.ENTER);
        wait.until(d -> rows().size() == withCharger && rows().stream().allMatch(r -> r.getText().contains("charger")));
        session.click(By.id("clear-filters"));
        wait.until(d -> rows().size() == 25);

        // Filters: the items Ben answered, then only the done ones among them.
        new Select(session.waitFor(By.id("filter-annotator"))).selectByValue(ben.id().toString());
        wait.until(d -> rows().size() == 9);
        new Select(session.waitFor(By.id("filter-state"))).selectByValue("DONE");
        wait.until(d -> rows().stream().allMatch(r -> r.getText().contains("Done")));
        int done = rows().size();
        assertThat(done).isPositive();

        // The item view: both annotators' answers side by side.
        rows().getFirst().findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#answers th.annotator"), 2));
        assertThat(browser.findElement(By.id("answers")).getText()).contains(ada.displayName(), ben.displayName());
        assertThat(session.waitFor(By.id("item-data")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#answers .chip.on"))).isNotEmpty();
        assertThat(browser.findElement(By.id("item-state")).getText()).isEqualTo("Done");
        session.screenshot("item-view");

        // The schema editor: a question without options is refused, the error points at its line; then a valid save.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1040)); // the editor and its errors in one shot
        session.click(By.id("tab-schema"));
        WebElement text = session.waitFor(By.id("schema-text"));
        wait.until(d -> text.getDomProperty("value").contains("\"sentiment\""));
        assertThat(browser.findElements(By.cssSelector("#schema-preview .preview-question"))).hasSize(4);
        String broken = text.getDomProperty("value").replaceFirst("\"neutral\"\\s*]", "\"neutral\", \"positive\"]");
        setText(text, broken);
        session.click(By.id("save-schema"));
        WebElement error = session.waitFor(By.cssSelector("#schema-error .field-errors"));
        assertThat(error.getText()).contains("Line").contains("questions[0]");
        assertThat(text.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#schema-preview .preview-question.invalid"))).hasSize(1);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        session.screenshot("schema-editor");
        setText(text, text.getDomProperty("value").replaceFirst("\"neutral\",\\s*\"positive\"]", "\"neutral\", \"mixed\"]"));
        wait.until(d -> d.findElement(By.id("schema-preview")).getText().contains("mixed"));
        session.click(By.id("save-schema"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schema-saved"), "version 2"));

        // The live preview is the workbench's own controls: a new choice option is a real option button at once, a new
        // spans question brings the span control on the sample text, and a conditional question appears when the
        // preview's answer meets its condition. Nothing of it is saved.
        wait.until(d -> !d.findElements(By.cssSelector("#schema-preview annota-choice button.option[data-option='mixed']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#schema-preview annota-spans"))).isEmpty();
        setText(text, text.getDomProperty("value").replaceFirst("\\]\\s*}\\s*$", """
                , {"name": "evidence", "title": "Evidence", "type": "spans", "labels": ["CLAIM", "COMPLAINT"]},
                  {"name": "why", "title": "Why mixed?", "type": "choice", "options": ["both sides", "unclear"], "when": {"question": "sentiment", "equals": "mixed"}}
                ]}"""));
        wait.until(d -> !d.findElements(By.cssSelector("#schema-preview annota-spans .span-text .g")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#schema-preview annota-choice[data-question='why']"))).isEmpty();
        assertThat(session.waitFor(By.id("preview-hidden")).getText()).contains("1 question hidden");
        session.click(By.cssSelector("#schema-preview annota-choice[data-question='sentiment'] button.option[data-option='mixed']"));
        session.waitFor(By.cssSelector("#schema-preview annota-choice[data-question='why'] button.option[data-option='unclear']"));
        session.screenshot("schema-editor-live-preview");
        assertThat(projects.access(manager, project.id()).project().schemaVersion())
                .as("editing and trying the preview saves nothing").isEqualTo(2);

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("422")) // the refused schema save above, on purpose
                .toList();
        assertThat(problems).isEmpty();
    }

    @Test
    void aManagerSetsTheMaskingOfAProjectOnItsMaskingTab() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Masking lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = projects.create(manager, new ProjectSettings("Support chats", "# Chats", TaskType.TEXT_CLASSIFICATION,
                json.readTree(SCHEMA), 1, 600, 0));
        session.logIn(manager);
        browser.get(session.url("/projects/" + project.id() + "/masking"));
        setText(session.waitFor(By.id("maskingFields")), "text: EMAIL, PHONE, CASE");
        setText(session.waitFor(By.id("maskingPatterns")), "CASE = C-(");
        session.waitFor(By.id("save-masking")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("masking-field-error"), "patterns[0].regex"));
        setText(session.waitFor(By.id("maskingPatterns")), "CASE = C-[0-9]{4}");
        session.waitFor(By.id("phoneRegion")).sendKeys("DE");
        session.waitFor(By.id("save-masking")).click();
        session.waitFor(By.id("masking-saved"));

        var saved = fixtures.client(manager).get("/api/v1/projects/" + project.id() + "/masking").json();
        assertThat(saved.at("/fields/0/path").asString()).isEqualTo("text");
        assertThat(saved.at("/fields/0/detectors").toString()).isEqualTo("[\"EMAIL\",\"PHONE\",\"CASE\"]");
        assertThat(saved.get("phoneRegion").asString()).isEqualTo("DE");
        assertThat(saved.at("/patterns/0/regex").asString()).isEqualTo("C-[0-9]{4}");
    }

    private int label(Project project, CurrentUser annotator, int count, int seed) {
        var c = fixtures.client(annotator);
        String base = "/api/v1/projects/" + project.id();
        List<String> sentiments = List.of("positive", "negative", "neutral");
        List<String> topics = List.of("delivery", "quality", "price", "support");
        for (int i = 0; i < count; i++) {
            var task = c.post(base + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
            assertThat(task.status()).as(task.toString()).isEqualTo(200);
            int h = Math.floorMod(task.json().get("itemId").asString().hashCode() + seed, 97);
            String answer = "{\"sentiment\": \"%s\", \"topics\": [\"%s\"], \"quality\": %d%s}".formatted(sentiments.get(h % 3),
                    topics.get(h % 4), 1 + h % 5, h % 3 == 0 ? ", \"note\": \"Mentions a refund.\"" : "");
            var submitted = c.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation", answer);
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        }
        return count;
    }

    /** Whether Chart.js drew on the canvas: some pixel is not transparent. */
    private boolean painted(String canvasId) {
        Object drawn = ((JavascriptExecutor) browser).executeScript("""
                const c = document.getElementById(arguments[0]);
                if (!c || !c.width) return false;
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }
                return false;""", canvasId);
        return Boolean.TRUE.equals(drawn);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#items tbody tr[data-item]"));
    }

    private void setText(WebElement area, String value) {
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, value);
    }
}
