package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Accessibility;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager's item view shows the item as the annotators saw it (issue 23): two annotators answer a span, a box and
 * a comparison project through the API, and the item view highlights every annotator's spans in the text (agreement
 * drawn apart from single spans), draws every annotator's shapes over the uploaded image in image pixels, and puts the
 * responses side by side with the letter each annotator saw and their choice; each answer's history is listed. Each
 * page passes the axe-core WCAG 2.1 AA audit; screenshots go to target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ItemViewInTheBrowserTests extends InTheBrowser {

    private static final String TEXT = "Jane Smith moved to Paris in May.";

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired Items items;
    @Autowired JsonMapper json;
    @Autowired Users users;

    private CurrentUser manager;
    private CurrentUser ada;
    private CurrentUser ben;

    @BeforeEach
    void aLabWithAManagerAndTwoAnnotators() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Item view lab");
        manager = fixtures.user(lab, Role.MANAGER);
        ada = annotator(lab, "Ada Lovelace");
        ben = annotator(lab, "Ben Okri");
    }

    /** An annotator with a name of their own (the fixtures' users are all "Test ANNOTATOR"). */
    private CurrentUser annotator(Organization lab, String name) {
        UserAccount account = users.create(new NewUser(lab.id(), "annotator-" + UUID.randomUUID() + "@test.example", name,
                Fixtures.PASSWORD, Set.of(Role.ANNOTATOR)));
        return new CurrentUser(account.id(), lab.id(), lab.kind(), account.email(), account.displayName(), account.roles());
    }

    @Test
    void theItemViewHighlightsEveryAnnotatorsSpansAndAgreementShowsAtAGlance() throws Exception {
        Project project = project("Entities", TaskType.SPAN_LABELING,
                "{\"questions\": [{\"name\": \"entities\", \"title\": \"Entities\", \"type\": \"spans\", \"labels\": [\"PER\", \"LOC\"]}]}",
                "{\"external_id\": \"news-1\", \"data\": {\"text\": \"" + TEXT + "\"}, \"predictions\": [{\"model\": \"ner-1\", \"answer\": "
                        + "{\"entities\": [{\"start\": 29, \"end\": 32, \"label\": \"LOC\"}]}}]}");
        // Both label Paris LOC; Ada takes "Jane Smith" as PER, Ben only "Jane".
        String item = answer(project, ada, "{\"entities\": [{\"start\": 0, \"end\": 10, \"label\": \"PER\", \"text\": \"Jane Smith\"},"
                + " {\"start\": 20, \"end\": 25, \"label\": \"LOC\", \"text\": \"Paris\"}]}");
        answer(project, ben, "{\"entities\": [{\"start\": 0, \"end\": 4, \"label\": \"PER\", \"text\": \"Jane\"},"
                + " {\"start\": 20, \"end\": 25, \"label\": \"LOC\", \"text\": \"Paris\"}]}");

        openItem(project, item);
        WebElement paris = session.waitFor(By.cssSelector("#seen-entities li.seen-span[data-label='LOC'][data-start='20'][data-end='25']"));
        assertThat(paris.getText()).contains("Paris", ada.displayName(), ben.displayName(), "2 of 2 annotators");
        assertThat(paris.getDomAttribute("class")).contains("agreed");
        assertThat(paris.getDomAttribute("data-by")).contains(ada.id().toString(), ben.id().toString());
        WebElement adasOnly = browser.findElement(By.cssSelector("#seen-entities li.seen-span[data-label='PER'][data-start='0'][data-end='10']"));
        assertThat(adasOnly.getText()).contains("Jane Smith", ada.displayName(), "1 of 2").doesNotContain(ben.displayName());
        // The model's prediction is drawn like an answer, named as the model's, and counts for no agreement.
        WebElement predicted = browser.findElement(By.cssSelector("#seen-entities li.seen-span[data-start='29'][data-end='32']"));
        assertThat(predicted.getText()).contains("LOC", "“May”", "Prediction: ner-1", "0 of 2");
        session.click(By.cssSelector("#predictions summary"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("predictions"), "“May”"));
        assertThat(session.text(By.id("predictions"))).contains("ner-1", "LOC");
        assertThat(adasOnly.getDomAttribute("class")).doesNotContain("agreed");

        // In the text: "Jane" both labelled PER (agreed), " Smith" only Ada (partial), "Paris" both LOC (agreed).
        List<WebElement> runs = browser.findElements(By.cssSelector("#seen-entities .seen-text mark.seen-run"));
        assertThat(runs).extracting(WebElement::getText).containsExactly("Jane", " Smith", "Paris", "May");
        assertThat(runs).extracting(r -> r.getDomAttribute("class").contains("agreed")).containsExactly(true, false, true, false);
        assertThat(runs.get(1).getDomAttribute("data-by")).isEqualTo(ada.id().toString());
        assertThat(runs.get(1).getDomAttribute("title")).isEqualTo("PER (" + ada.displayName() + ")");
        assertThat(runs.get(2).getDomAttribute("data-labels")).isEqualTo("LOC");
        // The answers table lists each annotator's spans with their text; the history names each submission.
        assertThat(browser.findElement(By.id("answers")).getText()).contains("“Jane Smith”", "“Jane”");
        assertThat(browser.findElements(By.cssSelector("#answers ol.answer-versions li[data-step='submitted']"))).hasSize(2);
        session.screenshot("item-view-spans");
        assertThat(Accessibility.violations(browser)).isEmpty();

        // Ben hidden: only Ada's spans are left, none of them agreed.
        session.click(By.cssSelector("#seen-entities input[data-source='" + ben.id() + "']"));
        wait.until(d -> d.findElements(By.cssSelector("#seen-entities li.seen-span")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("#seen-entities li.seen-span[data-end='4']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#seen-entities mark.seen-run.agreed"))).isEmpty();
    }

    @Test
    void theItemViewDrawsEveryAnnotatorsShapesOverTheImageInImagePixels() throws Exception {
        Project project = fixtures.boxProject(manager, 2, 600);
        var image = fixtures.image(project, manager, 320, 200);
        fixtures.itemsShowing(project, manager, List.of(image));
        String item = answer(project, ada, "{\"objects\": {\"width\": 320, \"height\": 200, \"objects\": ["
                + "{\"type\": \"box\", \"class\": \"car\", \"x\": 10, \"y\": 20, \"width\": 100, \"height\": 50, \"attributes\": {}}]}}");
        answer(project, ben, "{\"objects\": {\"width\": 320, \"height\": 200, \"objects\": ["
                + "{\"type\": \"box\", \"class\": \"car\", \"x\": 12, \"y\": 22, \"width\": 98, \"height\": 48, \"attributes\": {}},"
                + "{\"type\": \"polygon\", \"class\": \"pedestrian\", \"points\": [[200, 50], [260, 60], [230, 150]], \"attributes\": {}}]}}");

        openItem(project, item);
        WebElement shapes = session.waitFor(By.cssSelector("#seen-objects svg.seen-shapes"));
        assertThat(shapes.getDomAttribute("viewBox")).isEqualTo("0 0 320 200");
        WebElement adasCar = browser.findElement(By.cssSelector("#seen-objects rect.shape[data-source='" + ada.id() + "']"));
        assertThat(List.of(adasCar.getDomAttribute("x"), adasCar.getDomAttribute("y"), adasCar.getDomAttribute("width"), adasCar.getDomAttribute("height")))
                .containsExactly("10", "20", "100", "50");
        assertThat(adasCar.getDomAttribute("data-class")).isEqualTo("car");
        WebElement bensCar = browser.findElement(By.cssSelector("#seen-objects rect.shape[data-source='" + ben.id() + "']"));
        assertThat(bensCar.getDomAttribute("x")).isEqualTo("12");
        assertThat(bensCar.getDomAttribute("stroke")).isNotEqualTo(adasCar.getDomAttribute("stroke")); // one colour per annotator
        WebElement pedestrian = browser.findElement(By.cssSelector("#seen-objects polygon.shape[data-source='" + ben.id() + "']"));
        assertThat(pedestrian.getDomAttribute("points")).isEqualTo("200,50 260,60 230,150");
        assertThat(browser.findElements(By.cssSelector("#seen-objects text.shape-label"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("car", "car", "pedestrian");
        // The uploaded image loads with the manager's session, and the shapes lie over it at its displayed size.
        wait.until(d -> Long.valueOf(320).equals(js("return document.querySelector('#seen-objects img').naturalWidth")));
        assertThat(js("const i = document.querySelector('#seen-objects img').getBoundingClientRect();"
                + " const s = document.querySelector('#seen-objects svg').getBoundingClientRect();"
                + " return Math.abs(i.width - s.width) < 1 && Math.abs(i.height - s.height) < 1 && i.width > 0")).isEqualTo(true);
        assertThat(browser.findElement(By.id("answers")).getText()).contains("box (10, 20) 100 × 50", "polygon of 3 points");
        session.screenshot("item-view-boxes");
        assertThat(Accessibility.violations(browser)).isEmpty();

        // Ada hidden: only Ben's two shapes are drawn.
        session.click(By.cssSelector("#seen-objects input[data-source='" + ada.id() + "']"));
        wait.until(d -> d.findElements(By.cssSelector("#seen-objects .shape")).size() == 2);
        assertThat(browser.findElements(By.cssSelector("#seen-objects .shape[data-source='" + ada.id() + "']"))).isEmpty();
    }

    @Test
    void theItemViewPutsTheResponsesSideBySideWithTheLetterEachAnnotatorSawAndTheirChoice() throws Exception {
        Project project = project("Preferences", TaskType.RESPONSE_COMPARISON, """
                {"questions": [{"name": "preference", "title": "Preference", "type": "comparison", "ties": true,
                  "strength": ["slightly better", "much better"],
                  "rubric": [{"name": "helpfulness", "title": "Helpfulness", "scale": {"labels": ["useless", "so-so", "helpful"]}}],
                  "rationale": true}]}""",
                "{\"external_id\": \"cmp-1\", \"data\": {\"prompt\": \"How do I boil an egg?\", \"responses\": ["
                        + "\"Put it in boiling water for 8 minutes.\", \"Eggs are oval.\", \"Boil water, add the egg, wait 7 to 9 minutes, cool it.\"]}}");
        // Ada saw the responses in the order 2, 0, 1 and preferred the first of the item (her B); Ben saw them in order
        // and preferred the third (his C).
        String item = answer(project, ada, """
                {"preference": {"shown_order": [2, 0, 1], "preferred": 0, "strength": "slightly better",
                  "scores": [{"helpfulness": 3}, {"helpfulness": 1}, {"helpfulness": 2}], "rationale": "B is short and right."}}""");
        answer(project, ben, """
                {"preference": {"shown_order": [0, 1, 2], "preferred": 2, "strength": "much better",
                  "scores": [{"helpfulness": 2}, {"helpfulness": 1}, {"helpfulness": 3}], "rationale": "C gives the steps."}}""");

        openItem(project, item);
        WebElement responses = session.waitFor(By.cssSelector("#seen-preference .seen-responses"));
        assertThat(responses.findElements(By.cssSelector("article.response"))).hasSize(3);
        assertThat(session.text(By.id("item-prompt"))).isEqualTo("How do I boil an egg?");
        WebElement adaOnFirst = verdict(0, ada);
        assertThat(adaOnFirst.getDomAttribute("data-seen-as")).isEqualTo("B");
        assertThat(adaOnFirst.getDomAttribute("data-preferred")).isEqualTo("true");
        assertThat(adaOnFirst.getText()).contains("saw B", "preferred", "Helpfulness: 3 · helpful");
        assertThat(verdict(0, ben).getDomAttribute("data-preferred")).isEqualTo("false");
        WebElement benOnThird = verdict(2, ben);
        assertThat(benOnThird.getDomAttribute("data-seen-as")).isEqualTo("C");
        assertThat(benOnThird.getDomAttribute("data-preferred")).isEqualTo("true");
        assertThat(verdict(2, ada).getDomAttribute("data-seen-as")).isEqualTo("A");
        // Side by side: the three cards share one row at this width.
        assertThat(js("const c = [...document.querySelectorAll('#seen-preference article.response')].map((a) => a.getBoundingClientRect().top);"
                + " return c.every((t) => Math.abs(t - c[0]) < 1)")).isEqualTo(true);
        WebElement adasRow = browser.findElement(By.cssSelector("#seen-preference table.seen-verdicts tr[data-source='" + ada.id() + "']"));
        assertThat(adasRow.getText()).contains("Response 1 (seen as B)", "slightly better", "B is short and right.");
        assertThat(browser.findElement(By.id("answers")).getText()).contains("Response 3 (seen as C)", "C gives the steps.");
        session.screenshot("item-view-comparison");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void theItemViewShowsEachDemonstrationAsAWordDiffAgainstTheDraftAndEachAnnotatorsRatingBesideEveryTurn() throws Exception {
        Project demo = project("Replies", TaskType.DEMONSTRATION, "{\"questions\": [{\"name\": \"reply\", \"title\": \"Reply\", \"type\": \"demonstration\"}]}",
                "{\"external_id\": \"demo-1\", \"data\": {\"prompt\": \"Greet the user.\", \"draft\": \"Hello there user\"}}");
        String item = answer(demo, ada, "{\"reply\": {\"text\": \"Hello there, dear user\"}}");
        answer(demo, ben, "{\"reply\": {\"text\": \"Hello there user\"}}");
        openItem(demo, item);
        WebElement adas = session.waitFor(By.cssSelector("#seen-reply article[data-source='" + ada.id() + "']"));
        assertThat(adas.findElement(By.tagName("del")).getText().strip()).isEqualTo("there");
        assertThat(adas.findElement(By.tagName("ins")).getText().strip()).isEqualTo("there, dear");
        WebElement bens = browser.findElement(By.cssSelector("#seen-reply article[data-source='" + ben.id() + "']"));
        assertThat(bens.findElements(By.cssSelector("del, ins"))).as("Ben kept the draft").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#answers .word-diff ins"))).hasSize(1);
        session.screenshot("item-view-demonstration");
        assertThat(Accessibility.violations(browser)).isEmpty();
        session.logOut();

        Project chat = project("Chats", TaskType.CONVERSATION_RATING, """
                {"questions": [{"name": "turns", "title": "Turns", "type": "conversation_rating",
                  "turn_scale": {"labels": ["bad", "ok", "good"]}, "flags": ["factual_error"], "overall_scale": "likert5"}]}""",
                "{\"external_id\": \"chat-1\", \"data\": {\"messages\": [{\"role\": \"user\", \"content\": \"Capital of Australia?\"},"
                        + " {\"role\": \"assistant\", \"content\": \"Sydney.\"}]}}");
        item = answer(chat, ada, "{\"turns\": {\"turns\": [{\"index\": 1, \"rating\": 1, \"flags\": [\"factual_error\"], \"note\": \"It is Canberra.\"}], \"overall\": 1}}");
        answer(chat, ben, "{\"turns\": {\"turns\": [{\"index\": 1, \"rating\": 2}], \"overall\": 3}}");
        openItem(chat, item);
        WebElement adasTurn = session.waitFor(By.cssSelector("#seen-turns li.verdict[data-turn='1'][data-source='" + ada.id() + "']"));
        assertThat(adasTurn.getText()).contains(ada.displayName(), "1 · bad", "factual error", "It is Canberra.");
        assertThat(session.text(By.cssSelector("#seen-turns li.verdict[data-turn='1'][data-source='" + ben.id() + "']"))).contains("2 · ok");
        assertThat(browser.findElements(By.cssSelector("#seen-turns li.msg[data-index='0'] li.verdict"))).as("the user's turn is not rated").isEmpty();
        assertThat(session.text(By.id("seen-turns"))).contains("Overall:", "Sydney.");
        session.screenshot("item-view-conversation");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    private WebElement verdict(int response, CurrentUser annotator) {
        return browser.findElement(By.cssSelector("#seen-preference article.response[data-response='" + response + "'] li.verdict[data-source='"
                + annotator.id() + "']"));
    }

    private Project project(String name, TaskType type, String schema, String itemLine) {
        Project p = projects.create(manager, new ProjectSettings(name, "# Guidelines", type, json.readTree(schema), 2, 600, 0));
        items.importItems(projects.access(manager, p.id()), new ByteArrayInputStream((itemLine + "\n").getBytes(StandardCharsets.UTF_8)));
        return p;
    }

    /** The annotator takes the next task through the API and submits this answer; the item's id. */
    private String answer(Project project, CurrentUser annotator, String answer) {
        var c = fixtures.client(annotator);
        String base = "/api/v1/projects/" + project.id();
        var task = c.post(base + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        var submitted = c.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation", answer);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return task.json().get("itemId").asString();
    }

    private void openItem(Project project, String item) {
        session.logIn(manager);
        session.open("/projects/" + project.id() + "/items/" + item);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#answers th.annotator"), 2));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
