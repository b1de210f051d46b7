package dev.annota.tenancy;

import java.util.List;
import java.util.Objects;

/**
 * A query that names the tenant of a request from platform tables (no row-level security on them), such as "the
 * tenant owning project P, if organization O may see it". {@link TenantScope#writeFound} runs it as the first
 * statement of the tenant's own transaction: on PostgreSQL inside the very {@code set_config} that sets the tenant, so
 * finding the tenant costs neither a round trip nor a pool checkout of its own. The query returns one uuid column, at
 * most one row. The SQL is the caller's constant; values go in as bound parameters.
 */
public record TenantLookup(String sql, List<Object> params) {

    public TenantLookup {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    public static TenantLookup of(String sql, Object... params) {
        return new TenantLookup(sql, List.of(params));
    }
}
