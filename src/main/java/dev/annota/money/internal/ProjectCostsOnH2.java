package dev.annota.money.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import dev.annota.tenancy.CounterTriggerOnH2;

/**
 * Keeps {@code project_costs} on H2 (h2/V37_1): after a ledger entry is inserted, its amount is added to the
 * project's total, unless it is a payout or names no project. The PostgreSQL trigger (postgresql/V37_1) does the same
 * in PL/pgSQL; H2 calls this class per row ({@link CounterTriggerOnH2}).
 */
public class ProjectCostsOnH2 extends CounterTriggerOnH2 {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (value(newRow, "project_id") == null || "PAYOUT".equals(value(newRow, "kind"))) {
            return;
        }
        Object[] key = {value(newRow, "tenant_id"), value(newRow, "project_id"), value(newRow, "currency")};
        BigDecimal added = (BigDecimal) value(newRow, "amount");
        addOrCreate(conn, c -> add(c, key, added), c -> {
            try (var insert = c.prepareStatement(
                    "insert into project_costs (tenant_id, project_id, currency, slot, spent) values (?, ?, ?, 0, ?)")) {
                bind(insert, key).setBigDecimal(4, added);
                return insert.executeUpdate();
            }
        });
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
