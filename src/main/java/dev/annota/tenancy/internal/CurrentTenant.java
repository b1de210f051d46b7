package dev.annota.tenancy.internal;

import java.util.UUID;

import dev.annota.tenancy.TenantLookup;

/** The tenant whose transaction the current thread is opening or running; set only by TenantScope. */
public final class CurrentTenant {

    private static final ThreadLocal<UUID> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<TenantLookup> LOOKUP = new ThreadLocal<>();

    private CurrentTenant() {
    }

    public static UUID get() {
        return TENANT.get();
    }

    public static void set(UUID tenantId) {
        TENANT.set(tenantId);
    }

    public static void clear() {
        TENANT.remove();
        LOOKUP.remove();
    }

    /** A transaction about to open whose tenant the transaction manager finds with this lookup. */
    public static void lookUp(TenantLookup lookup) {
        LOOKUP.set(lookup);
    }

    static TenantLookup pendingLookup() {
        return LOOKUP.get();
    }

    /** What the lookup found: the tenant of the transaction, or null (then the transaction sees no tenant's rows). */
    static void found(UUID tenantId) {
        LOOKUP.remove();
        TENANT.set(tenantId);
    }
}
