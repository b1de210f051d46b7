package dev.annota.money.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work done on a lab's projects, one row per submitted answer, in the lab's tenant: what a review later prices. */
@Component
record PaidWork(JdbcClient jdbc) {

    record Done(UUID tenantId, UUID annotationId, UUID projectId, UUID personId, UUID vendorOrgId, String taskType,
                long activeMillis, boolean reviewed) {
    }

    /** Written at the transaction's commit, with its other writes there (no round trip of its own). */
    void record(dev.annota.tenancy.RoundTrips trips, Done done, UUID assignmentId, Instant at) {
        trips.atCommit(-1, """
                        insert into paid_work (tenant_id, annotation_id, project_id, assignment_id, person_id, vendor_org_id, task_type,
                                               active_millis, reviewed, submitted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                done.tenantId(), done.annotationId(), done.projectId(), assignmentId, done.personId(), done.vendorOrgId(),
                done.taskType(), done.activeMillis(), done.reviewed(), Timestamp.from(at));
    }

    Optional<Done> of(UUID tenantId, UUID annotationId) {
        return jdbc.sql("""
                        select project_id, person_id, vendor_org_id, task_type, active_millis, reviewed
                        from paid_work where tenant_id = ? and annotation_id = ?""")
                .params(tenantId, annotationId)
                .query((rs, n) -> new Done(tenantId, annotationId, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getLong(5), rs.getBoolean(6)))
                .optional();
    }
}
