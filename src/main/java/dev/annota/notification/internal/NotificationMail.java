package dev.annota.notification.internal;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import dev.annota.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a stored notification's kind and a link to the app when an SMTP server is configured ({@code spring.mail.host};
 * without it Spring Boot makes no {@link JavaMailSender} and nothing is mailed). Never the text: it may hold customer
 * data, and the mail leaves the organization's keys behind. Sent on a thread of its own after the notification was
 * written; a failed send is logged, and the notification stays in the app.
 */
@Component
public class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Users users;
    private final String publicUrl;
    private final String from;
    private final Executor sending = Executors.newVirtualThreadPerTaskExecutor();

    NotificationMail(ObjectProvider<JavaMailSender> sender, Users users,
                     @Value("${annota.public-url:http://localhost:8080}") String publicUrl,
                     @Value("${annota.mail.from:annota@localhost}") String from) {
        this.sender = sender;
        this.users = users;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    /** Mails the user of a notification just written (call after its commit); nothing when no SMTP server is configured. */
    public void send(UUID notificationId, UUID userId, String kind, String link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        sending.execute(() -> {
            try {
                var user = users.find(userId).filter(u -> u.enabled() && u.email() != null);
                if (user.isEmpty()) {
                    return;
                }
                var message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(user.get().email());
                message.setSubject("You have a new notification in Annota: " + kind);
                message.setText("You have a new notification in Annota: " + kind + "\n\nOpen it: " + publicUrl
                        + (link == null ? "/me/notifications" : link) + "\n\nAll notifications: " + publicUrl + "/me/notifications\n");
                mail.send(message);
            } catch (RuntimeException e) {
                log.warn("Notification {} ({}) not mailed to user {}; it stays in the app", notificationId, kind, userId, e);
            }
        });
    }
}
