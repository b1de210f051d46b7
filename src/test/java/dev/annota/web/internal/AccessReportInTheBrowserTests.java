package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The access report page: reached from the project page by its manager, it shows the vendor's row and the downloads. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AccessReportInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    WorkQueue queue;

    @Test
    void aManagerOpensTheAccessReportFromTheProjectPageAndSeesTheVendorsViews() throws IOException {
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(setup);
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        queue.next(fixtures.access(setup.project(), annotator)).orElseThrow();

        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id());
        session.click(By.id("access-report-link"));
        assertThat(session.text(By.id("report-table"))).contains(vendor.name()).contains("workforce");
        assertThat(session.driver().findElement(By.id("download-csv")).getDomAttribute("href")).endsWith("/access-report.csv");
        assertThat(session.text(By.id("access-report"))).contains("No view outside an assignment or review lease").contains(setup.project().name());
        // The page shares the project pages' head: its tab is the current one.
        assertThat(session.waitFor(By.id("tab-access")).getDomAttribute("aria-current")).isEqualTo("page");
        session.screenshot("access-report");
    }
}
