package dev.annota.item.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * Keeps {@code item_counts} on H2 (h2/V43_1): after an item is inserted, updated or deleted, its old state is taken
 * off its project's count and its new state added. The PostgreSQL triggers (postgresql/V43_1) do the same per
 * statement in PL/pgSQL; H2 calls this class per row, inside the writing transaction, on the writing connection. H2 has
 * no {@code ON CONFLICT DO UPDATE}: an update, else an insert, and on a concurrent first insert the update again.
 */
public class ItemCountsOnH2 implements Trigger {

    private static final List<String> STATES = List.of("OPEN", "FULL", "DONE", "GOLD");

    private int tenant;
    private int project;
    private int state;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)); // in ordinal order
            }
        }
        tenant = columns.indexOf("tenant_id");
        project = columns.indexOf("project_id");
        state = columns.indexOf("state");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[state], newRow[state])
                && Objects.equals(oldRow[project], newRow[project])) {
            return; // most updates change no state
        }
        if (oldRow != null) {
            add(conn, oldRow, -1);
        }
        if (newRow != null) {
            add(conn, newRow, 1);
        }
    }

    private void add(Connection conn, Object[] row, long by) throws SQLException {
        long[] delta = new long[STATES.size()];
        int at = STATES.indexOf(String.valueOf(row[state]));
        if (at < 0) {
            return;
        }
        delta[at] = by;
        if (update(conn, row, delta) == 0) {
            try (var insert = conn.prepareStatement("insert into item_counts (tenant_id, project_id, slot, open_items, "
                    + "full_items, done_items, gold_items) values (?, ?, 0, ?, ?, ?, ?)")) {
                insert.setObject(1, row[tenant]);
                insert.setObject(2, row[project]);
                for (int i = 0; i < delta.length; i++) {
                    insert.setLong(3 + i, delta[i]);
                }
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                if (update(conn, row, delta) == 0) {
                    throw duplicate;
                }
            }
        }
    }

    private int update(Connection conn, Object[] row, long[] delta) throws SQLException {
        try (var update = conn.prepareStatement("update item_counts set open_items = open_items + ?, full_items = full_items + ?, "
                + "done_items = done_items + ?, gold_items = gold_items + ? where tenant_id = ? and project_id = ? and slot = 0")) {
            for (int i = 0; i < delta.length; i++) {
                update.setLong(1 + i, delta[i]);
            }
            update.setObject(5, row[tenant]);
            update.setObject(6, row[project]);
            return update.executeUpdate();
        }
    }
}
