package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The vendor comparison in a real Chromium (docs/workforce.md, "The vendor comparison"): a lab engages vendors A and
 * B; their annotators label through the API (gold served first: A answers every gold item rightly, B misses each);
 * the lab's manager opens the comparison page and reads both vendors' figures side by side; vendor A's lead opens the
 * same page and sees vendor A's people only, nothing of vendor B on the page or in the API's answer.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class VendorComparisonInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    @Test
    void theLabComparesTwoVendorsAndVendorAsLeadSeesOnlyVendorA() throws IOException {
        var setup = fixtures.labProject("Comparison lab", 1, 0);
        Project project = setup.project();
        fixtures.itemsWithGold(project, setup.manager(), 5);
        Organization vendorA = fixtures.organizations().create(OrganizationKind.WORKFORCE, "Vendor A " + project.id().toString().substring(0, 6));
        Organization vendorB = fixtures.organizations().create(OrganizationKind.WORKFORCE, "Vendor B " + project.id().toString().substring(0, 6));
        fixtures.projects().engage(fixtures.access(project, setup.manager()), vendorA.id());
        fixtures.projects().engage(fixtures.access(project, setup.manager()), vendorB.id());
        String base = "/api/v1/projects/" + project.id();
        ApiClient manager = fixtures.client(setup.manager());
        assertThat(manager.putJson(base + "/quality/settings", "{\"goldRate\": 1}").status()).isEqualTo(200);

        CurrentUser annotatorA = fixtures.user(vendorA, Role.ANNOTATOR);
        CurrentUser annotatorB = fixtures.user(vendorB, Role.ANNOTATOR);
        CurrentUser leadA = fixtures.user(vendorA, Role.MANAGER);
        // Gold comes first: five gold items each, then ordinary work (A three items, B the other two).
        label(fixtures.client(annotatorA), base, 8, "a");
        label(fixtures.client(annotatorB), base, 7, "b");

        session.logIn(setup.manager());
        session.open("/projects/" + project.id());
        session.click(By.id("tab-comparison"));
        session.waitFor(By.id("comparison-page"));
        assertThat(cell(vendorA, "labels")).isEqualTo("8");
        assertThat(cell(vendorB, "labels")).isEqualTo("7");
        assertThat(cell(vendorA, "goldAccuracy")).isEqualTo("100.0%");
        assertThat(cell(vendorB, "goldAccuracy")).isEqualTo("0.0%");
        assertThat(cell(vendorA, "acceptedLabels")).isEqualTo("8");
        assertThat(session.text(By.id("people"))).contains(Pseudonyms.of(setup.lab().id(), annotatorA.id()),
                Pseudonyms.of(setup.lab().id(), annotatorB.id()));
        assertThat(session.waitFor(By.id("comparison-csv")).getDomAttribute("href")).contains("/comparison.csv?");
        session.screenshot("vendor-comparison-lab");
        session.logOut();

        session.logIn(leadA);
        session.open("/projects/" + project.id() + "/comparison");
        session.waitFor(By.id("comparison-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), vendorA.name()));
        assertThat(cell(vendorA, "labels")).isEqualTo("8");
        assertThat(session.text(By.id("people"))).contains(annotatorA.displayName());
        assertThat(browser.findElements(By.cssSelector("[data-workforce='" + vendorB.id() + "']"))).isEmpty();
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain(vendorB.name(), Pseudonyms.of(setup.lab().id(), annotatorB.id()));
        String api = fixtures.client(leadA).get(base + "/comparison/own-workforce").text();
        assertThat(api).contains(vendorA.id().toString()).doesNotContain(vendorB.id().toString(), vendorB.name(),
                Pseudonyms.of(setup.lab().id(), annotatorB.id()), annotatorB.id().toString());
        session.screenshot("vendor-comparison-vendor-a");
        session.logOut();

        // The annotator reads their own figures from "My quality": their right gold answers among the latest five wait.
        session.logIn(annotatorA);
        session.open("/projects/" + project.id() + "/quality/me");
        session.click(By.id("my-figures-link"));
        session.waitFor(By.id("my-figures-page"));
        assertThat(session.text(By.id("my-labels"))).isEqualTo("8");
        assertThat(session.text(By.cssSelector("#my-figures td[data-figure='goldAccuracy']"))).isEqualTo("100.0%");
        session.screenshot("vendor-comparison-my-figures");
    }

    private static void label(ApiClient annotator, String base, int count, String answer) {
        for (int i = 0; i < count; i++) {
            var task = annotator.postEmpty(base + "/tasks/next");
            assertThat(task.status()).as(task.toString()).isEqualTo(200);
            assertThat(annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"" + answer + "\"}").status()).isEqualTo(201);
        }
    }

    private String cell(Organization workforce, String figure) {
        return session.text(By.cssSelector("#workforces tr[data-workforce='" + workforce.id() + "'] td[data-figure='" + figure + "']"));
    }
}
