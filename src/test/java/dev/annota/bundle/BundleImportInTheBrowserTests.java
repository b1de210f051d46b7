package dev.annota.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.BrowserSession;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The project page offers its owners "Download bundle"; another lab's manager imports the bundle from the project
 * list (file picker, the signer pinned), is shown where it came from and who signed it, and opens the new project; a
 * changed bundle is refused with the entry named, and nothing appears.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class BundleImportInTheBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aManagerImportsABundleFromTheProjectListAndIsToldWhereItCameFromAndWhoSignedIt(@TempDir Path temp) throws Exception {
        var source = fixtures.labProject("Bundle browser lab", 1, 3);
        var exported = fixtures.client(source.manager()).get("/api/v1/projects/" + source.project().id() + "/bundle");
        assertThat(exported.status()).isEqualTo(200);
        Path bundle = Files.write(temp.resolve("project.bundle.zip"), exported.body());
        Path changed = Files.write(temp.resolve("changed.bundle.zip"),
                BundleRoundTripTests.replaced(exported.body(), "items.jsonl", s -> s.replaceFirst("text 1", "text 7")));
        String signer = BundleRoundTripTests.signerOf(exported.body());
        CurrentUser manager = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Importing lab"), Role.MANAGER);

        try (var browser = BrowserSession.start(temp, fixtures.port())) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logIn(source.manager());
            browser.open("/projects/" + source.project().id());
            assertThat(browser.waitFor(By.id("download-bundle")).getDomAttribute("href"))
                    .isEqualTo("/api/v1/projects/" + source.project().id() + "/bundle");
            browser.logOut();

            browser.logIn(manager);
            browser.open("/");
            browser.click(By.id("import-bundle"));
            browser.waitFor(By.id("bundle-file")).sendKeys(changed.toString());
            browser.click(By.id("bundle-submit"));
            browser.await().until(d -> !d.findElements(By.id("bundle-error")).isEmpty());
            assertThat(browser.text(By.id("bundle-error"))).contains("items.jsonl").contains("SHA-256");
            assertThat(browser.driver().findElements(By.cssSelector("#projects tbody tr"))).isEmpty();

            browser.driver().findElement(By.id("bundle-file")).sendKeys(bundle.toString());
            browser.driver().findElement(By.id("bundle-signer")).sendKeys(signer);
            browser.click(By.id("bundle-submit"));
            browser.await().until(d -> !d.findElements(By.id("bundle-result")).isEmpty());
            assertThat(browser.text(By.id("bundle-result"))).contains(source.project().id().toString())
                    .contains(signer).contains("the key you pinned").contains("items.jsonl: 3");
            browser.await().until(d -> d.findElement(By.id("projects")).getText().contains(source.project().name()));
            browser.screenshot("bundle-import");
            browser.click(By.id("bundle-project"));
            browser.await().until(d -> d.findElement(By.id("project-name")).getText().equals(source.project().name()));
        }
    }
}
