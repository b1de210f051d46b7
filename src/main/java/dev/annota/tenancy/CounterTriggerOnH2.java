package dev.annota.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * The frame of the Java triggers that keep counter rows on H2, where PostgreSQL keeps them in PL/pgSQL: the changed
 * row's columns found by name, and "add to the counter row, creating it when missing". H2 has no
 * {@code ON CONFLICT DO UPDATE}: an update, else an insert, and on a concurrent first insert the update again (a failed
 * statement leaves an H2 transaction usable). H2 calls a trigger inside the writing transaction, on its connection.
 */
public abstract class CounterTriggerOnH2 implements Trigger {

    /** A statement on the writing connection, answering how many rows it changed. */
    @FunctionalInterface
    protected interface Write {
        int run(Connection conn) throws SQLException;
    }

    private List<String> columns = List.of();

    @Override
    public final void init(Connection conn, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)); // in ordinal order
            }
        }
        columns = List.copyOf(names);
    }

    /** The value of the named column in a row H2 hands to {@code fire}. */
    protected final Object value(Object[] row, String column) {
        return row[columns.indexOf(column)];
    }

    /** {@code update}; where it changed no row, {@code insert}; where a concurrent first insert won, the update again. */
    protected static void addOrCreate(Connection conn, Write update, Write insert) throws SQLException {
        if (update.run(conn) > 0) {
            return;
        }
        try {
            insert.run(conn);
        } catch (SQLException duplicate) {
            if (update.run(conn) == 0) {
                throw duplicate;
            }
        }
    }
}
