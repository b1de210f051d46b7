package dev.annota.item.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import dev.annota.tenancy.CounterTriggerOnH2;

/**
 * Keeps {@code item_counts} on H2 (h2/V43_1): after an item is inserted, updated or deleted, its old state (and, when
 * OPEN, its open slots: V45) is taken off its project's count and its new state added. The PostgreSQL triggers
 * (postgresql/V43_1, V45_1) do the same per statement in PL/pgSQL; H2 calls this class per row
 * ({@link CounterTriggerOnH2}).
 */
public class ItemCountsOnH2 extends CounterTriggerOnH2 {

    private static final List<String> STATES = List.of("OPEN", "FULL", "DONE", "GOLD");


    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(value(oldRow, "state"), value(newRow, "state"))
                && Objects.equals(value(oldRow, "project_id"), value(newRow, "project_id")) && openSlots(oldRow) == openSlots(newRow)) {
            return; // most updates change neither a state nor an open item's slots
        }
        if (oldRow != null) {
            add(conn, oldRow, -1);
        }
        if (newRow != null) {
            add(conn, newRow, 1);
        }
    }

    private void add(Connection conn, Object[] row, long by) throws SQLException {
        long[] delta = new long[STATES.size() + 1];
        int at = STATES.indexOf(String.valueOf(value(row, "state")));
        if (at < 0) {
            return;
        }
        delta[at] = by;
        delta[STATES.size()] = by * openSlots(row);
        addOrCreate(conn, c -> update(c, row, delta), c -> {
            try (var insert = c.prepareStatement("insert into item_counts (tenant_id, project_id, slot, open_items, "
                    + "full_items, done_items, gold_items, open_slots) values (?, ?, 0, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, value(row, "tenant_id"));
                insert.setObject(2, value(row, "project_id"));
                for (int i = 0; i < delta.length; i++) {
                    insert.setLong(3 + i, delta[i]);
                }
                return insert.executeUpdate();
            }
        });
    }

    /** The slots an item holds open for the queue: those of an OPEN item (what the queue depth metric sums). */
    private long openSlots(Object[] row) {
        return "OPEN".equals(value(row, "state")) ? ((Number) value(row, "open_slots")).longValue() : 0;
    }

    private int update(Connection conn, Object[] row, long[] delta) throws SQLException {
        try (var update = conn.prepareStatement("update item_counts set open_items = open_items + ?, full_items = full_items + ?, "
                + "done_items = done_items + ?, gold_items = gold_items + ?, open_slots = open_slots + ? "
                + "where tenant_id = ? and project_id = ? and slot = 0")) {
            for (int i = 0; i < delta.length; i++) {
                update.setLong(1 + i, delta[i]);
            }
            update.setObject(delta.length + 1, value(row, "tenant_id"));
            update.setObject(delta.length + 2, value(row, "project_id"));
            return update.executeUpdate();
        }
    }
}
