package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.item.ItemAssignments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The queue's answers to the item module's questions about assignments (gold marking, who may see an image). */
@Component
record AssignmentsOfItems(JdbcClient jdbc) implements ItemAssignments {

    @Override
    public long everAssigned(UUID tenantId, UUID itemId) {
        return jdbc.sql("select count(*) from assignments where tenant_id = ? and item_id = ?")
                .params(tenantId, itemId).query(Long.class).single();
    }

    @Override
    public int holdingSlots(UUID tenantId, UUID itemId) {
        return jdbc.sql("select count(*) from assignments where tenant_id = ? and item_id = ? and state in ('LEASED', 'SUBMITTED')")
                .params(tenantId, itemId).query(Integer.class).single();
    }

    /** On assignments_leases (tenant_id, project_id, state, ...): the leased rows only, a handful per annotator. */
    @Override
    public java.util.Map<UUID, Integer> leasedSlots(UUID tenantId, UUID projectId) {
        var held = new java.util.HashMap<UUID, Integer>();
        jdbc.sql("""
                select item_id, count(*) from assignments
                where tenant_id = ? and project_id = ? and state = 'LEASED' and gold = false group by item_id""")
                .params(tenantId, projectId)
                .query(rs -> {
                    held.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return held;
    }

    /** Starts from the annotator's own leases (a handful of rows on the assignments_annotator index). */
    @Override
    public List<Lease> liveLeases(UUID tenantId, UUID projectId, UUID annotatorId, Instant now) {
        return jdbc.sql("""
                select item_id, id from assignments
                where tenant_id = ? and annotator_id = ? and project_id = ? and state = 'LEASED' and lease_expires_at > ?""")
                .params(tenantId, annotatorId, projectId, Timestamp.from(now))
                .query((rs, n) -> new Lease(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }
}
