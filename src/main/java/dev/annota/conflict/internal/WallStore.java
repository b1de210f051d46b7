package dev.annota.conflict.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.conflict.internal.WallRules.Affiliation;
import dev.annota.conflict.internal.WallRules.Conflict;
import dev.annota.conflict.internal.WallRules.Exclusion;
import dev.annota.conflict.internal.WallRules.Exposure;
import dev.annota.conflict.internal.WallRules.Rule;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.RoundTrips;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The wall's reads and writes. Platform tables are read in whatever transaction is open; tenant tables need the tenant's. */
@Component
public record WallStore(JdbcClient jdbc, RoundTrips roundTrips) {

    /** Whether the annotator was shown another customer's items or declared an affiliation: one round trip. */
    public boolean mayConflict(UUID annotator, UUID tenant) {
        return jdbc.sql(MAY_CONFLICT).params(annotator, tenant, annotator).query(Integer.class).single() == 1;
    }

    /**
     * The same probe, sent with the caller's other statements, and whether the annotator was shown this tenant's items
     * before (then a claim's exposure is only a moved timestamp, written at commit).
     */
    public RoundTrip.Result<Optional<Probe>> probe(RoundTrip trip, UUID annotator, UUID tenant) {
        return trip.queryOptional(MAY_CONFLICT + """
                        ,
                               case when exists (select 1 from annotator_exposures where annotator_id = ? and tenant_id = ?)
                                    then 1 else 0 end""",
                (rs, n) -> new Probe(rs.getInt(1) == 1, rs.getInt(2) == 1), annotator, tenant, annotator, annotator, tenant);
    }

    /** {@code mayConflict}: as {@link #mayConflict(UUID, UUID)}; {@code exposedHere}: an exposure to the tenant exists. */
    public record Probe(boolean mayConflict, boolean exposedHere) {
    }

    /**
     * Moves the time of an exposure that exists, with the transaction's other writes at commit; the commit fails if
     * the exposure is gone by then (its organization was deleted meanwhile), so no item is shown unrecorded.
     */
    public void touchExposureAtCommit(UUID annotator, UUID tenant, Instant at) {
        roundTrips.atCommit(1, TOUCH, Timestamp.from(at), annotator, tenant);
    }

    private static final String TOUCH = "update annotator_exposures set last_seen = greatest(last_seen, ?) where annotator_id = ? and tenant_id = ?";

    private static final String MAY_CONFLICT = """
            select case when exists (select 1 from annotator_exposures where annotator_id = ? and tenant_id <> ?)
                          or exists (select 1 from affiliations where user_id = ?) then 1 else 0 end""";

    public List<Exposure> exposuresOutside(UUID annotator, UUID tenant) {
        return jdbc.sql("select tenant_id, first_seen, last_seen from annotator_exposures where annotator_id = ? and tenant_id <> ?")
                .params(annotator, tenant)
                .query((rs, n) -> new Exposure(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * Every customer that conflicts with {@code tenant}: class co-members, then the competitors the tenant declared,
     * then the customers that declared the tenant theirs (which the tenant may not be told).
     */
    public Map<UUID, Conflict> conflictsOf(UUID tenant) {
        var map = new HashMap<UUID, Conflict>();
        jdbc.sql("""
                        select m2.org_id, c.name from conflict_class_members m1
                        join conflict_class_members m2 on m2.class_id = m1.class_id and m2.org_id <> m1.org_id
                        join conflict_classes c on c.id = m1.class_id
                        where m1.org_id = ? order by c.name""")
                .param(tenant)
                .query((rs, n) -> map.putIfAbsent(rs.getObject(1, UUID.class), new Conflict(Rule.CONFLICT_CLASS, rs.getString(2))))
                .list();
        // The tenant's own declarations first: a pair both declared is the tenant's to explain.
        jdbc.sql("""
                        select competitor_org_id, 1 from declared_conflicts where org_id = ?
                        union all select org_id, 2 from declared_conflicts where competitor_org_id = ? order by 2""")
                .params(tenant, tenant)
                .query((rs, n) -> map.putIfAbsent(rs.getObject(1, UUID.class),
                        new Conflict(rs.getInt(2) == 1 ? Rule.DECLARED_COMPETITOR : Rule.ANOTHER_CUSTOMERS_WALL, null)))
                .list();
        return map;
    }

    /** A customer's cooling-off period; empty = forever. */
    public Optional<Duration> coolingOff(UUID org) {
        return jdbc.sql("select cooling_off_days from wall_policies where org_id = ?").param(org)
                .query((rs, n) -> {
                    int days = rs.getInt(1);
                    return rs.wasNull() ? Optional.<Duration>empty() : Optional.of(Duration.ofDays(days));
                })
                .optional().flatMap(o -> o);
    }

    public Optional<Integer> coolingOffDays(UUID org) {
        return coolingOff(org).map(d -> (int) d.toDays());
    }

    public void setCoolingOff(UUID org, Integer days, UUID by, Instant at) {
        int n = jdbc.sql("update wall_policies set cooling_off_days = ?, updated_by = ?, updated_at = ? where org_id = ?")
                .params(days, by, Timestamp.from(at), org).update();
        if (n == 0) {
            jdbc.sql("insert into wall_policies (org_id, cooling_off_days, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(org, days, by, Timestamp.from(at)).update();
        }
    }

    public List<Affiliation> affiliations(UUID user) {
        return jdbc.sql("select employer_key, employer, started_on, ended_on from affiliations where user_id = ? order by declared_at")
                .param(user)
                .query((rs, n) -> new Affiliation(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
    }

    /** Needs the tenant's transaction (row-level security). */
    public List<Exclusion> exclusions(UUID tenant) {
        return jdbc.sql("select employer_key, employer from excluded_affiliations where tenant_id = ? order by employer_key")
                .param(tenant).query((rs, n) -> new Exclusion(rs.getString(1), rs.getString(2))).list();
    }

    /** Moves an existing exposure's last_seen to now; false when the annotator was never exposed to the tenant. */
    public boolean touchExposure(UUID annotator, UUID tenant, Instant at) {
        return jdbc.sql(TOUCH).params(Timestamp.from(at), annotator, tenant).update() > 0;
    }

    /**
     * Marks the annotator as shown items of the tenant now. Inside the claim's transaction: the exposure commits
     * exactly when the assignment does. A first exposure racing another of the same pair fails on the primary key and
     * the claim is retried, which then updates.
     */
    public void recordExposure(UUID annotator, UUID tenant, Instant at) {
        Timestamp ts = Timestamp.from(at);
        int n = jdbc.sql(TOUCH).params(ts, annotator, tenant).update();
        if (n == 0) {
            jdbc.sql("insert into annotator_exposures (annotator_id, tenant_id, first_seen, last_seen) values (?, ?, ?, ?)")
                    .params(annotator, tenant, ts, ts).update();
        }
    }

    public void recordRefusal(UUID tenant, UUID id, UUID project, UUID annotator, UUID annotatorOrg, WallRules.Decision d, Instant at) {
        jdbc.sql("""
                        insert into wall_refusals (tenant_id, id, project_id, annotator_id, annotator_org_id, rule, explanation,
                                                   exposure_first_seen, exposure_last_seen, wall_until, refused_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, project, annotator, annotatorOrg, d.rule().name(), d.explanation(), ts(d.firstSeen()),
                        ts(d.lastSeen()), ts(d.wallUntil()), Timestamp.from(at))
                .update();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
