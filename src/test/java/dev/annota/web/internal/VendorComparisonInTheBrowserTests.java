package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

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
import tools.jackson.databind.JsonNode;

/**
 * The vendor comparison in a real Chromium (docs/workforce.md, "The vendor comparison"): a lab engages vendors A and
 * B at 60/40 with different contract rates (A 0.50, B 0.80 EUR a task) and reviews every answer; an annotator of each
 * vendor labels through the API, the claim keeping the shares (A 6 of the 10 items, B 4); the reviewer accepts A's
 * answers and rejects one of B's (its entries reversed). The lab's manager reads both vendors' quality and cost side by
 * side; vendor A's lead opens the same page and sees vendor A's people only, with their pay, and nothing of vendor B
 * on the page or in the API's answer; A's annotator reads their own figures and earnings.
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
    void theLabComparesTwoVendorsAtSixtyFortyAndVendorAsLeadSeesOnlyVendorA() throws IOException, InterruptedException {
        var setup = fixtures.labProject("Comparison lab", 1, 10);
        Project project = setup.project();
        String suffix = project.id().toString().substring(30);
        Organization vendorA = fixtures.organizations().create(OrganizationKind.WORKFORCE, "Vendor A " + suffix);
        Organization vendorB = fixtures.organizations().create(OrganizationKind.WORKFORCE, "Vendor B " + suffix);
        fixtures.projects().engage(fixtures.access(project, setup.manager()), vendorA.id());
        fixtures.projects().engage(fixtures.access(project, setup.manager()), vendorB.id());
        String base = "/api/v1/projects/" + project.id();
        ApiClient manager = fixtures.client(setup.manager());
        ok(manager.putJson(base + "/shares", "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":60},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":40}]}"));
        ok(manager.putJson("/api/v1/money/contract-rates", rate(vendorA.id(), project.id(), "0.50")));
        ok(manager.putJson("/api/v1/money/contract-rates", rate(vendorB.id(), project.id(), "0.80")));
        ok(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}"));

        CurrentUser annotatorA = fixtures.user(vendorA, Role.ANNOTATOR);
        CurrentUser annotatorB = fixtures.user(vendorB, Role.ANNOTATOR);
        CurrentUser leadA = fixtures.user(vendorA, Role.MANAGER);
        ok(fixtures.client(leadA).putJson("/api/v1/money/pay-rates", rate(null, null, "0.30")));
        ApiClient a = fixtures.client(annotatorA);
        ApiClient b = fixtures.client(annotatorB);
        // Both vendors have people working; A claims while the shares let it, B when A is refused for its share.
        assertThat(labelOne(a, base)).isEqualTo(200);
        assertThat(labelOne(b, base)).isEqualTo(200);
        int labelsA = 1;
        int labelsB = 1;
        while (true) {
            int byA = labelOne(a, base);
            if (byA == 200) {
                labelsA++;
                continue;
            }
            assertThat(byA).as("A waits for its share, or the items are done").isIn(403, 204);
            int byB = labelOne(b, base);
            if (byB == 200) {
                labelsB++;
                continue;
            }
            assertThat(byB).isEqualTo(204);
            break;
        }
        assertThat(labelsA).as("the claim kept the shares").isEqualTo(6);
        assertThat(labelsB).isEqualTo(4);
        reviewAll(fixtures.client(fixtures.user(setup.lab(), Role.REVIEWER)), base,
                Pseudonyms.of(setup.lab().id(), annotatorB.id()), manager);

        session.logIn(setup.manager());
        session.open("/projects/" + project.id());
        session.click(By.id("tab-comparison"));
        session.waitFor(By.id("comparison-page"));
        assertThat(cell(vendorA, "labels")).isEqualTo("6");
        assertThat(cell(vendorB, "labels")).isEqualTo("4");
        assertThat(cell(vendorA, "reviewAcceptance")).isEqualTo("100.0%");
        assertThat(cell(vendorB, "reviewAcceptance")).isEqualTo("75.0%");
        assertThat(cell(vendorA, "acceptedLabels")).isEqualTo("6");
        assertThat(cell(vendorB, "acceptedLabels")).isEqualTo("3");
        assertThat(cell(vendorA, "cost")).isEqualTo("3.00 EUR");
        assertThat(cell(vendorB, "cost")).as("4 tasks at 0.80, the rejected one reversed").isEqualTo("2.40 EUR");
        assertThat(cell(vendorA, "costPerAcceptedLabel")).isEqualTo("0.50 EUR");
        assertThat(cell(vendorB, "costPerAcceptedLabel")).isEqualTo("0.80 EUR");
        assertThat(session.text(By.id("people"))).contains(Pseudonyms.of(setup.lab().id(), annotatorA.id()),
                Pseudonyms.of(setup.lab().id(), annotatorB.id()));
        assertThat(session.waitFor(By.id("comparison-csv")).getDomAttribute("href")).contains("/comparison.csv?");
        session.screenshot("vendor-comparison-lab");
        session.logOut();

        session.logIn(leadA);
        session.open("/projects/" + project.id() + "/comparison");
        session.waitFor(By.id("comparison-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), vendorA.name()));
        assertThat(cell(vendorA, "labels")).isEqualTo("6");
        assertThat(cell(vendorA, "cost")).as("their own contract with the lab").isEqualTo("3.00 EUR");
        assertThat(session.text(By.id("people"))).contains(annotatorA.displayName());
        assertThat(session.text(By.cssSelector("#people td[data-figure='earnings']"))).isEqualTo("1.80 EUR");
        assertThat(browser.findElements(By.cssSelector("[data-workforce='" + vendorB.id() + "']"))).isEmpty();
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain(vendorB.name(), Pseudonyms.of(setup.lab().id(), annotatorB.id()), "2.40", "0.80");
        String api = fixtures.client(leadA).get(base + "/comparison/own-workforce").text();
        assertThat(api).contains(vendorA.id().toString()).doesNotContain(vendorB.id().toString(), vendorB.name(),
                Pseudonyms.of(setup.lab().id(), annotatorB.id()), annotatorB.id().toString(), "2.40", "0.80");
        session.screenshot("vendor-comparison-vendor-a");
        session.logOut();

        // The annotator reads their own figures and earnings from "My quality".
        session.logIn(annotatorA);
        session.open("/projects/" + project.id() + "/quality/me");
        session.click(By.id("my-figures-link"));
        session.waitFor(By.id("my-figures-page"));
        assertThat(session.text(By.id("my-labels"))).isEqualTo("6");
        assertThat(session.text(By.id("my-earnings"))).isEqualTo("1.80 EUR");
        assertThat(session.text(By.cssSelector("#my-figures td[data-figure='reviewAcceptance']"))).isEqualTo("100.0%");
        session.screenshot("vendor-comparison-my-figures");
    }

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static String rate(UUID vendor, UUID project, String amount) {
        return "{" + (vendor == null ? "" : "\"vendorOrgId\":\"" + vendor + "\",") + (project == null ? "" : "\"projectId\":\"" + project + "\",")
                + "\"basis\":\"TASK\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}";
    }

    /** Claims one task and answers it; the claim's status (200 answered, 204 nothing left, 403 refused). */
    private static int labelOne(ApiClient annotator, String base) {
        var task = annotator.postEmpty(base + "/tasks/next");
        if (task.status() == 200) {
            assertThat(annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"a\"}").status()).isEqualTo(201);
        }
        return task.status();
    }

    /** Decides every answer once sampling took them all: accepts each, but rejects the first of {@code rejectOf}'s. */
    private static void reviewAll(ApiClient reviewer, String base, String rejectOf, ApiClient manager) throws InterruptedException {
        for (int i = 0; i < 300 && waiting(manager, base) < 10; i++) {
            Thread.sleep(10);
        }
        boolean rejected = false;
        for (int i = 0; i < 10; i++) {
            JsonNode task = reviewer.postEmpty(base + "/reviews/next").json();
            boolean reject = !rejected && task.get("annotation").get("annotator").get("pseudonym").asString().equals(rejectOf);
            rejected |= reject;
            var decided = reviewer.postJson(base + "/reviews/" + task.get("reviewId").asString() + "/decision",
                    "{\"fencingToken\":" + task.get("fencingToken").asLong() + ",\"decision\":\""
                            + (reject ? "REJECT\",\"feedback\":\"Read it again.\"" : "ACCEPT\"") + "}");
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        }
        assertThat(rejected).isTrue();
    }

    private static int waiting(ApiClient manager, String base) {
        return manager.get(base + "/reviews/summary").json().get("stages").get("REVIEW").get("waiting").asInt();
    }

    private String cell(Organization workforce, String figure) {
        return session.text(By.cssSelector("#workforces tr[data-workforce='" + workforce.id() + "'] td[data-figure='" + figure + "']"));
    }
}
