package dev.annota.crypto.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys an organization's key-encryption key file once the shredding (or deletion) that asked for it has committed,
 * never before: a shredding rolled back must not have destroyed the key of a keyset that is still live. The request
 * is a row of {@code tenant_key_destructions} written in the shredding's transaction, so a stop between the commit and
 * the destruction is finished at the next start ({@link #finishPending}) instead of leaving the key behind.
 */
@Component
class TenantKeyDestruction {

    private static final Logger log = LoggerFactory.getLogger(TenantKeyDestruction.class);

    private final JdbcClient jdbc;
    private final TenantKeyStore store;
    private final TransactionTemplate separately;
    private final Clock clock;

    TenantKeyDestruction(JdbcClient jdbc, TenantKeyStore store, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records, in the caller's transaction, that the key file must go, and destroys it when that transaction commits. */
    void destroyAfterCommit(UUID tenantId) {
        jdbc.sql("insert into tenant_key_destructions (organization_id, requested_at) values (?, ?) on conflict do nothing")
                .params(tenantId, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS))).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    destroy(tenantId);
                }
            });
        } else {
            destroy(tenantId);
        }
    }

    /** Destroys the key files whose destruction was committed but not done (an instance stopped in between). */
    @EventListener(ApplicationReadyEvent.class)
    void finishPending() {
        for (UUID tenantId : jdbc.sql("select organization_id from tenant_key_destructions").query(UUID.class).list()) {
            destroy(tenantId);
        }
    }

    private void destroy(UUID tenantId) {
        try {
            store.destroy(tenantId);
            // After the commit the caller's transaction is over: the row goes in a transaction of its own.
            separately.executeWithoutResult(status ->
                    jdbc.sql("delete from tenant_key_destructions where organization_id = ?").param(tenantId).update());
        } catch (RuntimeException e) {
            // Shredded in the database already; the key file goes at the next start. Loud: until then it still exists.
            log.error("Could not destroy the key-encryption key of shredded organization {} ({}); retried at the next start: {}",
                    tenantId, store.file(tenantId), e.toString());
        }
    }
}
