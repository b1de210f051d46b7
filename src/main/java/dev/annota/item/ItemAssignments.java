package dev.annota.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What this module needs to know of the queue's assignments, answered by the work module, which owns them. Declared
 * here and implemented there because the queue depends on items and not the other way round: item cannot call the
 * queue's API, so the queue supplies this one (a bean of the work module), and only its SQL names
 * {@code assignments}. Every method runs inside the tenant transaction its caller opened.
 */
public interface ItemAssignments {

    /** A live lease: the item and the assignment under which it is held. */
    record Lease(UUID itemId, UUID assignmentId) {
    }

    /** How many times the item was ever assigned (whatever became of the assignments). */
    long everAssigned(UUID tenantId, UUID itemId);

    /** How many of the item's assignments hold a slot: leased now or submitted. */
    int holdingSlots(UUID tenantId, UUID itemId);

    /**
     * The project's items whose slots leases hold now (ordinary leases, expired or not: an expired lease keeps its slot
     * until another annotator takes it over), with the number of such leases per item.
     */
    java.util.Map<UUID, Integer> leasedSlots(UUID tenantId, UUID projectId);

    /** The annotator's leases on the project that are live at {@code now} (a handful at most). */
    List<Lease> liveLeases(UUID tenantId, UUID projectId, UUID annotatorId, Instant now);
}
