package dev.annota.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The witnesses' outbox: when a checkpoint is stored, one delivery per active witness of its organization is written
 * in the same transaction (a plain synchronous listener of {@link CheckpointSigned}), so no checkpoint is stored
 * without its deliveries and a checkpoint that rolls back is never sent. After the commit this instance starts
 * sending at once; the periodic sweep of any instance picks up whatever is left.
 */
@Component
record WitnessOutbox(JdbcClient jdbc, WitnessDelivery delivery) {

    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    @EventListener
    void on(CheckpointSigned checkpoint) {
        List<UUID> witnesses = jdbc.sql("select id from witnesses where tenant_id = ? and state = 'ACTIVE' order by id")
                .param(checkpoint.tenantId()).query(UUID.class).list();
        for (UUID witness : witnesses) {
            enqueue(checkpoint.tenantId(), witness, checkpoint.size(), checkpoint.note(), checkpoint.at());
        }
    }

    /** Writes one delivery, due at {@code at}, inside the caller's tenant transaction; sent soon after it commits. */
    UUID enqueue(UUID tenant, UUID witness, long size, String note, Instant at) {
        UUID id = IDS.generate();
        Timestamp due = Timestamp.from(at);
        jdbc.sql("""
                insert into witness_deliveries (tenant_id, id, witness_id, tree_size, note, state, attempts, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(tenant, id, witness, size, note, due, due).update();
        jdbc.sql("insert into witness_due (delivery_id, tenant_id, due_at) values (?, ?, ?)").params(id, tenant, due).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.soon(tenant);
                }
            });
        }
        return id;
    }
}
