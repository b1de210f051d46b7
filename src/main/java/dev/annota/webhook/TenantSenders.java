package dev.annota.webhook;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an outbox's sending for one organization at a time: now on a virtual thread of its own (after a commit that
 * queued something), or for every organization a sweep found due. A failure of one organization's sending is logged
 * and left to the next sweep; it never stops the others. Shared by the project webhooks and the witnesses.
 */
public final class TenantSenders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TenantSenders.class);

    private final String what;
    private final ToIntFunction<UUID> deliverDue;
    private final ExecutorService soon = Executors.newVirtualThreadPerTaskExecutor();

    /** {@code what}: the deliveries' name in the log; {@code deliverDue}: sends one organization's due ones, counting the requests. */
    public TenantSenders(String what, ToIntFunction<UUID> deliverDue) {
        this.what = what;
        this.deliverDue = deliverDue;
    }

    /** Sends the organization's due deliveries on a thread of their own, now. */
    public void soon(UUID tenant) {
        try {
            soon.execute(() -> send(tenant));
        } catch (RejectedExecutionException shuttingDown) {
            // The sweep of this or another instance sends them.
        }
    }

    /** Sends the due deliveries of each organization in turn; returns the number of requests made. */
    public int sweep(Collection<UUID> tenants) {
        int sent = 0;
        for (UUID tenant : tenants) {
            sent += send(tenant);
        }
        return sent;
    }

    private int send(UUID tenant) {
        try {
            return deliverDue.applyAsInt(tenant);
        } catch (RuntimeException e) {
            log.warn("{} of organization {} wait for the next sweep: {}", what, tenant, e.toString());
            return 0;
        }
    }

    @Override
    public void close() {
        soon.shutdownNow();
    }
}
