package dev.annota.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * With an SMTP server configured (GreenMail, a real SMTP server inside the test), a new notification is also mailed:
 * its kind and a link built from annota.public-url, never its text.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "annota.public-url=https://annota.example/"})
@Import(Fixtures.class)
class NotificationMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Notifications notifications;

    @Test
    void aNewNotificationIsMailedWithItsKindAndLinkButNeverItsText() throws Exception {
        var org = fixtures.organization(OrganizationKind.WORKFORCE, "Mail vendor");
        CurrentUser annotator = fixtures.user(org, Role.ANNOTATOR);
        notifications.notify(org.id(), annotator.id(), "REWORK_WAITING", "Customer secret: item about Project Falcon", "/projects/p1/work");

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("a mail arrived").isTrue();
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(annotator.email());
        assertThat(message.getSubject()).isEqualTo("You have a new notification in Annota: REWORK_WAITING");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("https://annota.example/projects/p1/work").doesNotContain("Falcon", "secret");
        assertThat(notifications.page(annotator, null, 10).notifications()).as("and it is in the app")
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("REWORK_WAITING"));
    }
}
