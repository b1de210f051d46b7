package dev.annota.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.tenancy.RoundTrip;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The item rows other modules read or change, so that only this module's SQL names {@code items}. Every method runs
 * inside the tenant transaction its caller opened; values come back sealed as stored (open them with
 * {@link ItemPayloads}). The queue's claim and submit still name {@code items} in their own statements, on purpose
 * (TableOwnershipTests says why).
 */
@Component
public record ItemRows(JdbcClient jdbc) {

    /** Ids per statement: one SQL IN list each, well under any driver's parameter limit. */
    private static final int BATCH = 1000;

    private static final Comparator<UUID> DATABASE_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** An item's external id, payload and gold answer (null unless gold), sealed as stored. */
    public record SealedItem(UUID itemId, String sealedExternalId, String sealedPayload, String sealedGoldAnswer) {
    }

    /** An item's external id, sealed as stored. */
    public record SealedExternalId(UUID itemId, String sealedExternalId) {
    }

    /** The project's items among {@code ids} with their payloads, in id order; ids of no item are left out. */
    public List<SealedItem> sealed(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        return among(tenantId, projectId, ids, "id, external_id, payload, gold_answer",
                (rs, n) -> new SealedItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The external ids of the project's items among {@code ids}, in id order, without reading the payloads. */
    public List<SealedExternalId> externalIds(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        return among(tenantId, projectId, ids, "id, external_id",
                (rs, n) -> new SealedExternalId(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    /** An item with its payload and predictions, sealed as stored: what a prediction service is asked about. */
    public record SealedForPrediction(UUID itemId, String sealedPayload, String sealedPredictions) {
    }

    /**
     * Up to {@code limit} of the project's items after {@code after} (null: from the first) in id order, gold items left
     * out (they test people, not models). Ids are UUIDv7, so items imported later come after any earlier cursor.
     */
    public List<SealedForPrediction> forPredictionAfter(UUID tenantId, UUID projectId, UUID after, int limit) {
        return jdbc.sql("select id, payload, predictions from items where tenant_id = ? and project_id = ? and state <> 'GOLD' "
                        + (after == null ? "" : "and id > ? ") + "order by tenant_id, project_id, id limit ?")
                .params(after == null ? List.of(tenantId, projectId, limit) : List.of(tenantId, projectId, after, limit))
                .query((rs, n) -> new SealedForPrediction(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The project's items among {@code ids} with payloads and predictions, in id order; ids of no item are left out. */
    public List<SealedForPrediction> forPrediction(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        return among(tenantId, projectId, ids, "id, payload, predictions",
                (rs, n) -> new SealedForPrediction(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
    }

    /** The predictions of the project's items among {@code ids}, sealed as stored (items without any left out). */
    public Map<UUID, String> predictions(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> byItem = new LinkedHashMap<>();
        for (var row : forPrediction(tenantId, projectId, ids)) {
            if (row.sealedPredictions() != null) {
                byItem.put(row.itemId(), row.sealedPredictions());
            }
        }
        return byItem;
    }

    /** Replaces an item's predictions (sealed with {@link ItemPayloads#seal}); false when the item is gone. */
    public boolean replacePredictions(UUID tenantId, UUID projectId, UUID itemId, String sealedPredictions) {
        return jdbc.sql("update items set predictions = ? where tenant_id = ? and project_id = ? and id = ?")
                .params(sealedPredictions, tenantId, projectId, itemId).update() == 1;
    }

    /**
     * Active learning: the rank of an item in the claim's order (items_ranked_queue: lower first, then id). 0 is the
     * usual order; a prediction service ordering by uncertainty writes the model's confidence here.
     */
    public void rankForQueue(UUID tenantId, UUID projectId, UUID itemId, int rank) {
        jdbc.sql("update items set queue_rank = ? where tenant_id = ? and project_id = ? and id = ? and queue_rank <> ?")
                .params(rank, tenantId, projectId, itemId, rank).update();
    }

    /** Back to the usual claim order (id) for every item of the project. */
    public void resetQueueRanks(UUID tenantId, UUID projectId) {
        jdbc.sql("update items set queue_rank = 0 where tenant_id = ? and project_id = ? and queue_rank <> 0")
                .params(tenantId, projectId).update();
    }

    /** The number of the project's items outside gold (what a prediction service is asked about). */
    public long nonGoldCount(UUID tenantId, UUID projectId) {
        return jdbc.sql("select count(*) from items where tenant_id = ? and project_id = ? and state <> 'GOLD'")
                .params(tenantId, projectId).query(Long.class).single();
    }

    /** The queue states (OPEN, FULL, DONE, GOLD) of the project's items among {@code ids}. */
    public java.util.Map<UUID, String> states(UUID tenantId, UUID projectId, Collection<UUID> ids) {
        var result = new java.util.HashMap<UUID, String>();
        among(tenantId, projectId, ids, "id, state", (rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getString(2)));
        return result;
    }

    private <T> List<T> among(UUID tenantId, UUID projectId, Collection<UUID> ids, String columns, RowMapper<T> row) {
        var found = new ArrayList<T>();
        for (var batch : batches(ids)) {
            found.addAll(jdbc.sql("select " + columns + " from items "
                            + "where tenant_id = :tenant and project_id = :project and id in (:ids) order by id")
                    .param("tenant", tenantId).param("project", projectId).param("ids", batch)
                    .query(row).list());
        }
        return found;
    }

    /** One item as a manager browses it: payload and predictions still sealed. */
    public record BrowsedItem(String sealedExternalId, String sealedPayload, String state, int doneCount, int openSlots,
                              Instant createdAt, String sealedPredictions, String sealedGoldAnswer) {
    }

    /** The project's item with that id, for the manager's item view. */
    public Optional<BrowsedItem> browsed(UUID tenantId, UUID projectId, UUID itemId) {
        return jdbc.sql("select external_id, payload, state, done_count, open_slots, created_at, predictions, gold_answer "
                        + "from items where tenant_id = ? and project_id = ? and id = ?")
                .params(tenantId, projectId, itemId)
                .query((rs, n) -> new BrowsedItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)))
                .optional();
    }

    /**
     * How many of the project's items are in each state, gold ones included (states without items left out): the
     * running totals of item_counts (V43), kept by a trigger on items, never a count over the project's items.
     */
    public Map<String, Long> countsByState(UUID tenantId, UUID projectId) {
        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(sum(open_items), 0), coalesce(sum(full_items), 0), coalesce(sum(done_items), 0),
                               coalesce(sum(gold_items), 0)
                        from item_counts where tenant_id = ? and project_id = ?""")
                .params(tenantId, projectId)
                .query(rs -> {
                    String[] states = {"OPEN", "FULL", "DONE", "GOLD"};
                    for (int i = 0; i < states.length; i++) {
                        if (rs.getLong(i + 1) != 0) {
                            byState.put(states[i], rs.getLong(i + 1));
                        }
                    }
                });
        return byState;
    }

    /** The number of gold items of the project (outside the queue), from the running totals of item_counts. */
    public long goldCount(UUID tenantId, UUID projectId) {
        return countsByState(tenantId, projectId).getOrDefault("GOLD", 0L);
    }

    /**
     * Gives a skipped lease's slot back to the queue (the item is open again); a gold item has no slots to give back:
     * it stays out of the ordinary queue.
     */
    public void giveSlotBack(UUID tenantId, UUID itemId) {
        jdbc.sql("update items set open_slots = open_slots + 1, state = 'OPEN' where tenant_id = ? and id = ? and state <> 'GOLD'")
                .params(tenantId, itemId).update();
    }

    /** An item's payload and model predictions, sealed as stored. */
    public record SealedPayload(String sealedPayload, String sealedPredictions) {
    }

    /**
     * The item's payload and predictions, sent in the caller's round trip (the claim's take-over reads them with the
     * statements that move the lease); read the result once the round trip was sent.
     */
    public RoundTrip.Result<List<SealedPayload>> payload(RoundTrip trip, UUID tenantId, UUID itemId) {
        return trip.query("select payload, predictions from items where tenant_id = ? and id = ?",
                (rs, n) -> new SealedPayload(rs.getString(1), rs.getString(2)), tenantId, itemId);
    }

    /** An item's state and the slots adaptive overlap added to it so far. */
    public record Overlap(String state, int extraSlots) {
    }

    /** Adaptive overlap, at submit: the item's state and added slots (the submit's update already locked the row). */
    public Overlap overlap(UUID tenantId, UUID itemId) {
        return jdbc.sql("select state, extra_slots from items where tenant_id = ? and id = ?")
                .params(tenantId, itemId).query((rs, n) -> new Overlap(rs.getString(1), rs.getInt(2))).single();
    }

    /**
     * A rejected answer that may not be reworked any more (past the project's maxRounds) no longer counts: the item gets
     * its slot back for another annotator. Inside the caller's tenant transaction.
     */
    public void reopenSlot(UUID tenantId, UUID itemId) {
        jdbc.sql("""
                update items set done_count = done_count - 1, open_slots = open_slots + 1, state = 'OPEN'
                where tenant_id = ? and id = ? and state in ('OPEN', 'FULL', 'DONE') and done_count > 0""")
                .params(tenantId, itemId).update();
    }

    /** Adaptive overlap: a DONE item whose answers disagree gets one more slot and is open again. */
    public void addSlot(UUID tenantId, UUID itemId) {
        jdbc.sql("""
                update items set extra_slots = extra_slots + 1, open_slots = open_slots + 1, state = 'OPEN'
                where tenant_id = ? and id = ? and state = 'DONE'""")
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
