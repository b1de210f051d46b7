package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
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
 * Vendor shares in a real Chromium: the lab manager sets in-house 60 % and the vendor 40 % with a cap on the project
 * page (a sum that is not 100 is refused first, with the server's problem shown), and the vendor's manager sees its
 * own share on the same page.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class VendorSharesInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;

    @Test
    void aLabManagerSetsTheSharesAndTheVendorsManagerSeesItsOwn() throws IOException {
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(setup);
        String lab = setup.lab().id().toString();
        String vendorId = vendor.id().toString();

        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id());
        session.waitFor(By.id("share-" + lab)).sendKeys("60");
        session.waitFor(By.id("share-" + vendorId)).sendKeys("30");
        assertThat(session.text(By.id("shares-sum"))).isEqualTo("90 %");
        session.click(By.id("save-shares"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shares-form"), "add up to 100"));

        var vendorShare = session.waitFor(By.id("share-" + vendorId));
        vendorShare.clear();
        vendorShare.sendKeys("40");
        session.waitFor(By.id("cap-" + vendorId)).sendKeys("500");
        session.click(By.id("save-shares"));
        session.waitFor(By.id("shares-saved"));
        session.screenshot("vendor-shares");
        session.logOut();

        session.logIn(fixtures.user(vendor, Role.MANAGER));
        session.open("/projects/" + setup.project().id());
        assertThat(session.text(By.id("own-share"))).contains("40 %").contains("500");
        assertThat(session.text(By.id("shares-card"))).doesNotContain("60");
        assertThat(session.consoleProblems()).isEmpty();
    }
}
