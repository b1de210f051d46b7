package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The money pages: the lab's manager sets a contract rate on the Money page and a budget on the project's Budget tab;
 * the vendor's work is then priced, the contract ledger shows it with its CSV link, and the vendor's annotator sees
 * their earnings on their home.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class MoneyPagesInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkQueue queue;
    @Autowired
    JsonMapper json;

    @Test
    void aManagerSetsARateAndABudgetAndTheAnnotatorSeesTheirEarnings() throws IOException {
        var setup = fixtures.labProject("Money pages lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(setup);
        CurrentUser lead = fixtures.user(vendor, Role.MANAGER);
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);

        session.logIn(setup.manager());
        session.open("/money");
        session.waitFor(By.id("money-page"));
        // Vendors and projects are picked by name, not typed as ids.
        session.await().until(d -> !d.findElements(By.cssSelector("#contract-rate-form-vendor option[value='" + vendor.id() + "']")).isEmpty());
        new org.openqa.selenium.support.ui.Select(session.driver().findElement(By.id("contract-rate-form-vendor"))).selectByValue(vendor.id().toString());
        new org.openqa.selenium.support.ui.Select(session.driver().findElement(By.id("contract-rate-form-project"))).selectByValue(setup.project().id().toString());
        session.driver().findElement(By.id("contract-rate-form-amount")).sendKeys("2.50");
        session.click(By.cssSelector("#contract-rate-form button[type=submit]"));
        session.await().until(ExpectedConditions.presenceOfElementLocated(By.id("contract-rates-table")));
        assertThat(session.text(By.id("contract-rates-table"))).contains("2.50 EUR").contains("TASK")
                .contains(vendor.name()).contains(setup.project().name());

        session.open("/projects/" + setup.project().id() + "/budget");
        session.waitFor(By.id("project-budget"));
        assertThat(session.text(By.id("no-budget"))).contains("no budget");
        session.driver().findElement(By.id("amount")).sendKeys("100");
        session.click(By.cssSelector("#budget-form button[type=submit]"));
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("budget-status"), "0.00 EUR spent of 100.00 EUR"));
        assertThat(session.text(By.id("project-rates"))).contains("2.50 EUR");
        assertThat(session.waitFor(By.id("tab-budget")).getDomAttribute("aria-current")).isEqualTo("page");
        session.screenshot("project-budget");

        // The vendor's annotator does one task: 2.50 on the lab's contract ledger, and (with the vendor's pay rate) 1.20 to them.
        var leadAccess = fixtures.client(lead);
        assertThat(leadAccess.putJson("/api/v1/money/pay-rates",
                "{\"basis\":\"TASK\",\"amount\":\"1.20\",\"currency\":\"EUR\"}").status()).isEqualTo(200);
        var task = queue.next(fixtures.access(setup.project(), annotator)).orElseThrow();
        queue.submit(fixtures.access(setup.project(), annotator), task.assignmentId(), json.readTree("{\"label\":\"a\"}"), "money-1");

        session.open("/money");
        session.waitFor(By.id("money-page"));
        assertThat(session.text(By.id("contract-total"))).contains("2.50 EUR");
        assertThat(session.text(By.id("contract-ledger"))).contains("TASK").doesNotContain(annotator.id().toString().substring(0, 12));
        assertThat(session.driver().findElement(By.id("contract-csv")).getDomAttribute("href")).startsWith("/api/v1/money/contract-ledger.csv");
        session.screenshot("money");

        session.logOut();
        session.logIn(annotator);
        session.open("/home");
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("earnings-total"), "1.20 EUR"));
        session.screenshot("my-earnings");
        assertThat(session.consoleProblems()).isEmpty();
    }
}
