package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Browser;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The access report page: reached from the project page by its manager, it shows the vendor's row and the downloads. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class AccessReportInTheBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    WorkQueue queue;
    @TempDir
    Path temp;

    private ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerOpensTheAccessReportFromTheProjectPageAndSeesTheVendorsViews() throws IOException {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        projects.engage(fixtures.access(project, manager), vendor.id());
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        queue.next(fixtures.access(project, annotator)).orElseThrow();

        browser = Browser.start(Files.createDirectory(temp.resolve("profile")));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(manager.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("annota-app .topbar")));
        browser.get("http://localhost:" + port + "/projects/" + project.id());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("access-report-link"))).click();
        var table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-table")));
        assertThat(table.getText()).contains(vendor.name()).contains("workforce");
        assertThat(browser.findElement(By.id("download-csv")).getDomAttribute("href")).endsWith("/access-report.csv");
        assertThat(browser.findElement(By.id("access-report")).getText()).contains("No view outside an assignment");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("access-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
