package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.review.ItemReview;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import dev.annota.review.Reviews;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review in a real Chromium (docs/review.md): a manager turns review on in the project page's form, an annotator
 * labels, a reviewer works the review page with the keyboard — A accepts, E corrects in the workbench's own controls,
 * R rejects with overall and per-question feedback — and the item view's history shows each decision.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReviewInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reviews reviews;
    @Autowired
    JsonMapper json;
    @Autowired
    Projects projects;

    private CurrentUser manager;
    private CurrentUser annotator;
    private CurrentUser reviewer;
    private Project project;

    @BeforeEach
    void aProjectALabAndItsPeople() throws IOException {
        var setup = fixtures.labProject("Review lab", 1, 4);
        manager = setup.manager();
        annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        reviewer = fixtures.user(setup.lab(), Role.REVIEWER);
        project = setup.project();
    }

    @Test
    void aReviewerAcceptsCorrectsAndRejectsWithTheKeyboardAndTheItemsHistoryShowsEachDecision() throws Exception {
        turnReviewOnInTheProjectPage();
        labelEverything("1"); // option "a" for every item
        awaitWaitingReviews(4);
        addAReasonQuestion();

        Map<String, String> decided = reviewWithTheKeyboard();
        assertThat(decided).containsValues("STALE", "ACCEPT", "CORRECT", "REJECT");
        String correctedItem = itemDecided(decided, "CORRECT");
        String rejectedItem = itemDecided(decided, "REJECT");

        // The stored decisions are the ones pressed: the correction holds "b" (key 2), the rejection its feedback.
        ItemReview correction = onlyReview(correctedItem);
        assertThat(correction.decision()).isEqualTo(ReviewOutcome.CORRECT);
        assertThat(correction.correction().get("label").asString()).isEqualTo("b");
        assertThat(correction.correction().get("why").asString()).isEqualTo("too short, the text says so plainly");
        ItemReview rejection = onlyReview(rejectedItem);
        assertThat(rejection.feedback()).isEqualTo("Read the whole text before choosing.");
        assertThat(rejection.questionFeedback().get("label").asString()).isEqualTo("This one is c.");
        assertThat(onlyReview(itemDecided(decided, "ACCEPT")).decision()).isEqualTo(ReviewOutcome.ACCEPT);
        session.logOut();

        // The manager sees the decisions in the summary and in each item's review history.
        session.logIn(manager);
        session.open("/projects/" + project.id());
        for (String state : List.of("accepted", "corrected", "rejected")) {
            wait.until(ExpectedConditions.textToBe(By.id("summary-REVIEW-" + state), state.equals("accepted") ? "2" : "1"));
        }
        assertThat(session.text(By.id("summary-REVIEW-waiting"))).isEqualTo("0");
        session.screenshot("review-summary");
        session.open("/projects/" + project.id() + "/items/" + rejectedItem);
        WebElement history = session.waitFor(By.id("review-history"));
        assertThat(history.getText()).contains("REJECT", "Read the whole text before choosing.", "This one is c.", reviewer.displayName());
        session.screenshot("review-history");
        session.open("/projects/" + project.id() + "/items/" + correctedItem);
        assertThat(session.waitFor(By.cssSelector("#review-history tr[data-decision='CORRECT']")).getText()).contains("CORRECT", "b");
    }

    @Test
    void theInboxsWordDiffStrikesWhatWasRemovedBeforeWhatReplacedIt() {
        session.logIn(annotator);
        Object diff = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/controls/word-diff.js')
                  .then((m) => done(m.wordDiff('the cat sat on the mat', 'the dog sat on a mat now')
                    .map((p) => (p.kind === 'same' ? p.text : `[${p.kind}:${p.text.trim()}]`)).join('')));""");
        assertThat(diff).isEqualTo("the [del:cat][ins:dog]sat on [del:the][ins:a]mat [ins:now]");
    }

    /**
     * The rest of the flow, ready for the feedback inbox and rework (GET /api/v1/me/feedback, the task's
     * {@code rework}) of the rework branch: the annotator reads the feedback, reworks the rejected item, the reviewer
     * accepts it, and the export of accepted work holds the corrected and reworked answers.
     */
    @Test
    void theAnnotatorReadsTheFeedbackReworksTheRejectedItemAndTheReviewerAcceptsIt() throws Exception {
        turnReviewOnInTheProjectPage();
        labelEverything("1");
        awaitWaitingReviews(4);
        addAReasonQuestion();
        Map<String, String> decided = reviewWithTheKeyboard();
        String correctedItem = itemDecided(decided, "CORRECT");
        session.logOut();

        // The inbox: the rejection's feedback, the correction as yours against the corrected answer, the rate.
        session.logIn(annotator);
        session.click(By.id("feedback-link"));
        WebElement entries = session.waitFor(By.id("feedback-entries"));
        assertThat(entries.getText()).contains("Rejected", "Read the whole text before choosing.", "This one is c.", "Corrected");
        assertThat(session.text(By.id("acceptance-rate"))).isNotEqualTo("—");
        WebElement diff = session.waitFor(By.cssSelector("table.compare tr.changed[data-question='label']"));
        assertThat(diff.getText()).contains("a", "b");
        WebElement replyBox = session.waitFor(By.cssSelector(".reply-form textarea"));
        replyBox.sendKeys("Thanks, understood.");
        session.click(By.cssSelector(".reply-form button[type='submit']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-entries"), "Thanks, understood."));
        session.screenshot("feedback-inbox");

        // Rework: the workbench labels the task, shows the feedback beside it and the earlier answer filled in.
        session.open("/projects/" + project.id() + "/work");
        assertThat(session.text(By.id("rework-label"))).contains("Rework (round 2)");
        assertThat(session.text(By.id("rework-feedback"))).contains("Read the whole text before choosing.");
        assertThat(session.text(By.id("qf-label"))).contains("This one is c.");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.option[data-option='a']"), "aria-checked", "true"));
        session.screenshot("workbench-rework");
        keys("3");
        keys(Keys.ENTER);
        session.waitFor(By.id("no-more-tasks"));
        session.logOut();

        // The reviewer accepts the reworked answer.
        session.logIn(reviewer);
        session.open("/projects/" + project.id() + "/review");
        session.waitFor(By.cssSelector("#review:not(.busy)"));
        keys("a");
        session.waitFor(By.id("no-reviews"));
        assertThat(correctedItem).isNotNull();

        // The export of accepted work: the correction in place of its answer, the reworked answer, and the history.
        var accepted = fixtures.client(manager).get("/api/v1/projects/" + project.id() + "/export?review=accepted").text();
        assertThat(accepted).contains("\"status\":\"corrected\"", "\"label\":\"c\"");
        var history = fixtures.client(manager).get("/api/v1/projects/" + project.id() + "/export?review=history").text();
        assertThat(history).contains("\"decision\":\"REJECT\"", "Read the whole text before choosing.", "\"decision\":\"CORRECT\"")
                .as("the reworked answer names the rejected one it supersedes").containsPattern("\"supersedes\":\"[0-9a-f-]{36}\"");

        // The quality page shows what review found: per annotator and per reviewer.
        session.logOut();
        session.logIn(manager);
        session.open("/projects/" + project.id() + "/quality");
        assertThat(session.waitFor(By.id("review-annotators")).getText()).contains(annotator.displayName());
        assertThat(session.text(By.id("review-reviewers"))).contains(reviewer.displayName());
        session.screenshot("quality-review");

        // The rejected item's view: each answer's history, the rejected answer superseded by its rework, which names it,
        // and the decision on each.
        session.open("/projects/" + project.id() + "/items/" + itemDecided(decided, "REJECT"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#answers th.annotator"), 2));
        assertThat(session.text(By.cssSelector("#answers ol.answer-versions li[data-step='superseded']"))).contains("round 2");
        assertThat(session.text(By.cssSelector("#answers ol.answer-versions li[data-step='reworks']"))).contains(annotator.displayName(), "round 1");
        assertThat(browser.findElements(By.cssSelector("#answers ol.answer-versions li[data-step='REJECT']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#answers ol.answer-versions li[data-step='ACCEPT']"))).hasSize(1);
        session.screenshot("item-view-versions");
    }

    private void turnReviewOnInTheProjectPage() throws IOException {
        session.logIn(manager);
        session.open("/projects/" + project.id());
        session.waitFor(By.id("review-settings-form"));
        // A share out of range is refused by the server, and the form shows why under that very field.
        WebElement share = browser.findElement(By.id("review-reviewShare"));
        share.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
        session.click(By.id("save-review-settings"));
        assertThat(session.text(By.id("review-error-reviewShare"))).isNotBlank();
        new Select(browser.findElement(By.id("review-stages-select"))).selectByValue("REVIEW");
        share.sendKeys(Keys.chord(Keys.CONTROL, "a"), "100");
        session.screenshot("review-settings");
        session.click(By.id("save-review-settings"));
        session.waitFor(By.id("review-settings-saved"));
        assertThat(reviews.settings(manager, project.id()).reviewShare()).isEqualTo(100);
        session.logOut();
    }

    /**
     * Schema version 2 adds an optional reason of at least 20 characters after the annotators answered: a correction
     * is checked against the current version, so the reviewer's edit shows the new question and the server's refusal.
     */
    private void addAReasonQuestion() {
        projects.changeSchema(fixtures.access(project, manager), json.readTree("""
                {"questions": [{"name": "label", "type": "choice", "options": ["a", "b", "c"]},
                               {"name": "why", "type": "text", "required": false, "min_length": 20}]}"""));
    }

    /** The annotator labels every item with the same digit key. */
    private void labelEverything(String key) {
        session.logIn(annotator);
        session.open("/projects/" + project.id() + "/work");
        while (true) {
            wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty() || !d.findElements(By.cssSelector("#task:not(.busy) #item-text")).isEmpty());
            if (!browser.findElements(By.id("no-more-tasks")).isEmpty()) {
                break;
            }
            String assignment = browser.findElement(By.id("task")).getDomAttribute("data-assignment");
            keys(key);
            keys(Keys.ENTER);
            wait.until(d -> !d.findElements(By.id("no-more-tasks")).isEmpty()
                    || !assignment.equals(d.findElement(By.id("task")).getDomAttribute("data-assignment")));
        }
        session.logOut();
    }

    /** Sampling runs after the submit's commit, on a thread of its own. */
    private void awaitWaitingReviews(int count) throws InterruptedException {
        for (int i = 0; i < 500 && waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(waiting()).isEqualTo(count);
    }

    private long waiting() {
        var counts = reviews.summary(manager, project.id()).stages().get(ReviewStage.REVIEW);
        return counts == null ? 0 : counts.waiting();
    }

    /**
     * The reviewer finds the review page from the project page and decides the four reviews with the keyboard: the
     * first is decided elsewhere meanwhile, so A meets the 409 and N takes the next; A accepts the second, E then 2 then
     * Enter corrects the third to "b", R opens the feedback of the fourth and Ctrl+Enter rejects it. Returns item id →
     * decision.
     */
    private Map<String, String> reviewWithTheKeyboard() throws IOException {
        session.logIn(reviewer);
        session.open("/projects/" + project.id());
        assertThat(browser.findElements(By.id("start-labeling"))).isEmpty(); // no invitation to a workbench that refuses
        session.click(By.id("review-link"));
        Map<String, String> decided = new LinkedHashMap<>();
        for (String decision : List.of("STALE", "ACCEPT", "CORRECT", "REJECT")) {
            WebElement review = session.waitFor(By.cssSelector("#review:not(.busy)"));
            String reviewId = review.getDomAttribute("data-review");
            decided.put(review.getDomAttribute("data-item"), decision);
            assertThat(session.text(By.id("review-stage"))).isEqualTo("Review");
            assertThat(session.text(By.id("lease"))).matches("Lease \\d+:\\d\\d");
            // the annotator's answer, in the workbench's control, locked until E
            WebElement chosen = browser.findElement(By.cssSelector("button.option[data-option='a']"));
            assertThat(chosen.getDomAttribute("aria-checked")).isEqualTo("true");
            assertThat(chosen.isEnabled()).isFalse();
            switch (decision) {
                case "STALE" -> {
                    // decided elsewhere meanwhile (another tab): the page's fencing token is stale, the server says 409
                    reviews.decide(reviewer, project.id(), UUID.fromString(reviewId), json.readTree(
                            "{\"decision\":\"ACCEPT\",\"fencingToken\":" + review.getDomAttribute("data-token") + "}"));
                    keys("a");
                    assertThat(session.text(By.id("lease-ended"))).contains("Your lease on this review ended");
                    session.screenshot("review-lease-ended");
                    keys("n");
                }
                case "ACCEPT" -> {
                    assertThat(session.text(By.id("review-annotator"))).contains(annotator.displayName());
                    session.screenshot("review-page");
                    keys("a");
                }
                case "CORRECT" -> {
                    keys("e");
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.option[data-option='b']")));
                    keys("2");
                    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("button.option[data-option='b']"), "aria-checked", "true"));
                    // too short a reason: the server's schema violation is shown under that question's control
                    WebElement why = session.waitFor(By.id("q-why-input"));
                    why.sendKeys("too short");
                    session.click(By.id("submit-correction"));
                    assertThat(session.text(By.id("violation-why"))).isNotBlank();
                    assertThat(browser.findElement(By.id("review")).getDomAttribute("data-review")).isEqualTo(reviewId);
                    session.screenshot("review-correcting");
                    why.sendKeys(", the text says so plainly");
                    keys(Keys.chord(Keys.SHIFT, Keys.TAB)); // out of the text field, where Enter is the field's own
                    keys(Keys.ENTER);
                }
                default -> {
                    keys("r");
                    WebElement feedback = session.waitFor(By.id("reject-feedback"));
                    wait.until(d -> feedback.equals(d.switchTo().activeElement()));
                    feedback.sendKeys("Read the whole text before choosing.");
                    browser.findElement(By.id("qf-input-label")).sendKeys("This one is c.");
                    session.screenshot("review-rejecting");
                    new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
                }
            }
            wait.until(d -> !d.findElements(By.id("no-reviews")).isEmpty()
                    || !reviewId.equals(d.findElement(By.id("review")).getDomAttribute("data-review")));
        }
        assertThat(session.waitFor(By.id("no-reviews")).getText()).contains("Nothing to review right now");
        assertThat(session.text(By.id("reviewed-count"))).startsWith("3 "); // the stale one was not this page's
        session.screenshot("review-nothing-left");
        return decided;
    }

    private static String itemDecided(Map<String, String> decided, String decision) {
        return decided.entrySet().stream().filter(e -> e.getValue().equals(decision)).findFirst().orElseThrow().getKey();
    }

    private ItemReview onlyReview(String itemId) {
        List<ItemReview> history = reviews.ofItem(manager, project.id(), UUID.fromString(itemId));
        assertThat(history).hasSize(1);
        return history.getFirst();
    }

    private void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
