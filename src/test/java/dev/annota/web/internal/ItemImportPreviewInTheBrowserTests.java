package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.annota.item.Items;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A manager chooses a CSV file on the project page: the preview shows the rows as they would be stored (columns mapped
 * to item fields) and the problem of a bad row at its line and column, nothing stored; with the row fixed, the same
 * page imports the file.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ItemImportPreviewInTheBrowserTests extends InTheBrowser {

    @Autowired Fixtures fixtures;
    @Autowired Items items;

    @Test
    void aManagerPreviewsACsvFileSeesTheBadRowsLineAndColumnThenImportsTheFixedFile() throws Exception {
        var setup = fixtures.labProject("CSV lab", 1, 0);
        Path bad = temp.resolve("reviews.csv");
        Files.writeString(bad, "id,text,source\nr1,Arrived early,web\nr2,,mail\nr3,\"Broken, returned\",web\n");

        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id());
        choose(bad);
        WebElement preview = session.waitFor(By.id("import-preview"));
        wait.until(d -> d.findElement(By.id("preview-summary")).getText().contains("problem"));
        assertThat(session.text(By.id("preview-problems"))).contains("Line 3", "text");
        List<WebElement> rows = preview.findElements(By.cssSelector("#preview-rows tbody tr"));
        assertThat(rows).extracting(WebElement::getText).containsExactly(
                "2 r1 {\"text\":\"Arrived early\",\"source\":\"web\"}", "4 r3 {\"text\":\"Broken, returned\",\"source\":\"web\"}");
        session.screenshot("import-preview-csv");
        assertThat(items.counts(fixtures.access(setup.project(), setup.manager())).total()).isZero();

        Path fixed = temp.resolve("reviews-fixed.csv");
        Files.writeString(fixed, "id,text,source\nr1,Arrived early,web\nr2,Too small,mail\nr3,\"Broken, returned\",web\n");
        choose(fixed);
        wait.until(d -> d.findElement(By.id("preview-summary")).getText().contains("ready to import"));
        session.click(By.id("upload"));
        wait.until(d -> !d.findElements(By.id("import-report")).isEmpty());
        assertThat(session.text(By.id("report-added"))).isEqualTo("3");
        wait.until(d -> d.findElement(By.id("count-total")).getText().equals("3"));
    }

    private void choose(Path file) {
        WebElement input = session.waitFor(By.id("items-file"));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
