package dev.annota.project;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.failure.Invalid;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A project's vendor shares (docs/workforce.md "Routing: vendor shares"): the target share of the work of each
 * workforce engaged on it and of the owner's in-house people, with optional caps. The owner's managers set and read
 * them all; a workforce's managers read their own row only, never another vendor's. The claim reads them with the
 * project ({@link Project#shares()}) and keeps each workforce near its share.
 */
@Service
public record VendorShares(JdbcClient jdbc, TenantScope tenants, Organizations organizations,
        ApplicationEventPublisher events, Clock clock) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** A share as shown: the workforce's name, whether it is the owner's own people, and when it was last set. */
    public record Share(UUID workforceOrgId, String workforceName, boolean inHouse, BigDecimal targetPercent, Integer cap,
                        Instant updatedAt) {
    }

    /**
     * The shares the caller may see: every row to the owner's admins and managers, its own row only (or none) to an
     * engaged workforce's; annotators see none (403), nor does anyone without access to the project (404 before this).
     */
    public List<Share> of(ProjectAccess access) {
        var caller = access.caller();
        if (!caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only the managers of the project's organization and of its workforces see its shares.");
        }
        Project p = access.project();
        var names = organizations.all().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        // A vendor's statement names its own organization: another vendor's row never leaves the database.
        String own = access.owner() ? "" : " and workforce_org_id = ?";
        Object[] params = access.owner() ? new Object[] {p.tenantId(), p.id()} : new Object[] {p.tenantId(), p.id(), caller.orgId()};
        return tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select workforce_org_id, target_percent, task_cap, updated_at from project_shares
                        where tenant_id = ? and project_id = ?""" + own + " order by target_percent desc, workforce_org_id")
                .params(params)
                .query((rs, n) -> {
                    UUID org = rs.getObject(1, UUID.class);
                    return new Share(org, names.getOrDefault(org, "?"), org.equals(p.tenantId()), rs.getBigDecimal(2),
                            (Integer) rs.getObject(3, Integer.class), rs.getTimestamp(4).toInstant());
                }).list());
    }

    /** One share as a manager sets it; {@code cap} null for none. */
    public record Target(UUID workforceOrgId, BigDecimal targetPercent, Integer cap) {
    }

    /**
     * Replaces the project's shares (owner's admins and managers): each workforce engaged on the project or the owner
     * itself, once; each target 0 to 100 with at most two decimals, together exactly 100; a cap of at least 0. An
     * empty list clears them (the project routes no work by share). Recorded in the owner's access log.
     */
    public List<Share> set(ProjectAccess access, List<Target> targets) {
        Projects.requireManage(access);
        Projects.requireWritable(access);
        Project p = access.project();
        checkValues(targets);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        tenants.write(p.tenantId(), () -> {
            var engaged = new HashSet<>(jdbc.sql("select workforce_org_id from engagements where tenant_id = ? and project_id = ?")
                    .params(p.tenantId(), p.id()).query(UUID.class).list());
            engaged.add(p.tenantId());
            for (int i = 0; i < targets.size(); i++) {
                if (!engaged.contains(targets.get(i).workforceOrgId())) {
                    throw invalid("shares[" + i + "].workforceOrgId",
                            "A share goes to a workforce engaged on this project or to your own organization.");
                }
            }
            jdbc.sql("delete from project_shares where tenant_id = ? and project_id = ?").params(p.tenantId(), p.id()).update();
            for (Target t : targets) {
                jdbc.sql("""
                                insert into project_shares (tenant_id, project_id, workforce_org_id, target_percent, task_cap,
                                                            updated_by, updated_at)
                                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(p.tenantId(), p.id(), t.workforceOrgId(), t.targetPercent(), t.cap(), access.caller().id(),
                                Timestamp.from(now))
                        .update();
            }
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.SHARES_CHANGED,
                    access.caller().id(), access.caller().orgId(), null, detail(p, targets), now));
        });
        return of(access);
    }

    private static void checkValues(List<Target> targets) {
        var seen = new HashSet<UUID>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t == null || t.workforceOrgId() == null) {
                throw invalid("shares[" + i + "].workforceOrgId", "Name the workforce organization of each share.");
            }
            if (!seen.add(t.workforceOrgId())) {
                throw invalid("shares[" + i + "].workforceOrgId", "Each workforce has one share.");
            }
            BigDecimal target = t.targetPercent();
            if (target == null || target.signum() < 0 || target.compareTo(HUNDRED) > 0 || target.stripTrailingZeros().scale() > 2) {
                throw invalid("shares[" + i + "].targetPercent", "A target is a percentage from 0 to 100, with at most two decimals.");
            }
            if (t.cap() != null && t.cap() < 0) {
                throw invalid("shares[" + i + "].cap", "A cap is the most tasks that workforce may take: 0 or more, or none.");
            }
            sum = sum.add(target);
        }
        if (!targets.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            throw invalid("shares", "The targets add up to " + sum.stripTrailingZeros().toPlainString() + " %; they must add up to 100 %.");
        }
    }

    /** The shares as set, for the access log: "org=percent" or "org=percent/cap", the owner as in-house. */
    private static String detail(Project p, List<Target> targets) {
        if (targets.isEmpty()) {
            return "cleared";
        }
        return targets.stream()
                .map(t -> (t.workforceOrgId().equals(p.tenantId()) ? "in-house" : t.workforceOrgId().toString()) + "="
                        + t.targetPercent().stripTrailingZeros().toPlainString() + (t.cap() == null ? "" : "/cap " + t.cap()))
                .collect(Collectors.joining(","));
    }

    private static Invalid invalid(String field, String message) {
        var invalid = new Invalid("Invalid vendor shares", message);
        invalid.with("field", field);
        return invalid;
    }
}
