package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.annota.tenancy.RoundTrip;
import dev.annota.work.LiveLeases;
import org.springframework.stereotype.Component;

/** Counts a project's live leases on the caller's round trip (index assignments_leases). */
@Component
class LiveLeaseCount implements LiveLeases {

    @Override
    public java.util.function.Supplier<Long> count(RoundTrip trip, UUID tenantId, UUID projectId, Instant now) {
        var rows = trip.query("""
                        select count(*) from assignments
                        where tenant_id = ? and project_id = ? and state = 'LEASED' and lease_expires_at > ?""",
                (rs, n) -> rs.getLong(1), tenantId, projectId, Timestamp.from(now));
        return () -> rows.get().getFirst();
    }
}
