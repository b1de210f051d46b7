package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.quality.QualitySettings;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The quality pages in a real Chromium: the manager's alerts and figures, the paused annotator's reason and misses. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class QualityPagesInTheBrowserTests extends InTheBrowser {

    @Autowired Fixtures fixtures;
    @Autowired WorkQueue queue;
    @Autowired QualitySettingsStore settings;
    @Autowired Projects projects;
    @Autowired JsonMapper json;

    @Test
    void theManagerSeesThePausedAnnotatorAndTheAnnotatorSeesWhyAndTheItemsTheyMissed() throws IOException {
        var setup = fixtures.labProject("Lab", 2, 0);
        CurrentUser manager = setup.manager();
        Project project = setup.project();
        CurrentUser careless = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser careful = fixtures.user(setup.lab(), Role.ANNOTATOR);
        fixtures.importItems(project, manager, """
                {"external_id": "g1", "data": {"text": "check one"}, "gold": {"label": "a"}}
                {"external_id": "n1", "data": {"text": "one"}}
                {"external_id": "g2", "data": {"text": "check two"}, "gold": {"label": "b"}}
                {"external_id": "n2", "data": {"text": "two"}}
                """);
        settings.change(fixtures.access(project, manager), new QualitySettings(1.0, 0, 0.0, 0.5, 2, null, null), true);
        for (CurrentUser who : List.of(careless, careful)) {
            var access = fixtures.access(project, who);
            for (int i = 0; i < 2; i++) { // the two gold items first (goldRate 1)
                var task = queue.next(access).orElseThrow();
                String right = task.data().get("text").asString().equals("check one") ? "a" : "b";
                queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"" + (who == careless ? "c" : right) + "\"}"), null);
            }
        }
        var access = fixtures.access(project, careful);
        for (int i = 0; i < 2; i++) {
            var task = queue.next(access).orElseThrow();
            queue.submit(access, task.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        }

        session.logIn(manager);
        browser.get(session.url("/projects/" + project.id() + "/quality"));
        assertThat(session.waitFor(By.id("quality-alerts")).getText()).contains(careless.displayName()).contains("paused");
        WebElement annotators = session.waitFor(By.id("annotators"));
        assertThat(annotators.getText()).contains("0 / 2").contains("2 / 2");
        assertThat(session.waitFor(By.id("agreement")).getText()).contains("label");
        session.screenshot("quality-page");

        browser.manage().deleteAllCookies();
        session.logIn(careless);
        browser.get(session.url("/projects/" + project.id() + "/work"));
        assertThat(session.waitFor(By.cssSelector("p.error[role=alert]")).getText()).contains("You are paused on this project");
        browser.get(session.url("/projects/" + project.id() + "/quality/me"));
        assertThat(session.waitFor(By.id("my-status")).getText()).contains("paused");
        WebElement missed = session.waitFor(By.id("missed"));
        assertThat(missed.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(missed.getText()).contains("label: c").contains("label: a").contains("label: b");
        session.screenshot("my-quality-page");
    }

    @Test
    void theManagerSeesADriftingAnnotatorTheAgreementOfComparisonsAndTheModelsRanked() throws IOException {
        var setup = fixtures.labProject("Lab", 2, 0);
        CurrentUser manager = setup.manager();
        Project gold = setup.project();
        CurrentUser steady = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser slipping = fixtures.user(setup.lab(), Role.ANNOTATOR);
        var lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append("{\"data\": {\"text\": \"gold ").append(i).append("\"}, \"gold\": {\"label\": \"a\"}}\n");
        }
        lines.append("{\"data\": {\"text\": \"plain\"}}\n");
        fixtures.importItems(gold, manager, lines.toString());
        settings.change(fixtures.access(gold, manager), new QualitySettings(1.0, 0, 0.0, 0.0, 1, null, null), true);
        answerAll(gold, steady, n -> "a");
        answerAll(gold, slipping, n -> n < 10 ? "a" : "b"); // right on the first ten, wrong from then on

        Project comparison = projects.create(manager, new ProjectSettings("Compare", "# G", TaskType.RESPONSE_COMPARISON,
                json.readTree("{\"questions\": [{\"name\": \"pref\", \"type\": \"comparison\"}]}"), 2, 600, 0));
        fixtures.importItems(comparison, manager, """
                {"external_id": "p1", "data": {"prompt": "one", "responses": [{"content": "a", "model": "alpha-7b"}, {"content": "b", "model": "beta-3b"}]}}
                {"external_id": "p2", "data": {"prompt": "two", "responses": [{"content": "c", "model": "beta-3b"}, {"content": "d", "model": "alpha-7b"}]}}
                """);
        for (CurrentUser who : List.of(steady, slipping)) {
            var access = fixtures.access(comparison, who);
            for (var task = queue.next(access); task.isPresent(); task = queue.next(access)) {
                int alpha = task.get().data().get("prompt").asString().equals("one") ? 0 : 1;
                queue.submit(access, task.get().assignmentId(),
                        json.readTree("{\"pref\": {\"shown_order\": [0, 1], \"preferred\": " + alpha + "}}"), null);
            }
        }

        session.logIn(manager);
        browser.get(session.url("/projects/" + gold.id() + "/quality"));
        WebElement alerts = session.waitFor(By.id("quality-alerts"));
        assertThat(alerts.getText()).contains("drifting").contains("0 of the last 10").contains(slipping.displayName());
        assertThat(alerts.findElements(By.cssSelector("p.drift"))).hasSize(1);
        session.screenshot("quality-page-drift");

        browser.get(session.url("/projects/" + comparison.id() + "/quality"));
        WebElement models = session.waitFor(By.id("model-ranking-pref"));
        var rows = models.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).startsWith("1 alpha-7b").contains("4 / 4");
        assertThat(rows.get(1).getText()).startsWith("2 beta-3b");
        assertThat(session.waitFor(By.id("kind-agreement")).getText()).contains("pref").contains("comparison")
                .contains("Percent agreement 100.0%");
        session.screenshot("quality-page-rankings");
        // Both answered in item order whatever order they were served: the bias table counts it, too few answers to flag.
        WebElement bias = session.waitFor(By.id("bias-annotators-pref"));
        assertThat(bias.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(bias.getText()).contains(steady.displayName()).contains(slipping.displayName()).doesNotContain("Flagged");
        assertThat(session.text(By.id("bias"))).contains("Bias in comparisons").contains("With the order effect taken out");

        // The vendor comparison shows each workforce's bias too (here the lab's own people, 4 answers, not flagged).
        browser.get(session.url("/projects/" + comparison.id() + "/comparison"));
        assertThat(session.waitFor(By.id("workforce-bias")).getText()).contains("Bias in comparisons").contains("pref")
                .contains("chance of choosing the first shown 50%").doesNotContain("Flagged");
    }

    /** Claims every item the annotator can get and answers the n-th gold item with {@code label(n)}. */
    private void answerAll(Project project, CurrentUser who, java.util.function.IntFunction<String> label) {
        var access = fixtures.access(project, who);
        int goldSeen = 0;
        for (var task = queue.next(access); task.isPresent(); task = queue.next(access)) {
            boolean isGold = task.get().data().get("text").asString().startsWith("gold");
            String answer = isGold ? label.apply(goldSeen++) : "a";
            queue.submit(access, task.get().assignmentId(), json.readTree("{\"label\":\"" + answer + "\"}"), null);
        }
    }
}
