package dev.annota.tenancy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Statements of one transaction that do not depend on each other's results, sent to the database together. On
 * PostgreSQL they go as one multi-statement query: the driver writes every statement's messages and a single Sync, and
 * the server runs them in order and answers once, so n statements cost one network round trip instead of n. Each
 * round trip costs a write, a poll and a wake-up on both sides, which was most of the server's CPU on the claim and
 * submit path (docs/benchmarks.md). On H2 (embedded, no network) they run one after the other.
 *
 * <p>Statements run in the order added and see each other's writes, exactly as if run one by one in the same
 * transaction. A failing statement fails {@link #send} with the usual translated exception and the statements after
 * it do not run; the transaction is then rolled back as for any failed statement. Results are read after
 * {@link #send}. The SQL is the caller's constant, one statement each, without a semicolon; values are bound.
 */
public final class RoundTrip {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final boolean postgres;
    private final List<Step<?>> steps = new ArrayList<>();
    private boolean sent;

    RoundTrip(JdbcTemplate jdbc, JdbcClient client, boolean postgres) {
        this.jdbc = jdbc;
        this.client = client;
        this.postgres = postgres;
    }

    /** A query whose rows are read after {@link #send}. */
    public <T> Result<List<T>> query(String sql, RowMapper<T> rows, Object... params) {
        var step = new Step<List<T>>(sql, params, rows);
        add(step);
        return step.result;
    }

    /** A query of at most one row. */
    public <T> Result<Optional<T>> queryOptional(String sql, RowMapper<T> rows, Object... params) {
        Result<List<T>> all = query(sql, rows, params);
        return new Result<>(() -> {
            List<T> list = all.get();
            if (list.size() > 1) {
                throw new IllegalStateException("Expected at most one row, got " + list.size() + ": " + sql);
            }
            return list.stream().findFirst();
        });
    }

    /** An INSERT, UPDATE or DELETE without RETURNING; its result is the number of rows it changed. */
    public Result<Integer> update(String sql, Object... params) {
        var step = new Step<Integer>(sql, params, null);
        add(step);
        return step.result;
    }

    /** Sends every statement added, in one round trip on PostgreSQL; then their results can be read. */
    public void send() {
        if (sent) {
            throw new IllegalStateException("This round trip was sent already");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction each statement would commit on its own, and a failure halfway would leave half.
            throw new IllegalStateException("A round trip runs inside a transaction");
        }
        sent = true;
        if (steps.isEmpty()) {
            return;
        }
        if (postgres && steps.size() > 1) {
            sendTogether();
        } else {
            steps.forEach(this::runAlone);
        }
    }

    private void add(Step<?> step) {
        if (sent) {
            throw new IllegalStateException("This round trip was sent already; start a new one");
        }
        if (step.sql.indexOf(';') >= 0) {
            throw new IllegalArgumentException("One statement per step, without a semicolon: " + step.sql);
        }
        steps.add(step);
    }

    private void runAlone(Step<?> step) {
        if (step.rows != null) {
            step.resolveUnchecked(client.sql(step.sql).params(step.params).query(step.rows).list());
        } else {
            step.resolveUnchecked(client.sql(step.sql).params(step.params).update());
        }
    }

    private void sendTogether() {
        var sql = new StringBuilder();
        for (Step<?> step : steps) {
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            sql.append(step.sql);
        }
        jdbc.execute(sql.toString(), (PreparedStatement ps) -> {
            int index = 1;
            for (Step<?> step : steps) {
                for (Object param : step.params) {
                    ps.setObject(index++, typed(param));
                }
            }
            boolean isResultSet = ps.execute();
            for (Step<?> step : steps) {
                readInto(step, ps, isResultSet);
                isResultSet = ps.getMoreResults();
            }
            return null;
        });
    }

    /**
     * A {@link Timestamp} goes as a {@code timestamptz} (every timestamp column here is one). The driver binds a
     * Timestamp with no type, lets the server name it, and from then on knows the statement's result columns; one of
     * unbounded size (text: a payload) it will not pipeline, for fear of a deadlock on huge results, and it sends a
     * Sync and waits before and after that statement. The claim's live-lease query (a time, the item's payload) split
     * its round trip into three that way. With every parameter typed, the driver never asks, and sends the whole
     * round trip at once; its few small statements cannot fill a socket buffer. (A null goes untyped too: a round trip
     * that returns text should not bind one.)
     */
    private static Object typed(Object param) {
        return param instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC) : param;
    }

    private static void readInto(Step<?> step, PreparedStatement ps, boolean isResultSet) throws SQLException {
        if (step.rows != null) {
            if (!isResultSet) {
                throw new IllegalStateException("Expected rows from: " + step.sql);
            }
            var list = new ArrayList<Object>();
            try (ResultSet rs = ps.getResultSet()) {
                int n = 0;
                while (rs.next()) {
                    list.add(step.rows.mapRow(rs, n++));
                }
            }
            step.resolveUnchecked(list);
        } else {
            if (isResultSet) {
                throw new IllegalStateException("Expected an update count from: " + step.sql);
            }
            step.resolveUnchecked(ps.getUpdateCount());
        }
    }

    private static final class Step<T> {
        final String sql;
        final Object[] params;
        final RowMapper<?> rows;
        final Result<T> result;
        private T value;
        private boolean resolved;

        Step(String sql, Object[] params, RowMapper<?> rows) {
            this.sql = Objects.requireNonNull(sql, "sql");
            this.params = params.clone();
            this.rows = rows;
            this.result = new Result<>(() -> {
                if (!resolved) {
                    throw new IllegalStateException("Read a result only after the round trip was sent");
                }
                return value;
            });
        }

        void resolve(T v) {
            value = v;
            resolved = true;
        }

        @SuppressWarnings("unchecked")
        void resolveUnchecked(Object v) {
            resolve((T) v);
        }
    }

    /** The result of one statement, readable once the round trip was sent. */
    public static final class Result<T> {
        private final Supplier<T> value;

        Result(Supplier<T> value) {
            this.value = value;
        }

        public T get() {
            return value.get();
        }
    }
}
