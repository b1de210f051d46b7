package dev.annota.tenancy;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dev.annota.tenancy.internal.CurrentTenant;
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

    TenantScope(PlatformTransactionManager transactions) {
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

    /** The tenant of the transaction in progress, if any. */
    public static java.util.Optional<UUID> current() {
        return java.util.Optional.ofNullable(CurrentTenant.get());
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
}
