package dev.annota.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts {@link RoundTrip}s on the application's database. */
@Component
public class RoundTrips {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final boolean postgres;

    RoundTrips(DataSource dataSource, DatabaseDialect dialect) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.client = JdbcClient.create(jdbc);
        this.postgres = dialect.isPostgres();
    }

    /** An empty round trip; add statements, then send it inside the transaction they belong to. */
    public RoundTrip start() {
        return new RoundTrip(jdbc, client, postgres);
    }

    /**
     * A write that commits with the current transaction but whose result the work does not wait for (a timestamp
     * moved, an access event stored): sent just before the commit, together with the transaction's other such writes,
     * in one round trip on PostgreSQL. It must change {@code expectedRows} rows, or the commit fails and the whole
     * transaction rolls back; -1 accepts any number. A write added once that round trip is gone (by a later
     * before-commit step) runs at once.
     *
     * <p>A before-commit step of its own that writes here must call {@link #reserve} while the transaction runs:
     * Spring runs the before-commit steps registered when the commit starts, so a round trip first opened by one of
     * them would never be sent.
     */
    public void atCommit(int expectedRows, String sql, Object... params) {
        reserveAtCommit().add(expectedRows, sql, params);
    }

    /**
     * As {@link #atCommit}, for a write in another tenant's rows that must commit with this tenant's transaction (the
     * pay ledger entry a submit posts in the vendor's tenant): on PostgreSQL the write travels at commit between a
     * {@code set local app.tenant_id} to {@code tenantId} and one back to the transaction's tenant, so row-level
     * security checks it against {@code tenantId}, and it costs no round trip of its own. (SET takes no bind
     * parameters; the value is a UUID's canonical text, hex digits and dashes only.) See also
     * {@link TenantScope#alongside}.
     */
    public void atCommitFor(UUID tenantId, int expectedRows, String sql, Object... params) {
        UUID outer = dev.annota.tenancy.internal.CurrentTenant.get();
        if (outer == null) {
            throw new IllegalStateException("A write for another tenant runs inside a tenant's transaction");
        }
        if (!postgres || outer.equals(tenantId)) {
            atCommit(expectedRows, sql, params);
            return;
        }
        atCommit(-1, "set local app.tenant_id = '" + UUID.fromString(tenantId.toString()) + "'");
        atCommit(expectedRows, sql, params);
        atCommit(-1, "set local app.tenant_id = '" + outer + "'");
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
    private final class CommitTail implements TransactionSynchronization {
        private final RoundTrip trip = start();
        private final List<Runnable> checks = new ArrayList<>();
        private boolean sent;

        void add(int expectedRows, String sql, Object[] params) {
            if (sent) {
                RoundTrip now = start();
                var rows = now.update(sql, params);
                now.send();
                check(expectedRows, rows.get(), sql);
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
        public void beforeCommit(boolean readOnly) {
            sent = true;
            trip.send();
            checks.forEach(Runnable::run);
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
