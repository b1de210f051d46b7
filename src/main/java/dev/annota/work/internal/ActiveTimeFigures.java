package dev.annota.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.work.ActiveTime;
import dev.annota.work.DayRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active time stored on ended leases, summed per annotator, project and day in the database. Inside a tenant
 * transaction already in progress (the caller's {@code TenantScope}), so row-level security holds on PostgreSQL.
 */
@Component
public record ActiveTimeFigures(JdbcClient jdbc) {

    /**
     * The UTC day of the lease's end, the same text on H2 and PostgreSQL whatever the session's time zone: a
     * {@code timestamp with time zone} at time zone UTC printed, its first ten characters (casting to a date would
     * take the session's zone on H2).
     */
    private static final String DAY = "substring(cast(a.ended_at at time zone 'UTC' as varchar(40)), 1, 10)";
    private static final String SUMS = DAY + ", sum(a.active_ms), "
            + "sum(case when a.state = 'SUBMITTED' then 1 else 0 end), sum(case when a.state = 'SKIPPED' then 1 else 0 end)";

    /** One annotator's time in one tenant, per project and day. */
    public List<ActiveTime> ofAnnotator(UUID tenantId, UUID annotatorId, DayRange days) {
        return jdbc.sql("select a.project_id, a.annotator_id, " + SUMS + """
                         from assignments a
                        where a.tenant_id = ? and a.annotator_id = ? and a.state in ('SUBMITTED', 'SKIPPED')
                          and a.ended_at >= ? and a.ended_at < ?
                        group by a.project_id, a.annotator_id, """ + DAY + " order by " + DAY + ", a.project_id")
                .params(tenantId, annotatorId, Timestamp.from(days.start()), Timestamp.from(days.end()))
                .query(ActiveTimeFigures::map).list();
    }

    /** Every annotator's time on one project, per annotator and day. */
    public List<ActiveTime> ofProject(UUID tenantId, UUID projectId, DayRange days) {
        return jdbc.sql("select a.project_id, a.annotator_id, " + SUMS + """
                         from assignments a
                        where a.tenant_id = ? and a.project_id = ? and a.ended_at >= ? and a.ended_at < ?
                          and a.state in ('SUBMITTED', 'SKIPPED')
                        group by a.project_id, a.annotator_id, """ + DAY + " order by " + DAY + ", a.annotator_id")
                .params(tenantId, projectId, Timestamp.from(days.start()), Timestamp.from(days.end()))
                .query(ActiveTimeFigures::map).list();
    }

    /** The active time stored on each of these assignments (ended or not; 0 until one ends with a count). */
    public Map<UUID, Long> ofAssignments(UUID tenantId, Collection<UUID> assignmentIds) {
        var result = new HashMap<UUID, Long>();
        var ids = List.copyOf(assignmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select id, active_ms from assignments where tenant_id = :tenant and id in (:ids)")
                    .param("tenant", tenantId).param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        }
        return result;
    }

    private static ActiveTime map(ResultSet rs, int n) throws SQLException {
        return new ActiveTime(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), LocalDate.parse(rs.getString(3)),
                rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
}
