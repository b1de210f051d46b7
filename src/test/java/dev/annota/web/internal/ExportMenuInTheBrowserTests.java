package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.annota.identity.Role;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A manager exports from the export button's menu: chooses a format (the menu lists the project's formats), sets a
 * filter, follows the job to its download link, leaves the page and finds the export again when coming back; the
 * downloaded file is the API's export in that format.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "annota.export.poll-interval=200ms")
@Import(Fixtures.class)
class ExportMenuInTheBrowserTests {

    @Autowired Fixtures fixtures;

    @Test
    void aManagerChoosesAFormatFollowsTheJobAndDownloadsTheFile(@TempDir Path temp) throws Exception {
        var setup = fixtures.labProject("Menu lab", 1, 2);
        ApiClient worker = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String base = setup.base();
        for (int i = 0; i < 2; i++) {
            WorkSteps.answerNext(worker, base, "{\"label\": \"b\"}");
        }
        String expected = fixtures.client(setup.manager()).get(base + "/export?format=csv&workforce=" + setup.lab().id()).text();

        try (var browser = BrowserSession.start(temp, fixtures.port())) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logIn(setup.manager());
            browser.open("/projects/" + setup.project().id());
            browser.click(By.id("export-menu-button"));
            browser.waitFor(By.id("export-panel"));
            assertThat(browser.driver().findElements(By.cssSelector("#export-panel input[name=format]")))
                    .extracting(e -> e.getDomAttribute("value")).containsExactly("jsonl", "csv", "label-studio", "parquet");
            browser.click(By.cssSelector("#export-panel input[name=format][value=csv]"));
            browser.click(By.cssSelector("#export-panel details summary"));
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("#export-panel select[name=workforce]")))
                    .selectByVisibleText("In-house");
            browser.screenshot("export-menu");
            browser.click(By.id("export-start"));
            // Queued or running: a progress bar; then the download link in its place.
            browser.await().until(d -> !d.findElements(By.cssSelector("#export-jobs .export-job")).isEmpty());
            var link = browser.waitFor(By.cssSelector("#export-jobs .export-job[data-status=done] a.export-download"));
            assertThat(link.getText()).contains("2 records");
            browser.screenshot("export-done");
            String href = link.getDomAttribute("href");
            String downloaded = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
            // Line ends aside (the driver hands strings over with \n; ExchangeFormatsApiTests checks the CRLF).
            assertThat(downloaded.replace("\r\n", "\n")).isEqualTo(expected.replace("\r\n", "\n"));

            // Left and come back: the export is still there, with its download.
            browser.open("/projects");
            browser.open("/projects/" + setup.project().id());
            browser.click(By.id("export-menu-button"));
            assertThat(browser.waitFor(By.cssSelector("#export-jobs .export-job[data-status=done] a.export-download"))
                    .getDomAttribute("href")).isEqualTo(href);

            // A parquet export asks for the dataset's licence; a bad one is refused under the form, naming it.
            browser.click(By.cssSelector("#export-panel input[name=format][value=parquet]"));
            browser.click(By.cssSelector("#export-panel details summary"));
            browser.waitFor(By.cssSelector("#export-panel input[name=license]")).sendKeys("Not a licence");
            browser.click(By.id("export-start"));
            assertThat(browser.waitFor(By.id("export-start-error")).getText()).contains("licence");
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }
}
