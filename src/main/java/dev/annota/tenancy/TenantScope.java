package dev.annota.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.annota.tenancy.internal.CurrentTenant;
import dev.annota.tenancy.internal.ReadRouting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction on behalf of one tenant. Every read or write of tenant-owned rows goes through here:
 * on PostgreSQL the transaction manager sets {@code app.tenant_id} for the transaction, and row-level security
 * hides every other tenant's rows even from SQL that forgets its tenant filter.
 */
@Component
public class TenantScope {

    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final JdbcClient jdbc;
    private final boolean postgres;

    TenantScope(PlatformTransactionManager transactions, JdbcClient jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect.isPostgres();
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    public <T> T write(UUID tenantId, Supplier<T> work) {
        return run(writing, tenantId, work);
    }

    public void write(UUID tenantId, Runnable work) {
        run(writing, tenantId, () -> {
            work.run();
            return null;
        });
    }

    public <T> T read(UUID tenantId, Supplier<T> work) {
        return run(reading, tenantId, work);
    }

    /**
     * A read-only transaction for the tenant on the read database when one is configured
     * ({@code ANNOTA_READ_DATABASE_URL}, e.g. a streaming replica; otherwise the primary): for exports, dashboards
     * and quality reports, which may lag the primary by the replica's delay and take their load off it. Never the work
     * queue, never a write, never a read that must see the caller's own write just made. Row-level security applies
     * as on the primary: the same role, the same {@code app.tenant_id}. Inside a transaction in progress it joins
     * that transaction (on the primary).
     */
    public <T> T readFromReplica(UUID tenantId, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read(tenantId, work);
        }
        ReadRouting.readDatabaseNext();
        try {
            return read(tenantId, work);
        } finally {
            ReadRouting.forget();
        }
    }

    /**
     * A write transaction for the tenant that {@code lookup} finds, which runs as the transaction's first statement
     * (see {@link TenantLookup}); empty, with nothing run, when it finds none. For a request path that starts from an
     * id only (claim, submit), this saves the lookup its own pool checkout and round trip.
     */
    public <T> Optional<T> writeFound(TenantLookup lookup, Function<UUID, T> work) {
        Objects.requireNonNull(lookup, "lookup");
        if (CurrentTenant.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A tenant lookup opens its own transaction; one is already in progress");
        }
        CurrentTenant.lookUp(lookup);
        try {
            return writing.execute(status -> {
                UUID found = CurrentTenant.get();
                return found == null ? Optional.<T>empty() : Optional.of(work.apply(found));
            });
        } finally {
            CurrentTenant.clear();
        }
    }

    /**
     * Runs {@code work} for another tenant inside the write transaction in progress, and returns to the outer tenant
     * afterwards (also when {@code work} throws). For a write that must commit or roll back with the outer act but
     * belongs in another tenant's rows: the pay ledger entry a submit posts in the vendor's tenant, inside the lab's
     * submit transaction, so no entry is ever lost nor posted for a submit that rolled back. On PostgreSQL it sets
     * {@code app.tenant_id} for the rest of the transaction ({@code set_config(..., true)}) and sets it back in a
     * finally; row-level security then shows {@code work} the other tenant's rows only, exactly as in a transaction of
     * its own. Nested calls return to the tenant they found. Use it for a few statements; never hand the other tenant's
     * rows to the outer tenant's caller.
     */
    public <T> T alongside(UUID otherTenantId, Supplier<T> work) {
        UUID outer = writingTenant(otherTenantId);
        if (outer.equals(otherTenantId)) {
            return work.get();
        }
        switchTo(otherTenantId);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            // A failed statement may have aborted the transaction on PostgreSQL: setting the tenant back then fails
            // too, and the transaction rolls back anyway; the first failure is the one to report.
            try {
                switchTo(outer);
            } catch (RuntimeException again) {
                CurrentTenant.set(outer);
                e.addSuppressed(again);
            }
            throw e;
        }
        switchTo(outer);
        return result;
    }

    /**
     * As {@link #alongside(UUID, Supplier)}, for statements queued on a round trip of the transaction in progress: queues
     * the switch to {@code otherTenantId}, then what {@code statements} queues, then the switch back to the
     * transaction's tenant, all on {@code trip}, so they cost no round trip of their own. The statements run for the
     * other tenant when the trip is sent; their results are read after it, as usual.
     */
    public void alongside(RoundTrip trip, UUID otherTenantId, java.util.function.Consumer<RoundTrip> statements) {
        UUID outer = writingTenant(otherTenantId);
        if (outer.equals(otherTenantId)) {
            statements.accept(trip);
            return;
        }
        if (postgres) {
            trip.query("select set_config('app.tenant_id', ?, true)", (rs, n) -> 1, otherTenantId.toString());
        }
        statements.accept(trip);
        if (postgres) {
            trip.query("select set_config('app.tenant_id', ?, true)", (rs, n) -> 1, outer.toString());
        }
    }

    private void switchTo(UUID tenantId) {
        CurrentTenant.set(tenantId);
        if (postgres) {
            jdbc.sql("select set_config('app.tenant_id', ?, true)").param(tenantId.toString()).query((rs, n) -> 1).list();
        }
    }

    /** The tenant of the transaction in progress, if any. */
    public static Optional<UUID> current() {
        return Optional.ofNullable(CurrentTenant.get());
    }

    private static <T> T run(TransactionTemplate template, UUID tenantId, Supplier<T> work) {
        Objects.requireNonNull(tenantId, "tenantId");
        UUID outer = CurrentTenant.get();
        if (outer != null) {
            // Joining the outer transaction is only safe for the same tenant: its connection carries that tenant.
            if (!outer.equals(tenantId)) {
                throw new IllegalStateException("A transaction for another tenant is already in progress");
            }
            return work.get();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A tenant transaction cannot join a transaction opened without a tenant");
        }
        CurrentTenant.set(tenantId);
        try {
            return template.execute(status -> work.get());
        } finally {
            CurrentTenant.clear();
        }
    }

    /** The tenant of the write transaction in progress, which alone may run another tenant's statements alongside. */
    private static UUID writingTenant(UUID otherTenantId) {
        Objects.requireNonNull(otherTenantId, "otherTenantId");
        UUID outer = CurrentTenant.get();
        if (outer == null || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("Another tenant's statements run inside a tenant's write transaction");
        }
        return outer;
    }
}
