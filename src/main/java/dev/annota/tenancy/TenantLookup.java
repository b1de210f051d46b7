package dev.annota.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;

/**
 * A query that names the tenant of a request from platform tables (no row-level security on them), such as "the
 * tenant owning project P, if organization O may see it". {@link TenantScope#writeFound} runs it as the first
 * statement of the tenant's own transaction: on PostgreSQL inside the very {@code set_config} that sets the tenant, so
 * finding the tenant costs neither a round trip nor a pool checkout of its own. The query returns one uuid column, at
 * most one row. The SQL is the caller's constant; values go in as bound parameters.
 *
 * <p>An {@link Along} query may go with it: on PostgreSQL in the same round trip, right after the tenant is set, so the
 * first read of the request (the project) costs no round trip of its own either. It runs under the found tenant's
 * row-level security and must name its tenant itself (by the same directory lookup, as a subquery): it cannot bind a
 * tenant that is not found yet.
 */
public record TenantLookup(String sql, List<Object> params, Along<?> along) {

    public TenantLookup {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    public static TenantLookup of(String sql, Object... params) {
        return new TenantLookup(sql, List.of(params), null);
    }

    /** This lookup with a query that travels along with it. */
    public TenantLookup with(Along<?> query) {
        return new TenantLookup(sql, params, Objects.requireNonNull(query, "query"));
    }

    /**
     * A query sent right after the lookup, in its round trip on PostgreSQL; its rows are read when the transaction has
     * opened ({@link #rows}). One instance per transaction.
     */
    public static final class Along<R> {
        private final String sql;
        private final List<Object> params;
        private final RowMapper<R> mapper;
        private List<R> rows;

        public Along(String sql, RowMapper<R> mapper, Object... params) {
            this.sql = Objects.requireNonNull(sql, "sql");
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            this.params = List.of(params);
        }

        public String sql() {
            return sql;
        }

        public List<Object> params() {
            return params;
        }

        /** Called by the transaction manager with the query's result. */
        public void read(ResultSet rs) throws SQLException {
            var list = new ArrayList<R>();
            int n = 0;
            while (rs.next()) {
                list.add(mapper.mapRow(rs, n++));
            }
            rows = List.copyOf(list);
        }

        /** The rows, once the transaction has opened; empty when no tenant was found (the query did not run). */
        public List<R> rows() {
            return rows == null ? List.of() : rows;
        }

        public Optional<R> row() {
            return rows().stream().findFirst();
        }
    }
}
