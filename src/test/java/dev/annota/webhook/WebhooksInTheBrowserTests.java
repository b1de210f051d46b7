package dev.annota.webhook;

import java.time.Duration;

import dev.annota.identity.Role;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiTest;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import dev.annota.testing.WebhookReceiver;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's Webhooks page in Chromium: a manager adds a webhook with two event checkboxes (a receiver on
 * 127.0.0.1) and sees its secret once, an answer reaches the receiver, the delivery log shows it and redelivers it,
 * a URL into the server's network is refused with the server's reason, disabling and enabling work from the list, and
 * a webhook the server disabled shows its notice.
 */
@BrowserTest
@ApiTest
class WebhooksInTheBrowserTests extends InTheBrowser {

    @Override
    protected boolean consoleMustStayClean() {
        return true;
    }

    @Autowired Fixtures fixtures;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    @Test
    void aManagerAddsAWebhookOnTheProjectsPageSeesItsDeliveriesAndRedeliversOne() throws Exception {
        var lab = fixtures.labProject("Browser webhook lab", 1, 1);
        try (var receiver = WebhookReceiver.answering(200)) {
            session.logIn(lab.manager());
            session.open("/projects/" + lab.project().id());
            session.click(By.id("tab-webhooks"));

            session.waitFor(By.id("webhookUrl")).sendKeys("http://localhost:1/hook");
            session.click(By.id("event-annotation.created"));
            session.click(By.id("add-webhook"));
            assertThat(session.waitFor(By.id("webhook-field-error")).getText()).contains("loopback").contains("ANNOTA_WEBHOOK_ALLOWED_HOSTS");

            var url = session.waitFor(By.id("webhookUrl"));
            url.clear();
            url.sendKeys(receiver.url());
            // A refused form keeps what was typed and ticked.
            assertThat(session.waitFor(By.id("event-annotation.created")).isSelected()).isTrue();
            session.click(By.id("event-item.completed"));
            session.click(By.id("add-webhook"));
            String secret = session.waitFor(By.id("webhook-secret")).getDomProperty("value");
            assertThat(secret).startsWith("whsec_");
            assertThat(session.text(By.id("webhook-list"))).contains(receiver.url()).contains("annotation.created, item.completed");

            WorkSteps.workUntilDone(fixtures.client(fixtures.user(lab.lab(), Role.ANNOTATOR)), "/api/v1/projects/" + lab.project().id());
            session.await().withTimeout(Duration.ofSeconds(20)).until(d -> receiver.accepted().size() == 2);
            // The outcome is written once the answer is back in the sender: wait for the log too.
            session.await().withTimeout(Duration.ofSeconds(20)).until(d -> tenants.read(lab.lab().id(), () -> jdbc.sql(
                    "select count(*) from webhook_deliveries where tenant_id = ? and state = 'DELIVERED'")
                    .param(lab.lab().id()).query(Long.class).single()) == 2);
            for (var r : receiver.accepted()) {
                assertThat(r.signedWith(secret)).isTrue();
            }

            session.click(By.xpath("//table[@id='webhook-list']//button[text()='Delivery log']"));
            assertThat(session.waitFor(By.id("webhook-deliveries")).getText()).contains("annotation.created").contains("item.completed")
                    .contains("delivered").contains("200");
            session.click(By.xpath("(//table[@id='webhook-deliveries']//button[text()='Redeliver'])[1]"));
            session.await().withTimeout(Duration.ofSeconds(20)).until(d -> receiver.accepted().size() == 3);

            session.click(By.xpath("//table[@id='webhook-list']//button[text()='Disable']"));
            session.waitFor(By.xpath("//table[@id='webhook-list']//button[text()='Enable']"));
            assertThat(session.text(By.id("webhook-list"))).contains("disabled");
            session.click(By.xpath("//table[@id='webhook-list']//button[text()='Enable']"));
            session.waitFor(By.xpath("//table[@id='webhook-list']//button[text()='Disable']"));

            // The server gave up on it (as after a day of failures): the page says so, and why.
            tenants.write(lab.lab().id(), () -> jdbc.sql("update webhooks set enabled = false, disabled_at = current_timestamp, "
                    + "disabled_reason = 'Every attempt failed for 26 hours.' where tenant_id = ?").param(lab.lab().id()).update());
            session.open("/projects/" + lab.project().id() + "/webhooks");
            assertThat(session.waitFor(By.id("webhook-disabled")).getText()).contains(receiver.url()).contains("Every attempt failed");
        }
    }
}
