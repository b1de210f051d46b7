package dev.annota.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.identity.CurrentUser;
import dev.annota.notification.internal.NotificationMail;
import dev.annota.notification.internal.NotificationStore;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a user an in-app notification and lets them read it. Any module may call {@link #notify}, also from inside a
 * transaction of another tenant (a project's, say): the notification is then written once that transaction commits,
 * and never for one that rolls back.
 */
@Service
public class Notifications {

    /** A page of notifications, newest first, with how many of all the caller's are unread. */
    public record Page(List<Notification> notifications, long unread, UUID next) {
    }

    public static final int MAX_PAGE = 100;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,59}");
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationStore store;
    private final TenantScope tenants;
    private final Clock clock;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    /** Writes deferred to after a commit run here: no transaction of the committed one is bound to this thread. */
    private final Executor afterCommit = Executors.newVirtualThreadPerTaskExecutor();

    private final NotificationMail mail;

    Notifications(NotificationStore store, TenantScope tenants, Clock clock, NotificationMail mail) {
        this.mail = mail;
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Notifies {@code userId} of organization {@code tenantId}. {@code kind}: upper-case words with underscores
     * (QUALIFICATION_PASSED, REWORK_WAITING, ...); {@code text}: at most 2,000 characters, shown in the app only (never
     * mailed; still, put no item data in it); {@code link}: a path inside the app, or null. Inside a transaction of the
     * same tenant it is written in that transaction; inside another one, after it commits; otherwise at once. When an SMTP
     * server is configured, the user is also mailed the kind and a link once the notification is committed.
     */
    public void notify(UUID tenantId, UUID userId, String kind, String text, String link) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A notification kind is upper-case words joined by '_': " + kind);
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new IllegalArgumentException("A notification's text has 1 to 2000 characters");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException("A notification's link is a path inside the app: " + link);
        }
        UUID id = IDS.generate();
        Runnable stored = () -> tenants.write(tenantId,
                () -> store.insert(tenantId, id, userId, kind, text, link, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        // Mailed once the notification is committed (kind and link only); a mail never goes out for one rolled back.
        Runnable write = () -> {
            stored.run();
            afterCommitOrNow(() -> mail.send(id, userId, kind, link));
        };
        boolean sameTenant = TenantScope.current().map(tenantId::equals).orElse(false);
        if (sameTenant || !TransactionSynchronizationManager.isSynchronizationActive()) {
            write.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.execute(() -> {
                    try {
                        write.run();
                    } catch (RuntimeException e) {
                        log.warn("Notification {} ({}) to user {} not stored", id, kind, userId, e);
                    }
                });
            }
        });
    }

    private static void afterCommitOrNow(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** The caller's notifications, newest first: {@code limit} of them (1 to 100) older than {@code before} (null: the newest). */
    public Page page(CurrentUser caller, UUID before, int limit) {
        int n = Math.max(1, Math.min(MAX_PAGE, limit));
        return tenants.read(caller.orgId(), () -> {
            var list = store.page(caller.orgId(), caller.id(), before, n);
            UUID next = list.size() == n ? list.getLast().id() : null;
            return new Page(list, store.unread(caller.orgId(), caller.id()), next);
        });
    }

    /** Marks one of the caller's notifications read; {@link NotificationNotFound} for any other id. */
    public void markRead(CurrentUser caller, UUID id) {
        boolean found = tenants.write(caller.orgId(), () -> store.markRead(caller.orgId(), caller.id(), id, Instant.now(clock)));
        if (!found) {
            throw new NotificationNotFound();
        }
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    public int markAllRead(CurrentUser caller) {
        return tenants.write(caller.orgId(), () -> store.markAllRead(caller.orgId(), caller.id(), Instant.now(clock)));
    }
}
