package dev.annota.tenancy;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.annota.tenancy.internal.WritesWithCommit;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts {@link RoundTrip}s on the application's database. */
@Component
public class RoundTrips {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final boolean postgres;

    public RoundTrips(DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.client = JdbcClient.create(jdbc);
        this.postgres = "PostgreSQL".equalsIgnoreCase(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** An empty round trip; add statements, then send it inside the transaction they belong to. */
    public RoundTrip start() {
        return new RoundTrip(jdbc, client, postgres);
    }

    /**
     * A write that commits with the current transaction but whose result the work does not wait for (a timestamp
     * moved, an access event stored): sent just before the commit, together with the transaction's other such writes,
     * in one round trip on PostgreSQL, which also carries the COMMIT when the application's transaction manager runs
     * the transaction ({@link WritesWithCommit}). It must change {@code expectedRows} rows, or the commit fails and
     * the whole transaction rolls back; -1 accepts any number. On PostgreSQL the count is checked in the statement
     * itself (V12_5), so that a mismatch stops the round trip before its COMMIT: such a write is an INSERT, UPDATE or
     * DELETE without RETURNING. A write added once that round trip is gone (by a later before-commit step) runs at
     * once; one added after the COMMIT went is refused.
     *
     * <p>A before-commit step of its own that writes here must call {@link #reserve} while the transaction runs:
     * Spring runs the before-commit steps registered when the commit starts, so a round trip first opened by one of
     * them would never be sent.
     */
    public void atCommit(int expectedRows, String sql, Object... params) {
        reserveAtCommit().add(expectedRows, sql, params);
    }

    /** Opens the current transaction's round trip at commit now, empty (see {@link #atCommit}). */
    public void reserve() {
        reserveAtCommit();
    }

    private CommitTail reserveAtCommit() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A write at commit needs a transaction in progress");
        }
        var tail = (CommitTail) TransactionSynchronizationManager.getResource(this);
        if (tail == null) {
            tail = new CommitTail();
            TransactionSynchronizationManager.bindResource(this, tail);
            TransactionSynchronizationManager.registerSynchronization(tail);
        }
        return tail;
    }

    /** The writes of one transaction waiting for its commit; after every other before-commit step by its order. */
    private final class CommitTail implements TransactionSynchronization, WritesWithCommit {
        private final RoundTrip trip = start();
        private final List<Runnable> checks = new ArrayList<>();
        private boolean withCommit;
        private boolean sent;
        private boolean committed;

        void add(int expectedRows, String sql, Object[] params) {
            if (committed) {
                throw new IllegalStateException("The transaction has committed; this write would run outside it: " + sql);
            }
            if (sent) {
                RoundTrip now = start();
                var rows = now.update(sql, params);
                now.send();
                check(expectedRows, rows.get(), sql);
                return;
            }
            if (postgres && expectedRows >= 0) {
                // Checked where it runs: with the COMMIT in the same round trip, a check afterwards would come too late.
                Object[] checked = java.util.Arrays.copyOf(params, params.length + 2);
                checked[params.length] = expectedRows;
                checked[params.length + 1] = sql;
                var rows = trip.query("with changed as (" + sql + " returning 1) "
                        + "select annota_expect_changed(count(*), ?, ?) from changed", (rs, n) -> rs.getLong(1), checked);
                checks.add(() -> check(expectedRows, Math.toIntExact(rows.get().getFirst()), sql));
                return;
            }
            var rows = trip.update(sql, params);
            checks.add(() -> check(expectedRows, rows.get(), sql));
        }

        private static void check(int expected, int changed, String sql) {
            if (expected >= 0 && changed != expected) {
                throw new IllegalStateException("A write at commit changed " + changed + " rows, not " + expected + ": " + sql);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void travelWithCommit() {
            withCommit = postgres;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!withCommit) {
                send();
            }
        }

        @Override
        public boolean sendWithCommit() {
            if (sent || !withCommit) {
                return false;
            }
            if (checks.isEmpty()) {
                sent = true;
                return false;
            }
            trip.update("commit");
            committed = true;
            send();
            return true;
        }

        private void send() {
            sent = true;
            try {
                trip.send();
            } catch (DataAccessException e) {
                throw expectedRowsMissed(e);
            }
            checks.forEach(Runnable::run);
        }

        /** annota_expect_changed's refusal (SQLSTATE P0001) as the same exception as the check made here on H2. */
        private static RuntimeException expectedRowsMissed(DataAccessException e) {
            if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && "P0001".equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains("A write at commit changed")) {
                String message = sql.getMessage().substring(sql.getMessage().indexOf("A write at commit changed"));
                return new IllegalStateException(message.lines().findFirst().orElse(message), e);
            }
            return e;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(RoundTrips.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RoundTrips.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RoundTrips.this);
        }
    }

    /** Whether statements travel together here (PostgreSQL), or run one by one (H2). */
    public boolean together() {
        return postgres;
    }
}
