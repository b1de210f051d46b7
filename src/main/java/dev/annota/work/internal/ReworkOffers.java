package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.annotation.Annotations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a rejected answer back into the queue as a rework: an assignment of the same item in state REWORK, offered to
 * the annotator until {@code offeredUntil}; the claim serves it before new work, and past that anyone eligible takes it
 * over as an expired lease (Claiming). Inside the rejecting decision's tenant transaction.
 */
@Component
public record ReworkOffers(JdbcClient jdbc, Annotations annotations) {

    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    /**
     * Offers the rework of {@code rejected} (round {@code round} - 1) to {@code annotator}; false, offering nothing, for
     * an answer to a gold item (it used no slot, so there is nothing to rework: the gold result stands).
     */
    public boolean offer(UUID tenantId, UUID projectId, UUID itemId, UUID rejected, UUID annotator, UUID reviewId, int round,
                         Instant now, Instant offeredUntil) {
        var annotation = annotations.find(tenantId, rejected).orElseThrow();
        record Rejected(boolean gold, UUID workforce) {
        }
        var rejectedOne = jdbc.sql("select gold, workforce_org_id from assignments where tenant_id = ? and id = ?")
                .params(tenantId, annotation.assignmentId())
                .query((rs, n) -> new Rejected(rs.getBoolean(1), rs.getObject(2, UUID.class))).optional();
        if (rejectedOne.isEmpty() || rejectedOne.get().gold()) {
            return false;
        }
        // The rework counts for the workforce the rejected answer was made for (vendor shares).
        jdbc.sql("""
                        insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at,
                                                 lease_expires_at, gold, round, supersedes, rework_review_id, workforce_org_id)
                        values (?, ?, ?, ?, ?, 'REWORK', ?, ?, false, ?, ?, ?, ?)""")
                .params(tenantId, IDS.generate(), projectId, itemId, annotator, Timestamp.from(now), Timestamp.from(offeredUntil),
                        round, rejected, reviewId, rejectedOne.get().workforce()).update();
        return true;
    }
}
