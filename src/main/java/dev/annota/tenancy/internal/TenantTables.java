package dev.annota.tenancy.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tenant-owned tables, read from the database catalog rather than listed by hand: every table whose primary key
 * starts with {@code tenant_id} (the schema's rule for tenant-owned data). A table a later migration adds is covered
 * without touching this class. Platform tables that merely mention a tenant (e.g. {@code annotator_exposures}, keyed
 * by annotator first) are their modules' business.
 */
@Component
public class TenantTables {

    private final JdbcTemplate jdbc;
    private volatile List<String> tables;

    TenantTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> all() {
        var known = tables;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection con) -> find(con.getMetaData(), con.getSchema()));
            tables = known;
        }
        return known;
    }

    private static List<String> find(DatabaseMetaData meta, String schema) throws SQLException {
        var names = new ArrayList<String>();
        try (var rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        var owned = new ArrayList<String>();
        for (String table : names) {
            try (var pk = meta.getPrimaryKeys(null, schema, table)) {
                while (pk.next()) {
                    if (pk.getInt("KEY_SEQ") == 1 && "tenant_id".equalsIgnoreCase(pk.getString("COLUMN_NAME"))) {
                        owned.add(table.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        owned.sort(null);
        return List.copyOf(owned);
    }

    /**
     * Deletes every row of the tenant from every tenant-owned table; runs inside the tenant's transaction (on
     * PostgreSQL row-level security shows the application role only that tenant's rows anyway). The access log's
     * tables are append-only for the application role on PostgreSQL: the audit module has emptied them before, through
     * its own deletion function (V15_1), so they hold none of the tenant's rows here. Twice: counts kept by triggers
     * ({@code item_counts}, {@code annotation_counts}) get a row back when the rows they count are deleted after them.
     */
    public Map<String, Integer> deleteAll(UUID tenant) {
        var deleted = new LinkedHashMap<String, Integer>();
        for (int pass = 0; pass < 2; pass++) {
            for (String table : all()) {
                deleted.merge(table, jdbc.update("delete from " + table + " where tenant_id = ?", tenant), Integer::sum);
            }
        }
        return deleted;
    }
}
