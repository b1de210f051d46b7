package dev.annota.tenancy.internal;

import javax.sql.DataSource;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;

/**
 * Refuses to run on PostgreSQL as a role that row-level security would not bind: a superuser, a BYPASSRLS role or
 * the owner of the tables. Such a role would make tenant isolation depend on application code alone. The read
 * database's role ({@code ANNOTA_READ_DATABASE_USERNAME}) is checked the same way: reports read tenant rows there.
 */
@Component
record DatabaseRoleGuard(JdbcClient jdbc, JdbcTransactionManager transactions, DataSource dataSource) {

    @EventListener(ApplicationStartedEvent.class)
    void check() {
        if (!(transactions instanceof TenantTransactionManager tm) || !tm.postgres()) {
            return;
        }
        check("ANNOTA_DATABASE_USERNAME");
        if (dataSource instanceof ReadRouting) {
            ReadRouting.readDatabaseNext();
            try {
                check("ANNOTA_READ_DATABASE_USERNAME");
            } finally {
                ReadRouting.forget();
            }
        }
    }

    private void check(String setting) {
        var role = jdbc.sql("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       exists (select 1 from pg_tables t where t.tableowner = r.rolname and t.tablename = 'items') as owner
                from pg_roles r where r.rolname = current_user""")
                .query((rs, n) -> new Role(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        if (role.superuser() || role.bypassRls() || role.owner()) {
            throw new IllegalStateException("The database role '" + role.name() + "' is a superuser, has BYPASSRLS or owns "
                    + "the tables, so row-level security would not isolate tenants. Connect as the application role "
                    + "(" + setting + ") and run migrations as the owner (ANNOTA_MIGRATION_USERNAME): "
                    + "see docs/configuration.md.");
        }
    }

    private record Role(String name, boolean superuser, boolean bypassRls, boolean owner) {
    }
}
