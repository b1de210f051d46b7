package dev.annota.prediction.internal;

import java.time.Duration;

import dev.annota.testing.ApiTest;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Model assistance" card of the project page, in Chromium: a manager names a Label Studio ML backend (a real one
 * on 127.0.0.1), its key is taken and never shown again, switching it on sends the items, and the progress bar counts
 * them; a URL into the server's network is refused under its field.
 */
@BrowserTest
@ApiTest
class ModelAssistanceInTheBrowserTests extends InTheBrowser {

    @Override
    protected boolean consoleMustStayClean() {
        return false;
    }

    @Autowired Fixtures fixtures;

    @Test
    void aManagerSetsUpABackendOnTheProjectPageAndWatchsTheItemsGetPredicted() throws Exception {
        var setup = fixtures.labProject("Browser assisted lab", 1, 5);
        try (var service = FakePredictionService.answering(200)) {
            session.logIn(setup.manager());
            session.open("/projects/" + setup.project().id());
            session.waitFor(By.id("model-assistance"));
            new Select(session.waitFor(By.id("prediction-kind"))).selectByValue("LABEL_STUDIO");

            session.waitFor(By.id("prediction-url")).sendKeys("http://10.9.8.7:9090");
            session.click(By.id("save-prediction-service"));
            assertThat(session.waitFor(By.id("prediction-error-url")).getText()).contains("ANNOTA_WEBHOOK_ALLOWED_HOSTS");

            var url = session.waitFor(By.id("prediction-url"));
            url.clear();
            url.sendKeys(service.url());
            session.waitFor(By.id("prediction-key")).sendKeys("sk-browser-key");
            session.click(By.id("prediction-enabled"));
            session.click(By.id("save-prediction-service"));
            session.waitFor(By.id("prediction-saved"));
            assertThat(session.waitFor(By.id("prediction-key")).getDomProperty("value")).isEmpty();
            assertThat(session.driver().getPageSource()).doesNotContain("sk-browser-key");

            session.await().withTimeout(Duration.ofSeconds(30))
                    .until(d -> "5".equals(d.findElement(By.id("prediction-predicted")).getText()));
            assertThat(session.text(By.id("prediction-progress"))).contains("0 to predict").contains("fake-backend-v2");
            assertThat(service.received.getFirst().authorization()).isEqualTo("Bearer sk-browser-key");
        }
    }
}
