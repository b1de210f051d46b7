package dev.annota.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

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
        if (!postgres) {
            return;
        }
        UUID tenant = CurrentTenant.get();
        try (var statement = con.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant == null ? "" : tenant.toString());
            statement.execute();
        }
    }
}
