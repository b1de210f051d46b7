package dev.annota.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.audit.AuditEvent;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The access log events recorded in one read-write transaction, written together just before it commits: one
 * statement for all of them instead of one round trip each. Still inside the transaction, so the events commit or roll
 * back with the act. Anything in the log module that reads events in the same transaction flushes first
 * ({@link #flush(Object)}), so a transaction reads its own events.
 */
final class EventsOfTransaction implements TransactionSynchronization {

    private final Object key;
    private final UUID tenant;
    private final Consumer<List<AuditEvent>> writer;
    /** Writes the events with the transaction's other writes at commit (tenancy's RoundTrips.atCommit). */
    private final Consumer<List<AuditEvent>> writerAtCommit;
    private final Runnable afterCommit;
    private final List<AuditEvent> events = new ArrayList<>();
    /** Past {@link #beforeCommit}: an event recorded by a later synchronization is written at once. */
    private boolean committing;

    private EventsOfTransaction(Object key, UUID tenant, Consumer<List<AuditEvent>> writer,
                                Consumer<List<AuditEvent>> writerAtCommit, Runnable afterCommit) {
        this.writerAtCommit = writerAtCommit;
        this.key = key;
        this.tenant = tenant;
        this.writer = writer;
        this.afterCommit = afterCommit;
    }

    /**
     * Adds the event to the current transaction's events, keyed by {@code key} (one log, one buffer per transaction).
     * Needs an active read-write transaction with synchronization.
     */
    static void add(Object key, AuditEvent event, Consumer<List<AuditEvent>> writer, Consumer<List<AuditEvent>> writerAtCommit,
                    Runnable afterCommit) {
        var buffered = (EventsOfTransaction) TransactionSynchronizationManager.getResource(key);
        if (buffered == null) {
            buffered = new EventsOfTransaction(key, event.tenantId(), writer, writerAtCommit, afterCommit);
            TransactionSynchronizationManager.bindResource(key, buffered);
            TransactionSynchronizationManager.registerSynchronization(buffered);
        } else if (!buffered.tenant.equals(event.tenantId())) {
            throw new IllegalStateException("An access log event of one tenant cannot be recorded in another tenant's transaction");
        }
        buffered.events.add(event);
        if (buffered.committing) {
            buffered.write();
        }
    }

    /** Writes the current transaction's buffered events now, if there are any. */
    static void flush(Object key) {
        if (TransactionSynchronizationManager.getResource(key) instanceof EventsOfTransaction buffered) {
            buffered.write();
        }
    }

    private void write() {
        write(writer);
    }

    private void write(Consumer<List<AuditEvent>> to) {
        if (!events.isEmpty()) {
            var batch = List.copyOf(events);
            events.clear();
            to.accept(batch);
        }
    }

    /** Before the writes at commit (which run last), so the events travel with them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        committing = true;
        write(writerAtCommit);
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(key);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(key, this);
    }

    @Override
    public void afterCommit() {
        afterCommit.run();
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
}
