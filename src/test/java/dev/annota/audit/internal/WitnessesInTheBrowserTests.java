package dev.annota.audit.internal;

import java.time.Duration;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiTest;
import dev.annota.testing.WebhookReceiver;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.annota.tenancy.TenantScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The witnesses section of the Access log page, in Chromium: an admin adds a witness (a receiver on 127.0.0.1) and
 * sees its secret once, the signed checkpoint reaches the receiver, the delivery log shows it, a URL into the server's
 * network is refused with the server's reason, and a witness the server disabled shows its notice.
 */
@BrowserTest
@ApiTest
class WitnessesInTheBrowserTests extends InTheBrowser {

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    @Autowired Fixtures fixtures;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminAddsAWitnessOnTheAccessLogPageAndItReceivesTheNextCheckpoint() throws Exception {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Browser witnessed lab");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        try (var receiver = WebhookReceiver.answering(200)) {
            session.logIn(admin);
            session.open("/admin/access-log");

            session.waitFor(By.id("witnessUrl")).sendKeys("http://localhost:1/witness");
            session.click(By.id("add-witness"));
            assertThat(session.waitFor(By.id("witness-field-error")).getText()).contains("loopback").contains("ANNOTA_WEBHOOK_ALLOWED_HOSTS");

            var url = session.waitFor(By.id("witnessUrl"));
            url.clear();
            url.sendKeys(receiver.url());
            session.click(By.id("add-witness"));
            String secret = session.waitFor(By.id("witness-secret")).getDomProperty("value");
            assertThat(secret).startsWith("whsec_");
            assertThat(session.text(By.id("witness-list"))).contains(receiver.url());
            assertThat(session.text(By.id("witness-command"))).contains("--checkpoints kept/");

            session.click(By.id("publish"));
            session.await().withTimeout(Duration.ofSeconds(20)).until(d -> !receiver.accepted().isEmpty());
            // The page shows the note without its final newline.
            assertThat(receiver.accepted().getFirst().note().strip()).isEqualTo(session.text(By.id("checkpoint")).strip());

            session.click(By.xpath("//table[@id='witness-list']//button[text()='Delivery log']"));
            assertThat(session.waitFor(By.id("witness-deliveries")).getText()).contains("200").contains("delivered");

            // The server gave up on it (as after a day of failures): the page says so, and why.
            tenants.write(lab.id(), () -> jdbc.sql("update witnesses set state = 'DISABLED', disabled_at = current_timestamp, "
                    + "disabled_reason = 'Every attempt failed for 25 hours.' where tenant_id = ?").param(lab.id()).update());
            session.open("/admin/access-log");
            assertThat(session.waitFor(By.id("witness-disabled")).getText()).contains(receiver.url()).contains("Every attempt failed");
        }
    }
}
