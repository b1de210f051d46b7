package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager uploads an image through the project page's file picker (progress bar, then the size the server read),
 * adds an item showing it, and an annotator of an engaged vendor draws a box on it in the workbench; the stored
 * answer is in the uploaded image's pixels.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ImageUploadInTheBrowserTests {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired JsonMapper json;

    @Test
    void aManagerUploadsAnImageAddsAnItemShowingItAndAnAnnotatorDrawsABoxOnIt(@TempDir Path temp) throws Exception {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Upload lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Upload vendor");
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        Project project = fixtures.boxProject(manager, 1, 900);
        projects.engage(fixtures.access(project, manager), vendor.id());
        Path file = temp.resolve("crossing.png");
        Files.write(file, Fixtures.png(480, 300));

        try (var browser = BrowserSession.start(temp, fixtures.port())) {
            browser.driver().manage().window().setSize(new Dimension(1280, 800));
            browser.logIn(manager);
            browser.open("/projects/" + project.id());
            browser.waitFor(By.id("image-upload"));
            browser.driver().findElement(By.id("image-files")).sendKeys(file.toString());
            browser.await().until(d -> d.findElements(By.cssSelector("#image-queue .upload-entry.done")).size() == 1);
            assertThat(browser.driver().findElement(By.id("image-queue")).getText()).contains("crossing.png").contains("480 × 300");
            assertThat(browser.driver().findElement(By.cssSelector("#image-queue progress")).getDomProperty("value")).isEqualTo("100");
            browser.screenshot("image-upload");
            browser.click(By.id("add-image-items"));
            browser.await().until(d -> d.findElement(By.id("image-items-report")).getText().contains("1 item added"));
            browser.await().until(d -> d.findElement(By.id("count-total")).getText().equals("1"));

            browser.driver().manage().deleteAllCookies();
            browser.logIn(annotator);
            browser.open("/projects/" + project.id() + "/work");
            var canvas = browser.waitFor(By.cssSelector("annota-boxes canvas"));
            browser.await().until(d -> Boolean.TRUE.equals(js(browser, "const i = document.querySelector('annota-boxes').image; "
                    + "return i.complete && i.naturalWidth === 480")));
            canvas.click();
            new Actions(browser.driver()).sendKeys("b").sendKeys("1").perform();
            drag(browser, new double[] {100, 60}, new double[] {260, 180});
            browser.waitFor(By.cssSelector(".selected-object"));
            browser.screenshot("workbench-image-boxes-uploaded");
            browser.click(By.id("submit"));
            browser.waitFor(By.id("no-more-tasks"));
        }

        ApiClient api = fixtures.loggedIn(manager);
        String export = api.get("/api/v1/projects/" + project.id() + "/export").text().strip();
        JsonNode row = json.readTree(export);
        assertThat(row.path("external_id").asString()).isEqualTo("crossing.png");
        assertThat(row.path("data").path("image").path("width").asInt()).isEqualTo(480);
        JsonNode answer = row.path("annotations").get(0).path("answer").path("objects");
        assertThat(answer.path("width").asInt()).isEqualTo(480);
        assertThat(answer.path("height").asInt()).isEqualTo(300);
        JsonNode box = answer.path("objects").get(0);
        assertThat(box.path("class").asString()).isEqualTo("car");
        assertThat(box.path("x").asDouble()).isCloseTo(100, org.assertj.core.data.Offset.offset(2.0));
        assertThat(box.path("y").asDouble()).isCloseTo(60, org.assertj.core.data.Offset.offset(2.0));
        assertThat(box.path("width").asDouble()).isCloseTo(160, org.assertj.core.data.Offset.offset(3.0));
        assertThat(box.path("height").asDouble()).isCloseTo(120, org.assertj.core.data.Offset.offset(3.0));
    }

    private static Object js(BrowserSession browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** A drag between two image-pixel points, through the control's current view (pan and zoom). */
    @SuppressWarnings("unchecked")
    private static void drag(BrowserSession browser, double[] from, double[] to) {
        var rect = (Map<String, Object>) js(browser, "const r = document.querySelector('annota-boxes canvas').getBoundingClientRect(); "
                + "const v = document.querySelector('annota-boxes').view; return {x: r.left, y: r.top, vx: v.x, vy: v.y, k: v.k}");
        double k = ((Number) rect.get("k")).doubleValue();
        var actions = new Actions(browser.driver());
        boolean first = true;
        for (double[] p : List.of(from, new double[] {(from[0] + to[0]) / 2, (from[1] + to[1]) / 2}, to)) {
            int x = (int) Math.round(((Number) rect.get("x")).doubleValue() + ((Number) rect.get("vx")).doubleValue() + p[0] * k);
            int y = (int) Math.round(((Number) rect.get("y")).doubleValue() + ((Number) rect.get("vy")).doubleValue() + p[1] * k);
            actions = actions.moveToLocation(x, y);
            if (first) {
                actions = actions.clickAndHold();
                first = false;
            }
        }
        actions.release().perform();
    }
}
