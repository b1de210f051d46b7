package dev.annota.tenancy.internal;

import java.util.UUID;

/** The tenant whose transaction the current thread is opening or running; set only by TenantScope. */
public final class CurrentTenant {

    private static final ThreadLocal<UUID> TENANT = new ThreadLocal<>();

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
    }
}
