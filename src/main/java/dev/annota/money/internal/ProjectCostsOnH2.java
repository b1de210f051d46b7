package dev.annota.money.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * Keeps {@code project_costs} on H2 (h2/V37_1): after a ledger entry is inserted, its amount is added to the
 * project's total, unless it is a payout or names no project. The PostgreSQL trigger (postgresql/V37_1) does the same
 * in PL/pgSQL; H2 calls this class inside the inserting transaction, on the inserting connection. H2 has no
 * {@code ON CONFLICT DO UPDATE}: an update, else an insert, and on a concurrent first insert the update again (a failed
 * statement leaves an H2 transaction usable).
 */
public class ProjectCostsOnH2 implements Trigger {

    private int tenant;
    private int project;
    private int kind;
    private int amount;
    private int currency;

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
        kind = columns.indexOf("kind");
        amount = columns.indexOf("amount");
        currency = columns.indexOf("currency");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow[project] == null || "PAYOUT".equals(newRow[kind])) {
            return;
        }
        Object[] key = {newRow[tenant], newRow[project], newRow[currency]};
        BigDecimal added = (BigDecimal) newRow[amount];
        if (add(conn, key, added) == 0) {
            try (var insert = conn.prepareStatement(
                    "insert into project_costs (tenant_id, project_id, currency, slot, spent) values (?, ?, ?, 0, ?)")) {
                bind(insert, key).setBigDecimal(4, added);
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                if (add(conn, key, added) == 0) {
                    throw duplicate;
                }
            }
        }
    }

    private static int add(Connection conn, Object[] key, BigDecimal added) throws SQLException {
        try (var update = conn.prepareStatement(
                "update project_costs set spent = spent + ?4 where tenant_id = ?1 and project_id = ?2 and currency = ?3 and slot = 0")) {
            bind(update, key).setBigDecimal(4, added);
            return update.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object[] key) throws SQLException {
        for (int i = 0; i < key.length; i++) {
            statement.setObject(i + 1, key[i]);
        }
        return statement;
    }
}
