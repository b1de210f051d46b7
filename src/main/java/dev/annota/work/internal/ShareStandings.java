package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.project.Project;
import dev.annota.project.ProjectShare;
import dev.annota.tenancy.RoundTrip;

/**
 * The figures {@link ShareKeeper} judges a claim by, read as one statement of the claim's first round trip on a
 * project with shares (none on a project without). For each workforce with a share, and the claimer's: its part of
 * the project's last {@link ShareKeeper#WINDOW} non-gold claims, whether it made a claim lately (people working), and
 * its non-gold claims counted up to its cap. The window is one backward range of the index assignments_recent
 * (tenant_id, project_id, gold, claimed_at, workforce_org_id); the other two are ranges of assignments_workforce
 * (tenant_id, project_id, workforce_org_id, gold, claimed_at) that stop at their first entries (or at the cap). The
 * cost is the window plus a probe per workforce, never the project's size.
 */
final class ShareStandings {

    /** People working: a claim within the lease time, and within 5 minutes at least (a live lease is such a claim). */
    static final long WORKING_SECONDS = 300;

    private ShareStandings() {
    }

    /** Queues the statement on {@code trip}; the standings by workforce once it was sent. */
    static RoundTrip.Result<List<Map.Entry<UUID, ShareKeeper.Standing>>> queue(RoundTrip trip, Project p, UUID claimerOrg,
                                                                               Instant now) {
        var statement = statement(p, claimerOrg, now);
        return trip.query(statement.sql(), (rs, n) -> Map.entry(rs.getObject(1, UUID.class),
                new ShareKeeper.Standing(rs.getInt(2), rs.getInt(3) == 1, rs.getLong(4))), statement.params().toArray());
    }

    /** The statement's text (one per number of workforces and caps) and its values. */
    record Statement(String sql, List<Object> params) {
    }

    static Statement statement(Project p, UUID claimerOrg, Instant now) {
        var orgs = new LinkedHashSet<UUID>();
        p.shares().forEach(s -> orgs.add(s.workforceOrgId()));
        orgs.add(claimerOrg);
        Map<UUID, Integer> caps = p.shares().stream().filter(s -> s.cap() != null)
                .collect(Collectors.toMap(ProjectShare::workforceOrgId, ProjectShare::cap));
        Timestamp since = Timestamp.from(now.minusSeconds(Math.max(p.leaseSeconds(), WORKING_SECONDS)));
        var params = new ArrayList<Object>();
        // The window: the project's last claims, one backward range of assignments_recent whatever the number of
        // workforces (merging each workforce's last claims read the window once per workforce).
        var sql = new StringBuilder("""
                with win as (select workforce_org_id from assignments
                             where tenant_id = ? and project_id = ? and gold = false
                             order by claimed_at desc limit ?) """);
        params.addAll(List.of(p.tenantId(), p.id(), ShareKeeper.WINDOW));
        boolean first = true;
        for (UUID org : orgs) {
            sql.append(first ? "" : " union all ").append("""
                    select cast(? as uuid),
                           (select count(*) from win where win.workforce_org_id = ?),
                           case when exists (select 1 from assignments a where a.tenant_id = ? and a.project_id = ?
                                             and a.workforce_org_id = ? and a.gold = false and a.claimed_at > ?) then 1 else 0 end,
                           """);
            params.addAll(List.of(org, org, p.tenantId(), p.id(), org, since));
            Integer cap = caps.get(org);
            if (cap == null) {
                sql.append("0");
            } else {
                // Counted no further than the cap: the cost stays bounded however much the workforce did.
                sql.append("""
                        (select count(*) from (select 1 as one from assignments c where c.tenant_id = ? and c.project_id = ?
                                               and c.workforce_org_id = ? and c.gold = false limit ?) k)""");
                params.addAll(List.of(p.tenantId(), p.id(), org, cap));
            }
            first = false;
        }
        return new Statement(sql.toString(), params);
    }
}
