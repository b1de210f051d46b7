package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Accessibility;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench in a real Chromium at 1280×800: for every task type, a project made through the API with a schema
 * from docs/label-schema.md, one task completed through the UI (keyboard where the workbench offers it), and the
 * stored annotation read back through the export API. One screenshot per type lands in target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchInTheBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    private BrowserSession session;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private ApiClient manager;
    private Organization vendor;

    @BeforeAll
    void setUp() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser managerUser = fixtures.user(lab, Role.MANAGER);
        vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        manager = fixtures.loggedIn(managerUser);

        session = BrowserSession.start(Files.createTempDirectory("workbench"), fixtures.port());
        browser = session.driver();
        browser.manage().window().setSize(new Dimension(1280, 800));
        wait = session.await();
        session.logIn(annotator);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            List<String> problems = session.consoleProblems();
            session.close();
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void aTextClassificationWithAConditionalQuestionAndOtherIsAnsweredWithTheKeyboard() throws IOException {
        String id = project("text-classification", """
                {"questions": [
                  {"name": "category", "title": "Safety category", "type": "choice", "options": ["safe", "needs-caveat", "unsafe"]},
                  {"name": "harm", "title": "Kind of harm", "type": "choice", "multiple": true, "other": true,
                   "options": ["violence", "self-harm", "fraud"], "when": {"question": "category", "equals": "unsafe"}},
                  {"name": "confidence", "title": "How sure are you?", "type": "rating", "scale": {"labels": ["unsure", "fairly sure", "certain"]}}]}""",
                "{\"external_id\": \"t1\", \"data\": {\"text\": \"Wire me the deposit today and I will post the keys to the flat; no viewing needed.\"}}");
        open(id);
        waitFor(By.id("item-text"));
        assertThat(browser.findElements(By.cssSelector("annota-choice[data-question='harm']"))).isEmpty();
        keys("3"); // unsafe: the conditional question appears, its options take the next digits
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.option[data-option='unsafe']"), "aria-checked", "true"));
        keys("6"); // fraud
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.option[data-option='fraud']"), "aria-checked", "true"));
        waitFor(By.id("q-harm-other")).sendKeys("rental scam");
        click(By.cssSelector(".scale[data-scale='confidence'] button[data-value='3']"));
        screenshot("workbench-text-classification");
        auditAt1280x800();
        // The audit can fail: an unlabelled field and a low-contrast line slipped into the page are both caught.
        js("const i = document.createElement('input'); i.id = 'axe-probe'; document.querySelector('#task').append(i);"
                + "const p = document.createElement('p'); p.id = 'axe-probe-2'; p.textContent = 'faint'; p.style.color = '#ccc';"
                + "document.querySelector('#task').append(p);");
        assertThat(Accessibility.violations(browser)).anyMatch(v -> v.startsWith("label ") && v.contains("#axe-probe"))
                .anyMatch(v -> v.startsWith("color-contrast ") && v.contains("#axe-probe-2"));
        js("document.getElementById('axe-probe').remove(); document.getElementById('axe-probe-2').remove();");
        click(By.id("submit"));

        JsonNode answer = onlyAnswer(id);
        assertThat(answer.path("category").asString()).isEqualTo("unsafe");
        assertThat(answer.path("harm").toString()).isEqualTo("[\"fraud\",{\"other\":\"rental scam\"}]");
        assertThat(answer.path("confidence").asInt()).isEqualTo(3);
    }

    @Test
    void spansAreSelectedWithMouseAndKeyboardAndStoredInCodePoints() throws IOException {
        String text = "Jörg Müller here 👋🏽 — the Nimbus kettle I bought in 東京 stopped heating.";
        String id = project("span-labeling", """
                {"questions": [{"name": "entities", "title": "Entities", "type": "spans", "labels": ["PERSON", "PRODUCT", "PLACE"]}]}""",
                json.writeValueAsString(Map.of("external_id", "s1", "data", Map.of("text", text), "predictions", List.of(Map.of("model", "ner-1",
                        "answer", Map.of("entities", List.of(Map.of("start", cp(text, "Nimbus kettle"), "end", cp(text, "Nimbus kettle") + 13, "label", "PRODUCT"))))))));
        open(id);
        waitFor(By.id("prefilled"));
        // Mouse: drag over "Jörg Müller" (one grapheme per character there), then the PERSON key.
        new Actions(browser).clickAndHold(g(0)).moveToElement(g(10)).release().perform();
        keys("1");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 2));
        // Keyboard: the caret sits between graphemes, and Shift+→ takes one user-perceived character at a time. Home
        // then four Shift+→ selects "Jörg" (not "Jörg " as before); over the emoji with its skin tone, one Shift+→ takes
        // it whole.
        keys(Keys.HOME);
        for (int i = 0; i < 4; i++) {
            chord(Keys.ARROW_RIGHT, Keys.SHIFT);
        }
        assertThat(selected()).isEqualTo("Jörg");
        int wave = ((Number) js("return [...document.querySelectorAll('.span-text .g')].findIndex(e => e.textContent === '👋🏽')")).intValue();
        keys(Keys.HOME);
        for (int i = 0; i < wave; i++) {
            keys(Keys.ARROW_RIGHT);
        }
        chord(Keys.ARROW_RIGHT, Keys.SHIFT);
        assertThat(selected()).isEqualTo("👋🏽");
        // To 東 with the arrows, two Shift+→ take 東京, then the PLACE key.
        int tokyo = ((Number) js("return [...document.querySelectorAll('.span-text .g')].findIndex(e => e.textContent === '東')")).intValue();
        keys(Keys.HOME);
        for (int i = 0; i < tokyo; i++) {
            keys(Keys.ARROW_RIGHT);
        }
        chord(Keys.ARROW_RIGHT, Keys.SHIFT);
        chord(Keys.ARROW_RIGHT, Keys.SHIFT);
        assertThat(selected()).isEqualTo("東京");
        keys("3");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 3));
        // Undo takes the last span away, redo brings it back.
        chord("z", Keys.CONTROL);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 2));
        chord("z", Keys.CONTROL, Keys.SHIFT);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 3));
        // The emoji with its skin tone is one grapheme: one cell to select, never half of it.
        assertThat(js("return [...document.querySelectorAll('.span-text .g')].some(e => e.textContent === '👋🏽')")).isEqualTo(true);
        screenshot("workbench-span-labeling");
        auditAt1280x800();
        // A reload keeps the draft.
        browser.navigate().refresh();
        waitFor(By.id("restored"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 3));
        click(By.id("submit"));

        JsonNode row = onlyRow(id);
        JsonNode spans = row.path("annotations").get(0).path("answer").path("entities");
        var found = new HashSet<String>();
        spans.forEach(s -> found.add(s.path("label").asString() + ":" + s.path("start").asInt() + "-" + s.path("end").asInt()));
        assertThat(found).containsExactlyInAnyOrder(
                "PERSON:0-11",
                "PRODUCT:" + cp(text, "Nimbus kettle") + "-" + (cp(text, "Nimbus kettle") + 13),
                "PLACE:" + cp(text, "東京") + "-" + (cp(text, "東京") + 2));
        assertThat(row.path("annotations").get(0).path("prediction_changed").asBoolean()).isTrue();
    }

    @Test
    void aMaskedAddressIsShownAsItsPlaceholderAndASpanOverItIsStoredOnTheOriginal() throws IOException {
        String text = "Write to ana@example.com 👋🏽 today.";
        String id = project("span-labeling", """
                {"questions": [{"name": "entities", "title": "Entities", "type": "spans", "labels": ["CONTACT", "OTHER"]}]}""",
                json.writeValueAsString(Map.of("external_id", "m1", "data", Map.of("text", text))));
        var masked = manager.putJson("/api/v1/projects/" + id + "/masking", "{\"fields\": [{\"path\": \"text\", \"detectors\": [\"EMAIL\"]}]}");
        assertThat(masked.status()).as(masked.text()).isEqualTo(200);
        open(id);
        waitFor(By.cssSelector(".span-text .g"));
        assertThat(js("return document.querySelector('.span-text').textContent")).isEqualTo("Write to [EMAIL_1] 👋🏽 today.");
        assertThat(browser.getPageSource()).doesNotContain("ana@example.com");
        // Drag over the placeholder (graphemes 9 to 17), then the CONTACT key.
        new Actions(browser).clickAndHold(g(9)).moveToElement(g(17)).release().perform();
        keys("1");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".span-list li"), 1));
        screenshot("workbench-masked");
        click(By.id("submit"));

        JsonNode span = onlyAnswer(id).path("entities").get(0);
        assertThat(span.path("start").asInt()).isEqualTo(cp(text, "ana@example.com"));
        assertThat(span.path("end").asInt()).isEqualTo(cp(text, "ana@example.com") + "ana@example.com".length());
        assertThat(span.path("label").asString()).isEqualTo("CONTACT");
    }

    @Test
    void aComparisonShowsResponsesInARandomOrderAndStoresTheOrderShownWithScoresAndRationale() throws IOException {
        String id = project("response-comparison", """
                {"questions": [{"name": "preference", "title": "Which reply is better?", "type": "comparison", "mode": "preferred", "ties": true,
                 "strength": ["slightly better", "better", "much better"],
                 "rubric": [{"name": "helpfulness", "title": "Helpfulness", "scale": "likert5"},
                            {"name": "harmlessness", "title": "Harmlessness", "scale": {"labels": ["harmful", "borderline", "harmless"]}}],
                 "rationale": {"required": true, "min_length": 15, "max_length": 5000}}]}""",
                """
                {"external_id": "c1", "data": {"prompt": "Is it safe to leave cooked rice out overnight?", "responses": [\
                "Not really: spores of Bacillus cereus survive cooking and grow at room temperature. Cool rice within an hour and refrigerate it.", \
                "Yes, rice keeps for days at room temperature.", \
                "It depends on the kitchen; many people do it without problems, but the fridge is safer."]}}""");
        open(id);
        waitFor(By.cssSelector(".responses"));
        // The rubric's scale shows its labels, not only 1 2 3.
        assertThat(waitFor(By.cssSelector(".scale[data-scale='harmlessness-0']")).getText())
                .contains("harmful", "borderline", "harmless");
        // A submit with several things missing lists every one beside the comparison, in plain words; choosing the
        // better response takes its line away and asks how much better it is.
        click(By.id("submit"));
        assertThat(waitFor(By.id("problem-preference")).getText()).contains("Choose the better response, or Tie.")
                .contains("Score Responses A, B, C on Helpfulness.").contains("Score Responses A, B, C on Harmlessness.")
                .contains("Write at least 15 characters of rationale (0 so far).").doesNotContain("answer.");
        click(By.cssSelector("button[data-preferred='0']"));
        wait.until(d -> d.findElement(By.id("problem-preference")).getText().contains("Choose how much better Response A is."));
        assertThat(waitFor(By.id("problem-preference")).getText()).doesNotContain("Choose the better response");
        click(By.cssSelector("button[data-strength='much better']"));
        for (int position = 0; position < 3; position++) {
            click(By.cssSelector(".scale[data-scale='helpfulness-" + position + "'] button[data-value='" + (position == 0 ? 5 : 2) + "']"));
            click(By.cssSelector(".scale[data-scale='harmlessness-" + position + "'] button[data-value='" + (position == 0 ? 3 : 2) + "']"));
        }
        waitFor(By.id("q-preference-rationale")).sendKeys("Response A is correct and explains how to store rice safely.");
        screenshot("workbench-response-comparison");
        auditAt1280x800();
        click(By.id("submit"));

        JsonNode answer = onlyAnswer(id).path("preference");
        List<Integer> order = new ArrayList<>();
        answer.path("shown_order").forEach(n -> order.add(n.asInt()));
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(answer.path("preferred").asInt()).isEqualTo(order.get(0));
        assertThat(answer.path("strength").asString()).isEqualTo("much better");
        assertThat(answer.path("scores").get(order.get(0)).path("helpfulness").asInt()).isEqualTo(5);
        assertThat(answer.path("scores").get(order.get(1)).path("harmlessness").asInt()).isEqualTo(2);
        assertThat(answer.path("rationale").asString()).startsWith("Response A is correct");
    }

    @Test
    void aRankingWithTiesIsRefusedWithoutItsRationaleThenStoredWithDenseRanks() throws IOException {
        String id = project("response-comparison", """
                {"questions": [{"name": "rank", "title": "Rank the replies", "type": "comparison", "mode": "ranking", "ties": true,
                 "strength": ["slightly better", "much better"], "rationale": {"required": true, "min_length": 10}}]}""",
                """
                {"external_id": "r1", "data": {"messages": [{"role": "user", "content": "Write a one-line reminder to drink water."}], "responses": [                "Sip some water — your brain will thank you.", "Hydration check: have a glass of water now.", "WATER. NOW."]}}""");
        open(id);
        waitFor(By.cssSelector(".responses"));
        // Ranks 1, 1, 3 on screen: a tie for first, so no strength is asked; the workbench sends dense ranks (1, 1, 2).
        @SuppressWarnings("unchecked")
        List<Number> order = (List<Number>) js("return document.querySelector('annota-comparison').value.shown_order");
        new org.openqa.selenium.support.ui.Select(waitFor(By.cssSelector("select[data-rank='0']"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(waitFor(By.cssSelector("select[data-rank='1']"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(waitFor(By.cssSelector("select[data-rank='2']"))).selectByValue("3");
        assertThat(browser.findElements(By.cssSelector("button[data-strength]"))).isEmpty();
        click(By.id("submit"));
        assertThat(waitFor(By.id("wb-message")).getText()).contains("rationale");
        auditAt1280x800(); // a conversation context, ranking selects and the refusal message shown
        waitFor(By.id("q-rank-rationale")).sendKeys("A and B are equally friendly; C shouts.");
        click(By.id("submit"));

        JsonNode answer = onlyAnswer(id).path("rank");
        int[] ranking = new int[3];
        ranking[order.get(0).intValue()] = 1;
        ranking[order.get(1).intValue()] = 1;
        ranking[order.get(2).intValue()] = 2;
        assertThat(answer.path("ranking").toString()).isEqualTo("[" + ranking[0] + "," + ranking[1] + "," + ranking[2] + "]");
        assertThat(answer.has("strength")).isFalse();
        assertThat(answer.has("preferred")).isFalse();
    }

    @Test
    void aDemonstrationStartsFromTheDraftPreviewsMarkdownSafelyAndKeepsTheEdit() throws IOException {
        String id = project("demonstration", """
                {"questions": [{"name": "reply", "title": "Ideal reply", "type": "demonstration", "min_length": 80,
                                "max_length": 6000, "required_sections": ["Answer", "Next steps"]}]}""",
                """
                {"external_id": "d1", "data": {"prompt": "How do I export my calendar to a file?", "draft": "## Answer\\nGo to Settings and click Export.\\n\\n```\\nexport --all\\n```"}}""");
        open(id);
        WebElement editor = waitFor(By.id("q-reply-editor"));
        assertThat(editor.getDomProperty("value")).startsWith("## Answer");
        assertThat(browser.findElement(By.cssSelector(".rules")).getText()).contains("Section “Next steps” missing");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
                "\n\nThe file is an .ics file that <b>any</b> calendar app can import.\n\n## Next steps\n- Import it in the other app\n- Delete old copies"
                        + "\n- See [the form](javascript:alert(1)) or ![a chart](data:image/png;base64,iVBORw0KGgo=) or [this](vbscript:msgbox(1))");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".preview h2:last-of-type"), "Next steps"));
        assertThat(browser.findElements(By.cssSelector(".preview b"))).isEmpty(); // written HTML stays text
        assertThat(browser.findElement(By.cssSelector(".preview")).getText()).contains("<b>any</b>");
        // Links and images keep their text, but an unsafe target leaves an empty href or src (as in the guidelines).
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".preview a"), 2));
        assertThat(browser.findElements(By.cssSelector(".preview a[href=''], .preview img[src='']"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".preview")).getDomProperty("innerHTML"))
                .doesNotContain("javascript:").doesNotContain("data:").doesNotContain("vbscript:");
        assertThat(browser.findElement(By.cssSelector(".preview pre")).getText()).isEqualTo("export --all");
        assertThat(browser.findElement(By.cssSelector(".rules")).getText()).contains("Section “Next steps” present");
        screenshot("workbench-demonstration");
        auditAt1280x800();
        click(By.id("submit"));

        JsonNode row = onlyRow(id);
        JsonNode annotation = row.path("annotations").get(0);
        assertThat(annotation.path("answer").path("reply").path("text").asString()).contains("## Next steps").contains("<b>any</b>");
        assertThat(annotation.path("derived").path("reply").path("changed").asBoolean()).isTrue();
    }

    /**
     * The same Markdown through both renderers on one page: the server's (the guidelines, commonmark) and the browser's
     * (the demonstration preview, marked and DOMPurify). Both must show the same elements, attributes and text, and
     * neither may carry raw HTML, a script or an unsafe link or image target.
     */
    @Test
    void theDemonstrationPreviewRendersTrickyMarkdownAsTheServerRendersTheGuidelines() throws IOException {
        String markdown = """
                # Tricky

                Written <b>bold?</b> and <img src=x onerror=alert(1)> inline.

                <div onclick="alert(1)">a block of HTML</div>

                <script>alert(2)</script>

                See [the form](javascript:alert(1)), [encoded](&#106;avascript:alert(2)), [vb](vbscript:msgbox(1)),
                [a file](file:///etc/passwd) and ![a chart](data:image/png;base64,iVBORw0KGgo=).

                Safe: [docs](https://example.org/a?b=1), [mail](mailto:lead@example.org), [here](#scale), [page](/projects)
                and ![the logo](/favicon.svg "Annota").

                <javascript:alert(3)> and <https://example.org/auto>

                | a | b <b>x</b> |
                |---|:-:|
                | 1 | [x](javascript:alert(4)) |

                - one *two* **three** `four`
                - ~~not struck~~ https://example.org/bare

                > quoted

                ```
                code <b>kept</b>
                ```
                """;
        String id = project("demonstration", markdown, """
                {"questions": [{"name": "reply", "title": "Ideal reply", "type": "demonstration"}]}""",
                "{\"external_id\": \"tricky\", \"data\": {\"prompt\": \"Render this.\", \"draft\": " + json.writeValueAsString(markdown) + "}}");
        open(id);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".preview a"), 5));
        String guidelines = ".wb-guidelines .prose";
        String preview = ".demonstration .preview";

        assertThat(js("return " + CANONICAL + "(document.querySelector('" + preview + "'))"))
                .isEqualTo(js("return " + CANONICAL + "(document.querySelector('" + guidelines + "'))"));
        for (String rendered : List.of(guidelines, preview)) {
            WebElement root = browser.findElement(By.cssSelector(rendered));
            assertThat(js("return [...arguments[0].querySelectorAll('[href], [src]')].map((e) => e.localName + ' ' + (e.getAttribute('href') ?? e.getAttribute('src')))", root))
                    .as(rendered).asString().isEqualTo("[a , a , a , a , img , a https://example.org/a?b=1, a mailto:lead@example.org, a #scale, "
                            + "a /projects, img /favicon.svg, a , a https://example.org/auto, a ]");
            assertThat(root.findElements(By.cssSelector("b, div, script, del, [onclick], [onerror]"))).as(rendered).isEmpty();
            // GitHub's tables, and nothing else of GitHub's: no strikethrough, no bare-URL link.
            assertThat(root.findElements(By.cssSelector("table thead tr th, table tbody tr td"))).as(rendered).hasSize(4);
            assertThat(root.getText()).as(rendered).contains("<b>bold?</b>", "<img src=x onerror=alert(1)>",
                    "<div onclick=\"alert(1)\">a block of HTML</div>", "<script>alert(2)</script>", "code <b>kept</b>",
                    "~~not struck~~ https://example.org/bare", "javascript:alert(3)").doesNotContain("|---|");
            assertThat(root.findElements(By.cssSelector("h1, em, strong, code, ul li, blockquote p, pre code, img[title='Annota']")))
                    .as(rendered).hasSize(9);
        }
        screenshot("demonstration-markdown-as-guidelines");
    }

    /** A script function: an element's content as one line per element (attributes sorted) and per text, indented by depth. */
    private static final String CANONICAL = """
            ((root) => { const out = []; const walk = (node, depth) => { for (const c of node.childNodes) {
              if (c.nodeType === 3) { const t = c.textContent.replace(/\\s+/g, ' ').trim(); if (t) out.push(' '.repeat(depth) + JSON.stringify(t)); }
              else if (c.nodeType === 1) { out.push(' '.repeat(depth) + '<' + c.localName + [...c.attributes].map((a) => ' ' + a.name + '="' + a.value + '"').sort().join('') + '>'); walk(c, depth + 1); } } };
              walk(root, 0); return out.join('\\n'); })""";

    @Test
    void aConversationGetsTurnRatingsFlagsAndAnOverallRating() throws IOException {
        String id = project("conversation-rating", """
                {"questions": [{"name": "turns", "title": "Rate the tutor", "type": "conversation_rating", "roles": ["assistant"], "turn_scale": "likert5",
                  "flags": ["factual_error", "unsafe", "off_topic"], "overall_scale": "likert7", "rate_every_turn": true}]}""",
                """
                {"external_id": "v1", "data": {"messages": [{"role": "user", "content": "Why is the sky blue?"}, {"role": "assistant", "content": "Because it reflects the ocean."}, {"role": "user", "content": "Really?"}, {"role": "assistant", "content": "Sorry, that was wrong: air molecules scatter short blue wavelengths of sunlight more than red ones (Rayleigh scattering)."}]}}
                {"external_id": "v2", "data": {"messages": [{"role": "user", "content": "Translate 'good morning' into Spanish."}, {"role": "assistant", "content": "Buenos días."}]}}""");
        open(id);
        js("window.samePage = true");
        if (browser.findElements(By.cssSelector(".turn-rating[data-turn='3']")).isEmpty()) {
            skipWithTheKey(); // the short chat came first: skip it, the long one follows
        }
        click(By.cssSelector(".scale[data-scale='turn-1'] button[data-value='1']"));
        click(By.cssSelector(".turn-rating[data-turn='1'] input[data-flag='factual_error']"));
        browser.findElement(By.cssSelector(".turn-rating[data-turn='1'] input.note")).sendKeys("The sky does not reflect the ocean.", Keys.TAB);
        // keyboard in a radio group: focus the first value, arrow right three times
        browser.findElement(By.cssSelector(".scale[data-scale='turn-3'] button[data-value='1']")).click();
        keys(Keys.ARROW_RIGHT + "" + Keys.ARROW_RIGHT + Keys.ARROW_RIGHT);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".scale[data-scale='turn-3'] button[data-value='4']"), "aria-checked", "true"));
        click(By.cssSelector(".scale[data-scale='overall'] button[data-value='3']"));
        screenshot("workbench-conversation-rating");
        auditAt1280x800();
        click(By.id("submit"));
        if (browser.findElements(By.id("no-more-tasks")).isEmpty() && waitForNextOrEnd()) {
            // the next task shows nothing of the last one's answers
            assertThat(browser.findElements(By.cssSelector(".scale-value.chosen"))).isEmpty();
            skipWithTheKey();
        }

        JsonNode answer = onlyAnswer(id).path("turns");
        assertThat(answer.path("overall").asInt()).isEqualTo(3);
        assertThat(answer.path("turns").toString()).isEqualTo(
                "[{\"index\":1,\"rating\":1,\"flags\":[\"factual_error\"],\"note\":\"The sky does not reflect the ocean.\"},{\"index\":3,\"rating\":4}]");
    }

    @Test
    void boxesAreDrawnOnTheImageWithClassesAndAttributesInImagePixels() throws IOException {
        String id = project("image-boxes", BOXES_SCHEMA, """
                {"external_id": "b1", "data": {"image": {"url": "/demo/street-1.svg", "width": 640, "height": 400}}, "predictions": [{"model": "detector-v2", "answer": {"objects": {"objects": [{"type": "box", "class": "car", "x": 118, "y": 223, "width": 194, "height": 118}]}}}]}""");
        open(id);
        WebElement canvas = waitFor(By.cssSelector("annota-boxes canvas"));
        wait.until(d -> ((Number) js("return document.querySelector('annota-boxes').draws")).intValue() > 0
                && (Boolean) js("return document.querySelector('annota-boxes').image.complete"));
        // Box tool from the keyboard, then a drag around the pedestrian, from image pixel (544, 200) to (576, 308).
        canvas.click();
        String zoom = browser.findElement(By.cssSelector(".boxes-toolbar .zoom")).getText();
        keys("+"); // zoomed in: the answer stays in image pixels
        wait.until(d -> !zoom.equals(d.findElement(By.cssSelector(".boxes-toolbar .zoom")).getText()));
        keys("b");
        keys("2"); // pedestrian
        drag(canvas, List.of(new double[]{544, 200}, new double[]{560, 250}, new double[]{576, 308}), false);
        waitFor(By.cssSelector(".selected-object"));
        click(By.cssSelector(".selected-object input[data-attribute='occluded']"));
        // Nudge it with the keyboard: one pixel right, one down; undo the second.
        canvas.click(); // in the box tool, a click without a drag draws nothing
        keys("v");
        keys(Keys.ARROW_RIGHT);
        keys(Keys.ARROW_DOWN);
        chord("z", Keys.CONTROL);
        // A polygon around the blue car: P, class 1, click the points, Enter closes it.
        keys("p");
        keys("1");
        drag(canvas, List.of(new double[]{358, 264}, new double[]{512, 264}, new double[]{513, 322}, new double[]{484, 338}, new double[]{388, 338}), true);
        keys(Keys.ENTER);
        wait.until(d -> ((Number) js("return document.querySelector('annota-boxes').objects.length")).intValue() == 3);
        screenshot("workbench-image-boxes");
        click(By.id("submit"));

        JsonNode answer = onlyAnswer(id).path("objects");
        assertThat(answer.path("width").asInt()).isEqualTo(640);
        assertThat(answer.path("height").asInt()).isEqualTo(400);
        assertThat(answer.path("objects")).hasSize(3);
        assertThat(answer.path("objects").get(0).path("class").asString()).isEqualTo("car"); // the prediction, kept
        JsonNode drawn = answer.path("objects").get(1);
        assertThat(drawn.path("type").asString()).isEqualTo("box");
        assertThat(drawn.path("class").asString()).isEqualTo("pedestrian");
        assertThat(drawn.path("attributes").path("occluded").asBoolean()).isTrue();
        assertThat(drawn.path("x").asDouble()).isCloseTo(545, org.assertj.core.data.Offset.offset(2.0));
        assertThat(drawn.path("y").asDouble()).isCloseTo(200, org.assertj.core.data.Offset.offset(2.0));
        assertThat(drawn.path("width").asDouble()).isCloseTo(32, org.assertj.core.data.Offset.offset(2.0));
        assertThat(drawn.path("height").asDouble()).isCloseTo(108, org.assertj.core.data.Offset.offset(2.0));
        JsonNode polygon = answer.path("objects").get(2);
        assertThat(polygon.path("type").asString()).isEqualTo("polygon");
        assertThat(polygon.path("class").asString()).isEqualTo("car");
        assertThat(polygon.path("points")).hasSize(5);
        assertThat(polygon.path("points").get(3).get(0).asDouble()).isCloseTo(484, org.assertj.core.data.Offset.offset(2.0));
    }

    /**
     * WCAG 2.1 A and AA by axe-core on the task as shown (answers partly given), and usable at 1280×800: nothing wider
     * than the window, the submit button inside it.
     */
    private void auditAt1280x800() {
        assertThat(Accessibility.violations(browser)).isEmpty();
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 1280 px").isEqualTo(true);
        assertThat(js("const r = document.getElementById('submit').getBoundingClientRect(); return r.right <= window.innerWidth && r.width > 0"))
                .as("the submit button fits the window").isEqualTo(true);
    }

    private void skipWithTheKey() {
        String assignment = waitFor(By.id("task")).getDomAttribute("data-assignment");
        js("document.activeElement.blur()"); // S skips unless the focus is in a text field
        keys("s");
        wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty()
                || !assignment.equals(d.findElement(By.id("task")).getDomAttribute("data-assignment")));
        assertThat(js("return window.samePage === true")).as("the next task came without a page load").isEqualTo(true);
    }

    /** Waits for the next task or the end of the queue; true when a next task is shown. */
    private boolean waitForNextOrEnd() {
        wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty() || !d.findElements(By.cssSelector("#task:not(.busy) .turn-rating")).isEmpty()
                && d.findElements(By.cssSelector(".turn-rating[data-turn='3']")).isEmpty());
        return browser.findElements(By.id("no-more-tasks")).isEmpty();
    }

    /** Presses at image pixel points on the canvas: one drag through them, or one click per point. */
    private void drag(WebElement canvas, List<double[]> points, boolean clicks) {
        // viewport coordinates, which is what moveToLocation takes (the element rect is in document coordinates)
        @SuppressWarnings("unchecked")
        Map<String, Object> rect = (Map<String, Object>) js("const r = document.querySelector('annota-boxes canvas').getBoundingClientRect(); return {x: r.left, y: r.top}");
        double left = ((Number) rect.get("x")).doubleValue();
        double top = ((Number) rect.get("y")).doubleValue();
        var actions = new Actions(browser);
        for (int i = 0; i < points.size(); i++) {
            int[] at = screen(points.get(i)[0], points.get(i)[1]);
            actions = actions.moveToLocation((int) Math.round(left + at[0]), (int) Math.round(top + at[1]));
            if (clicks) {
                actions = actions.click();
            } else if (i == 0) {
                actions = actions.clickAndHold();
            }
        }
        if (!clicks) {
            actions = actions.release();
        }
        actions.perform();
    }

    @Test
    void aThousandBoxesOnOneImageRenderAndMoveWithinAFrameBudget() throws IOException {
        var objects = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 1000; i++) {
            objects.add(Map.of("type", "box", "class", i % 3 == 0 ? "car" : "pedestrian", "x", (i % 40) * 15 + 2, "y", (i / 40) * 15 + 2, "width", 11, "height", 11));
        }
        String id = project("image-boxes", BOXES_SCHEMA, json.writeValueAsString(Map.of("external_id", "crowd",
                "data", Map.of("image", Map.of("url", "/demo/street-1.svg", "width", 640, "height", 400)),
                "predictions", List.of(Map.of("model", "detector-v2", "answer", Map.of("objects", Map.of("objects", objects)))))));
        open(id);
        waitFor(By.cssSelector("annota-boxes canvas"));
        wait.until(d -> ((Number) js("return document.querySelector('annota-boxes').draws")).intValue() > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const el = document.querySelector('annota-boxes');
                const canvas = el.querySelector('canvas');
                const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
                (async () => {
                  // a full redraw of all 1,000 objects
                  let t = performance.now();
                  el.invalidate();
                  await frame(); await frame();
                  const full = performance.now() - t;
                  // drag object 500 by 20 steps with pointer events, one frame each
                  const o = { ...el.objects[500] };
                  const r = canvas.getBoundingClientRect();
                  const at = (x, y) => ({ clientX: r.left + el.view.x + x * el.view.k, clientY: r.top + el.view.y + y * el.view.k, button: 0, bubbles: true, pointerId: 1 });
                  canvas.dispatchEvent(new PointerEvent('pointerdown', at(o.x + 5, o.y + 5)));
                  await frame();
                  let worst = 0, maxDraw = 0;
                  t = performance.now();
                  for (let i = 1; i <= 20; i++) {
                    const s = performance.now();
                    canvas.dispatchEvent(new PointerEvent('pointermove', at(o.x + 5 + i, o.y + 5)));
                    await frame();
                    worst = Math.max(worst, performance.now() - s);
                    maxDraw = Math.max(maxDraw, el.lastDrawMs);
                  }
                  const perMove = (performance.now() - t) / 20;
                  canvas.dispatchEvent(new PointerEvent('pointerup', at(o.x + 25, o.y + 5)));
                  await frame();
                  done({ full, perMove, worst, maxDraw, x: el.objects[500].x, count: el.objects.length });
                })();
                """);
        System.out.println("1,000 boxes: " + timing);
        screenshot("workbench-image-boxes-1000");
        assertThat(((Number) timing.get("count")).intValue()).isEqualTo(1000);
        assertThat(((Number) timing.get("x")).doubleValue()).isCloseTo(objects.get(500).get("x") instanceof Integer x ? x + 20 : 0, org.assertj.core.data.Offset.offset(0.5));
        // A frame at 60 Hz is 16.7 ms; headless Chromium on a busy 2-core machine is given room, but not a lag users feel.
        assertThat(((Number) timing.get("maxDraw")).doubleValue()).isLessThan(50);
        assertThat(((Number) timing.get("perMove")).doubleValue()).isLessThan(100);
        assertThat(((Number) timing.get("full")).doubleValue()).isLessThan(250);
        click(By.id("submit"));
        JsonNode answer = onlyAnswer(id).path("objects");
        assertThat(answer.path("objects")).hasSize(1000);
        assertThat(answer.path("objects").get(500).path("x").asDouble()).isEqualTo(((Number) timing.get("x")).doubleValue());
    }

    private static final String BOXES_SCHEMA = """
            {"questions": [{"name": "objects", "title": "Objects", "type": "boxes", "classes": ["car", "pedestrian", "cyclist"],
             "shapes": ["box", "polygon"], "attributes": [{"name": "occluded", "title": "Occluded"}, {"name": "truncated", "title": "Truncated"}],
             "min_objects": 0, "max_objects": 5000}]}""";

    /** Creates a project through the API, imports the items and engages the annotator's workforce. */
    private String project(String taskType, String schema, String items) {
        return project(taskType, "# " + taskType + "\n\nFollow the project's rules. Use the keyboard shortcuts shown below the task.",
                schema, items);
    }

    private String project(String taskType, String guidelines, String schema, String items) {
        String body = "{\"name\": \"" + taskType + " " + System.nanoTime() + "\", \"guidelines\": " + json.writeValueAsString(guidelines)
                + ", \"taskType\": \"" + taskType + "\", \"schema\": " + schema + ", \"leaseSeconds\": 900}";
        var created = manager.postJson("/api/v1/projects", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var imported = manager.post("/api/v1/projects/" + id + "/items", "application/x-ndjson",
                java.net.http.HttpRequest.BodyPublishers.ofString(items.strip()));
        assertThat(imported.status()).as(imported.text()).isBetween(200, 201);
        var engaged = manager.postJson("/api/v1/projects/" + id + "/engagements", "{\"workforceOrgId\": \"" + vendor.id() + "\"}");
        assertThat(engaged.status()).as(engaged.text()).isBetween(200, 204);
        return id;
    }

    private void open(String projectId) {
        browser.get(url("/projects/" + projectId + "/work"));
        waitFor(By.cssSelector("#task:not(.busy)"));
    }

    /** The export's one row, once the submit has reached the server. */
    private JsonNode onlyRow(String projectId) {
        waitFor(By.id("no-more-tasks"));
        String export = manager.get("/api/v1/projects/" + projectId + "/export").text().strip();
        assertThat(export.lines()).hasSize(1);
        JsonNode row = json.readTree(export);
        assertThat(row.path("annotations")).hasSize(1);
        return row;
    }

    private JsonNode onlyAnswer(String projectId) {
        return onlyRow(projectId).path("annotations").get(0).path("answer");
    }

    /** The code point offset of a substring (what the schema language counts). */
    private static int cp(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    private WebElement g(int i) {
        return waitFor(By.cssSelector(".span-text .g[data-i='" + i + "']"));
    }

    /** Image pixels to canvas CSS pixels, from the control's current view. */
    private int[] screen(double x, double y) {
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) js("return document.querySelector('annota-boxes').view");
        double k = ((Number) v.get("k")).doubleValue();
        return new int[]{(int) Math.round(((Number) v.get("x")).doubleValue() + x * k), (int) Math.round(((Number) v.get("y")).doubleValue() + y * k)};
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** A key with modifiers held down (Actions.sendKeys with Keys.chord releases them before the key). */
    private void chord(CharSequence key, Keys... modifiers) {
        var actions = new Actions(browser);
        for (Keys m : modifiers) {
            actions = actions.keyDown(m);
        }
        actions = actions.sendKeys(key);
        for (Keys m : modifiers) {
            actions = actions.keyUp(m);
        }
        actions.perform();
    }

    /** The text of the span control's selection as the page highlights it. */
    private Object selected() {
        return js("return [...document.querySelectorAll('.span-text .g.sel')].map(e => e.textContent).join('')");
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement waitFor(By by) {
        return session.waitFor(by);
    }

    private void click(By by) {
        session.click(by);
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }

    private String url(String path) {
        return session.url(path);
    }
}
