package dev.annota.annotation.internal;

import dev.annota.tenancy.DatabaseDialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Hands an export's rows to it a batch at a time, inside the caller's transaction, in constant memory.
 *
 * <p>On PostgreSQL through a declared cursor ({@code DECLARE … CURSOR}, then {@code FETCH}): the planner then plans
 * for the first rows ({@code cursor_tuple_fraction}), as a streaming reader wants. A statement read through the
 * driver's fetch size is planned for all of its rows instead, and for a large project that is a hash join and a sort
 * of every row before the first comes out: on 10,000,000 items with 3,000,000 answers the export's first byte left
 * after 32 s and the whole took 42 s; through the cursor PostgreSQL merges the items' index with the sorted answers,
 * the first byte leaves at once and the export took 17 s (docs/benchmarks.md "Ten million items"). H2 reads through
 * the fetch size.
 */
@Component
class RowStream {

    /** Rows a batch: as many as a fetch reads at a time. */
    static final int BATCH = 1000;

    private static final String CURSOR = "annota_export_rows";

    private final JdbcTemplate fetching;
    private final boolean postgres;

    RowStream(JdbcTemplate jdbc, DatabaseDialect dialect) {
        this.fetching = new JdbcTemplate(jdbc.getDataSource());
        this.fetching.setFetchSize(BATCH);
        this.postgres = dialect.isPostgres();
    }

    /** Every row of {@code sql} to {@code handler}, in order; must run inside a transaction. */
    void query(String sql, RowCallbackHandler handler, Object... params) {
        if (!postgres) {
            fetching.query(sql, handler, params);
            return;
        }
        fetching.update("declare " + CURSOR + " no scroll cursor for " + sql, params);
        var read = new int[1];
        do {
            read[0] = 0;
            fetching.query("fetch forward " + BATCH + " from " + CURSOR, (RowCallbackHandler) rs -> {
                read[0]++;
                handler.processRow(rs);
            });
        } while (read[0] == BATCH);
        // Closed, so the same transaction can walk again (a two-pass export); a failure ends the transaction and it.
        fetching.execute("close " + CURSOR);
    }
}
