package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A large project's quality page as its manager sees it (large from 3 answers here): "computing…" before the first
 * report is kept, the report once the page asks again by itself, then the kept report with its age while the project
 * has changed, and the fresh one after the next automatic check. The authenticity figures in the page's section and
 * on the vendor comparison alike.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "annota.quality.kept-from-answers=3")
@Import(Fixtures.class)
class KeptQualityReportsInTheBrowserTests extends InTheBrowser {

    @Autowired Fixtures fixtures;

    /** An answer with a mostly pasted free text: measured and flagged, so the authenticity figures count it. */
    private static void answer(ApiClient annotator, Fixtures.LabProject setup) {
        WorkSteps.answerNextPasted(annotator, setup.project().id());
    }

    @Test
    void theManagerSeesComputingThenTheReportThenItsAgeWhileItIsComputedAgain() {
        var setup = fixtures.labProject("Kept report lab", 1, 6);
        CurrentUser who = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient annotator = fixtures.client(who);
        for (int i = 0; i < 3; i++) {
            answer(annotator, setup);
        }
        // The page asks again every 10 s while a report is computing or stale.
        var patiently = new WebDriverWait(browser, Duration.ofSeconds(45));

        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id() + "/quality");
        assertThat(session.waitFor(By.cssSelector("p.computing")).getText()).contains("computing… over 3 answers");
        assertThat(session.waitFor(By.cssSelector("#authenticity p.computing")).getText())
                .contains("The authenticity figures: computing… over 3 answers");
        patiently.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("p.computing")));
        assertThat(session.text(By.id("annotators"))).contains(who.displayName());
        assertThat(session.waitFor(By.id("authenticity-project")).getText()).isEqualTo("3 of 3 measured answers flagged (100 %).");

        answer(annotator, setup);
        session.open("/projects/" + setup.project().id() + "/quality");
        assertThat(session.waitFor(By.cssSelector("p.kept-age")).getText())
                .contains("over 3 answers").contains("being computed again");
        assertThat(session.waitFor(By.cssSelector("#authenticity p.kept-age")).getText())
                .contains("The authenticity figures of").contains("over 3 answers");
        patiently.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("p.kept-age")));
        assertThat(session.text(By.id("annotators"))).contains(who.displayName());
        assertThat(session.waitFor(By.id("authenticity-project")).getText()).isEqualTo("4 of 4 measured answers flagged (100 %).");

        // The vendor comparison shows the kept figures' age too, and asks again for them by itself.
        answer(annotator, setup);
        session.open("/projects/" + setup.project().id() + "/comparison");
        assertThat(session.waitFor(By.cssSelector("#workforce-authenticity p.kept-age")).getText())
                .contains("Authenticity figures of").contains("over 4 answers");
        patiently.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#workforce-authenticity p.kept-age")));
        assertThat(session.text(By.id("workforce-authenticity"))).contains("Written answers flagged").contains("5");
    }
}
