package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

import dev.annota.tenancy.RoundTrip;

/**
 * How many leases on a project are live, for a {@link ClaimRule} that prices work in flight (a budget's hard stop).
 * Queued on the caller's round trip (the claim's first), so the count costs no round trip of its own; the SQL stays
 * in this module, which owns the assignments.
 */
public interface LiveLeases {

    /** The project's leases that are live at {@code now} (ordinary leases and rework taken up), read once sent. */
    java.util.function.Supplier<Long> count(RoundTrip trip, UUID tenantId, UUID projectId, Instant now);
}
