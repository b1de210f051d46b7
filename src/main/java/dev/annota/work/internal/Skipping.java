package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.LeaseRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a leased slot back to the queue for other annotators. The skipped assignment stays on record, so the unique
 * index keeps the item from ever returning to the same annotator.
 */
@Component
public record Skipping(JdbcClient jdbc, ItemRows items, TenantScope tenants, Clock clock) {

    public void skip(ProjectAccess access, UUID assignmentId) {
        skip(access, assignmentId, 0);
    }

    /**
     * {@code activeMillis}: the workbench's count on this lease, stored bounded by the lease on the skipped
     * assignment. A rework skipped keeps none: its row goes back on offer (state REWORK) and ends later, or never.
     */
    public void skip(ProjectAccess access, UUID assignmentId, long activeMillis) {
        Project p = access.project();
        UUID annotator = access.caller().id();
        tenants.write(p.tenantId(), () -> {
            var held = jdbc.sql("select item_id, supersedes, claimed_at from assignments where tenant_id = ? and id = ? "
                            + "and annotator_id = ? and state = 'LEASED'")
                    .params(p.tenantId(), assignmentId, annotator)
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getTimestamp(3).toInstant()}).optional()
                    .orElseThrow(() -> new LeaseRejected("You hold no lease under that assignment (ended, or not yours)."));
            UUID item = (UUID) held[0];
            if (held[1] != null) {
                // A rework skipped goes to the pool: an offer that ran out now, for anyone eligible but this annotator.
                Timestamp now = Timestamp.from(Instant.now(clock));
                if (jdbc.sql("update assignments set state = 'REWORK', lease_expires_at = ? where tenant_id = ? and id = ? "
                        + "and state = 'LEASED'").params(now, p.tenantId(), assignmentId).update() == 0) {
                    throw new LeaseRejected("Your lease ended before the skip arrived.");
                }
                return;
            }
            Instant now = Instant.now(clock);
            long active = ActiveTimeBound.of(activeMillis, (Instant) held[2], now);
            int ended = jdbc.sql("update assignments set state = 'SKIPPED', ended_at = ?, active_ms = ? where tenant_id = ? "
                            + "and id = ? and state = 'LEASED'")
                    .params(Timestamp.from(now), active, p.tenantId(), assignmentId).update();
            if (ended == 0) {
                throw new LeaseRejected("Your lease ended before the skip arrived.");
            }
            items.giveSlotBack(p.tenantId(), item);
        });
    }
}
