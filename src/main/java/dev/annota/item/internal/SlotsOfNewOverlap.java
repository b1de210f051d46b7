package dev.annota.item.internal;

import java.util.UUID;

import dev.annota.item.ItemAssignments;
import dev.annota.project.OverlapChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fits the items already imported to a changed overlap, in the transaction that changes it. An ordinary item wants
 * {@code overlap + extra_slots} answers (extra slots are adaptive overlap's); its open slots are what that leaves after
 * its answers and the leases holding a slot now:
 * <ul>
 *   <li>raising opens slots: DONE and FULL items become OPEN and the claim serves them;</li>
 *   <li>lowering never discards an answer: an item with as many answers as the new overlap or more is DONE; open slots
 *       above it close; a live lease is honoured (its item stays FULL, and the answer submitted under it counts).</li>
 * </ul>
 * Gold items have no slots and are left alone. Two statements over the project's items and one per leased item.
 */
@Component
record SlotsOfNewOverlap(JdbcClient jdbc, ItemAssignments assignments) {

    @EventListener
    void on(OverlapChanged changed) {
        UUID tenant = changed.tenantId();
        int overlap = changed.to();
        // The slots without counting leases first, then each leased item's leases taken off (max(0, max(0, x) - h)
        // is max(0, x - h)): the leases are few, the items may be millions.
        jdbc.sql("""
                        update items set
                            open_slots = case when ? + extra_slots - done_count > 0 then ? + extra_slots - done_count else 0 end,
                            state = case when done_count >= ? + extra_slots then 'DONE' else 'OPEN' end
                        where tenant_id = ? and project_id = ? and state <> 'GOLD'""")
                .params(overlap, overlap, overlap, tenant, changed.projectId()).update();
        assignments.leasedSlots(tenant, changed.projectId()).forEach((item, leases) -> jdbc.sql("""
                        update items set
                            open_slots = case when open_slots - ? > 0 then open_slots - ? else 0 end,
                            state = case when state = 'DONE' then 'DONE' when open_slots - ? > 0 then 'OPEN' else 'FULL' end
                        where tenant_id = ? and id = ? and state <> 'GOLD'""")
                .params(leases, leases, leases, tenant, item).update());
    }
}
