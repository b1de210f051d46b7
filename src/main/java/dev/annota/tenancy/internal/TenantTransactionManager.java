package dev.annota.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.annota.tenancy.TenantLookup;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sets the tenant of each PostgreSQL transaction with {@code set_config('app.tenant_id', ?, true)}: local to the
 * transaction, so a pooled connection carries nothing of it into the next one. A transaction opened without a tenant
 * sets the empty string, under which the policies show no tenant-owned row.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    private final boolean postgres;

    TenantTransactionManager(DataSource dataSource, boolean postgres) {
        super(dataSource);
        this.postgres = postgres;
    }

    boolean postgres() {
        return postgres;
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition) throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        TenantLookup lookup = CurrentTenant.pendingLookup();
        if (lookup != null) {
            CurrentTenant.found(find(con, lookup));
            return;
        }
        if (!postgres) {
            return;
        }
        UUID tenant = CurrentTenant.get();
        try (var statement = con.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant == null ? "" : tenant.toString());
            statement.execute();
        }
    }

    /**
     * Runs the lookup as the transaction's first statement. On PostgreSQL the same statement sets the tenant it found
     * (or the empty string, under which no tenant row is visible): one round trip, as for a tenant known beforehand.
     * A query along with the lookup goes in that round trip too, right after it (on H2 after it, if a tenant was found).
     */
    private UUID find(Connection con, TenantLookup lookup) throws SQLException {
        String sql = postgres
                ? "select set_config('app.tenant_id', coalesce((" + lookup.sql() + ")::text, ''), true)"
                : lookup.sql();
        TenantLookup.Along<?> along = lookup.along();
        boolean together = postgres && along != null;
        try (var statement = con.prepareStatement(together ? sql + ";\n" + along.sql() : sql)) {
            int index = bind(statement, 1, lookup.params());
            if (together) {
                bind(statement, index, along.params());
            }
            statement.execute();
            UUID found;
            try (ResultSet rs = statement.getResultSet()) {
                found = rs.next() ? tenant(rs.getString(1)) : null;
            }
            if (together && statement.getMoreResults()) {
                try (ResultSet rs = statement.getResultSet()) {
                    along.read(rs);
                }
            }
            if (!together && along != null && found != null) {
                try (var alone = con.prepareStatement(along.sql())) {
                    bind(alone, 1, along.params());
                    try (ResultSet rs = alone.executeQuery()) {
                        along.read(rs);
                    }
                }
            }
            return found;
        }
    }

    private static int bind(PreparedStatement statement, int from, List<Object> params) throws SQLException {
        int index = from;
        for (Object param : params) {
            statement.setObject(index++, param);
        }
        return index;
    }

    private static UUID tenant(String found) {
        return found == null || found.isEmpty() ? null : UUID.fromString(found);
    }
}
