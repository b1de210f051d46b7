package dev.annota.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.identity.Users;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.internal.ActiveTimeFigures;
import org.springframework.stereotype.Service;

/**
 * Active time for other modules (money's pay for per-hour rates, the vendor comparison) and for the hours pages: what
 * the workbench counted on each lease (visible, focused, in use), bounded by the lease on the server and stored when
 * the lease ended, summed per annotator, project and day (UTC). Callers decide who may see which rows; these methods
 * read in the tenant's transaction (joining one in progress) and check no rights.
 */
@Service
public record ActiveTimes(ActiveTimeFigures figures, TenantScope tenants, Users users) {

    /** One annotator's active time in a tenant's projects, per project and day, oldest day first. */
    public List<ActiveTime> ofAnnotator(UUID tenantId, UUID annotatorId, DayRange days) {
        return tenants.read(tenantId, () -> figures.ofAnnotator(tenantId, annotatorId, days));
    }

    /** Every annotator's active time on one project, per annotator and day, oldest day first. */
    public List<ActiveTime> ofProject(UUID tenantId, UUID projectId, DayRange days) {
        return tenants.read(tenantId, () -> figures.ofProject(tenantId, projectId, days));
    }

    /**
     * The project's active time per workforce and day: each annotator's time goes to the organization they belong to
     * now (a vendor, or the lab for its own people). Once assignments record the workforce of each lease, this
     * groups by that instead (see docs/workforce.md, "Active time").
     */
    public List<WorkforceTime> ofWorkforces(UUID tenantId, UUID projectId, DayRange days) {
        var rows = ofProject(tenantId, projectId, days);
        Map<UUID, UUID> orgs = organizationsOf(rows);
        record Key(UUID org, LocalDate day) {
        }
        var sums = new LinkedHashMap<Key, long[]>();
        var people = new LinkedHashMap<Key, Set<UUID>>();
        for (ActiveTime row : rows) {
            UUID org = orgs.get(row.annotatorId());
            if (org == null) {
                continue; // a person deleted with their organization: no workforce to show them under
            }
            var key = new Key(org, row.day());
            long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
            sum[0] += row.activeMillis();
            sum[1] += row.submitted();
            sum[2] += row.skipped();
            people.computeIfAbsent(key, k -> new HashSet<>()).add(row.annotatorId());
        }
        var result = new ArrayList<WorkforceTime>();
        sums.forEach((key, sum) -> result.add(new WorkforceTime(key.org(), key.day(), sum[0], sum[1], sum[2],
                people.get(key).size())));
        return result;
    }

    /** The organization each annotator of these rows belongs to (people who no longer exist are left out). */
    public Map<UUID, UUID> organizationsOf(Collection<ActiveTime> rows) {
        return users.organizationsOf(rows.stream().map(ActiveTime::annotatorId).collect(Collectors.toSet()));
    }

    /** The active time stored on each of these assignments (0 for one not ended, or ended without a count). */
    public Map<UUID, Long> ofAssignments(UUID tenantId, Collection<UUID> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        return tenants.read(tenantId, () -> figures.ofAssignments(tenantId, assignmentIds));
    }
}
