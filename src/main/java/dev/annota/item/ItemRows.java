package dev.annota.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The item rows other modules read or change, so that only this module's SQL names {@code items}. Every method runs
 * inside the tenant transaction its caller opened; values come back sealed as stored (open them with
 * {@link ItemPayloads}). The queue's claim and submit still name {@code items} in their own statements, on purpose
 * (TableOwnershipTests says why).
 */
@Component
public class ItemRows {

    /** Ids per statement: one SQL IN list each, well under any driver's parameter limit. */
    private static final int BATCH = 1000;

    private static final Comparator<UUID> DATABASE_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final JdbcClient jdbc;

    ItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item's external id, payload and gold answer (null unless gold), sealed as stored. */
    public record SealedItem(UUID itemId, String sealedExternalId, String sealedPayload, String sealedGoldAnswer) {
    }

    /** An item's external id, sealed as stored. */
    public record SealedExternalId(UUID itemId, String sealedExternalId) {
    }

    /** The project's items among {@code ids} with their payloads, in id order; ids of no item are left out. */
    public List<SealedItem> sealed(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        var found = new ArrayList<SealedItem>();
        for (var batch : batches(ids)) {
            found.addAll(jdbc.sql("select id, external_id, payload, gold_answer from items "
                            + "where tenant_id = :tenant and project_id = :project and id in (:ids) order by id")
                    .param("tenant", tenantId).param("project", projectId).param("ids", batch)
                    .query((rs, n) -> new SealedItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4)))
                    .list());
        }
        return found;
    }

    /** The external ids of the project's items among {@code ids}, in id order, without reading the payloads. */
    public List<SealedExternalId> externalIds(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        var found = new ArrayList<SealedExternalId>();
        for (var batch : batches(ids)) {
            found.addAll(jdbc.sql("select id, external_id from items "
                            + "where tenant_id = :tenant and project_id = :project and id in (:ids) order by id")
                    .param("tenant", tenantId).param("project", projectId).param("ids", batch)
                    .query((rs, n) -> new SealedExternalId(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list());
        }
        return found;
    }

    /** The number of gold items of the project (outside the queue). */
    public long goldCount(UUID tenantId, UUID projectId) {
        return jdbc.sql("select count(*) from items where tenant_id = ? and project_id = ? and state = 'GOLD'")
                .params(tenantId, projectId).query(Long.class).single();
    }

    /**
     * Gives a skipped lease's slot back to the queue (the item is open again); a gold item has no slots to give back:
     * it stays out of the ordinary queue.
     */
    public void giveSlotBack(UUID tenantId, UUID itemId) {
        jdbc.sql("update items set open_slots = open_slots + 1, state = 'OPEN' where tenant_id = ? and id = ? and state <> 'GOLD'")
                .params(tenantId, itemId).update();
    }

    /**
     * Sorted as the database sorts uuids (unsigned, byte by byte; {@link UUID#compareTo} is signed), so the batches
     * walk the primary key in order and their results together are in id order.
     */
    private static List<List<UUID>> batches(Collection<UUID> ids) {
        var sorted = ids.stream().distinct().sorted(DATABASE_ORDER).toList();
        var batches = new ArrayList<List<UUID>>();
        for (int from = 0; from < sorted.size(); from += BATCH) {
            batches.add(sorted.subList(from, Math.min(sorted.size(), from + BATCH)));
        }
        return batches;
    }
}
