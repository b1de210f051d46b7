package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Accessibility;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Active time in a real Chromium, on the real workbench: the page's clock is replaced through the module's test hook
 * (active-time.js useClock) before the workbench opens, so every stretch is exact and the test waits for nothing.
 * Time counts while the page is visible, focused and in use; a hidden stretch, a blur and an idle stretch beyond the
 * minute count nothing; the count goes with the submit and the skip, and comes back on the annotator's home and on
 * the manager's Hours tab and their organization's Hours page. The server's clock is moved on too, so the lease
 * lasted longer than what was counted.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Fixtures.class, MutableClock.AsTheClock.class})
class ActiveTimeInTheBrowserTests extends InTheBrowser {

    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    private void advance(long millis) {
        browser.executeScript("window.fakeNow += arguments[0];", millis);
    }

    /** A key no control uses: input, as far as active time goes. */
    private void input() {
        new Actions(browser).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    }

    private void shows(String active) {
        wait.until(ExpectedConditions.textToBe(By.id("active-time"), "Active " + active));
    }

    private long stored(Project project, CurrentUser annotator, String state) {
        return jdbc.sql("select active_ms from assignments where tenant_id = ? and project_id = ? and annotator_id = ? and state = ?")
                .params(project.tenantId(), project.id(), annotator.id(), state).query(Long.class).single();
    }

    @Test
    void timeCountsWhileTheTaskIsVisibleFocusedAndInUseAndGoesWithTheSubmitAndTheSkip() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Hours lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        Project project = fixtures.project(manager, 1, 3600);
        fixtures.items(project, manager, 2);

        session.logIn(annotator);
        session.open("/home");
        session.waitFor(By.id("my-projects"));
        assertThat(session.text(By.id("my-hours-total"))).isEqualTo("0:00:00");
        Object hook = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/pages/work/active-time.js').then((m) => {
                  window.fakeNow = 1000000;
                  m.useClock(() => window.fakeNow);
                  done('installed');
                }, (e) => done(String(e)));""");
        assertThat(hook).isEqualTo("installed");
        session.click(By.cssSelector("#my-projects a"));
        session.waitFor(By.id("task"));

        input();
        advance(20_000);
        input();
        advance(10_000);
        shows("0:30");
        assertThat(Accessibility.violations(browser)).as("the workbench with its active time").isEmpty();

        // Hidden: nothing counts, input or not, until the page is visible and in use again.
        browser.executeScript("""
                Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
                document.dispatchEvent(new Event('visibilitychange'));""");
        advance(300_000);
        input();
        advance(1_000);
        browser.executeScript("delete document.visibilityState; document.dispatchEvent(new Event('visibilitychange'));");
        advance(5_000);
        shows("0:30");

        // Idle for three minutes after an input: the first minute counts, the rest does not.
        input();
        advance(180_000);
        shows("1:30");

        // Away in another window: nothing counts, until input comes back.
        browser.executeScript("window.dispatchEvent(new Event('blur'));");
        advance(40_000);
        browser.executeScript("window.dispatchEvent(new Event('focus'));");
        advance(10_000);
        shows("1:30");

        new Actions(browser).sendKeys("1").perform(); // chooses the first option: input
        advance(5_000);
        shows("1:35");
        clock.advance(Duration.ofMinutes(5)); // the lease (an hour) lasted longer than the count on the server's clock
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done-count"), "1 labeled"));
        assertThat(stored(project, annotator, "SUBMITTED")).isEqualTo(95_000);

        // The next task starts at zero; its skip carries its own count.
        shows("0:00");
        input();
        advance(7_000);
        shows("0:07");
        clock.advance(Duration.ofMinutes(1));
        new Actions(browser).sendKeys("s").perform();
        session.waitFor(By.id("no-more-tasks"));
        assertThat(stored(project, annotator, "SKIPPED")).isEqualTo(7_000);

        session.open("/home");
        assertThat(session.text(By.id("my-hours-total"))).isEqualTo("0:01:42");
        assertThat(session.text(By.id("my-hours-projects"))).contains(project.name(), "0:01:42");
        assertThat(Accessibility.violations(browser)).as("the home with my hours").isEmpty();

        session.logOut();
        session.logIn(manager);
        session.open("/projects/" + project.id() + "/hours");
        String people = session.text(By.id("hours-people"));
        assertThat(people).contains(annotator.displayName(), "0:01:42", lab.name());
        assertThat(session.text(By.id("hours-workforces"))).contains(lab.name(), "0:01:42");
        assertThat(Accessibility.violations(browser)).as("the project's hours").isEmpty();
        assertThat(List.of(session.text(By.id("tab-hours")))).containsExactly("Hours");
        // Another period through the form: a week long ago has no hours; one that ends before it starts is refused
        // and the hours shown stay those of the last period.
        askPeriod("hours", "2020-01-01", "2020-01-07");
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hours-total"), "2020-01-01"));
        assertThat(session.text(By.id("hours-total"))).contains("2020-01-07", "0:00:00");
        askPeriod("hours", "2020-01-07", "2020-01-01");
        assertThat(session.waitFor(By.id("period-error")).getText()).isNotBlank();
        assertThat(session.text(By.id("hours-total"))).contains("2020-01-01", "2020-01-07");

        // The organization's own people across its projects: from the top bar.
        session.click(By.id("hours-link"));
        assertThat(session.text(By.id("team-hours-people"))).contains(annotator.displayName(), project.name(), "0:01:42");
        assertThat(Accessibility.violations(browser)).as("our people's hours").isEmpty();
        askPeriod("team-hours", "2020-01-01", "2020-01-07");
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-hours-total"), "2020-01-01"));
        assertThat(session.waitFor(By.id("no-hours")).getText()).contains("No active time");
    }

    /** Types the days into an hours page's period form (as a date picker would set them) and sends it. */
    private void askPeriod(String id, String from, String to) {
        var form = session.waitFor(By.id(id + "-period"));
        session.driver().executeScript("arguments[0].elements.from.value = arguments[1]; arguments[0].elements.to.value = arguments[2];",
                form, from, to);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
