package dev.annota.work.internal;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.conflict.ConflictWall;
import dev.annota.conflict.WallRefusal;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.PayloadViews;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives an annotator the next item of a project. In order: the live lease they already hold (a reload shows the same
 * task), an expired lease of someone else's (the slot returns to the queue), an open slot. Rows are taken with
 * FOR UPDATE SKIP LOCKED so concurrent claimers never wait on each other, and the unique index on
 * (item, annotator) makes "never the same item twice" a database fact.
 */
@Component
public class Claiming {

    private static final String LIVE_LEASE = """
            select a.id, a.item_id, a.lease_expires_at, i.payload, i.predictions from assignments a
            join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
            where a.tenant_id = ? and a.annotator_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at > ?""";

    private static final String EXPIRED_LEASE = """
            select a.id, a.item_id from assignments a %s
            where a.tenant_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at <= ? and a.gold = false
              and not exists (select 1 from assignments b
                              where b.tenant_id = a.tenant_id and b.item_id = a.item_id and b.annotator_id = ?)
            %s
            limit 1
            for update skip locked""";

    private static final String OPEN_ITEM = """
            select i.id, i.payload, i.predictions from items i %s
            where i.tenant_id = ? and i.project_id = ? and %s
              and not exists (select 1 from assignments b
                              where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
            %s
            limit 1
            for update skip locked""";

    /** Claims tried before answering "no task" while an eligible slot is held by another transaction (~100 ms in all). */
    private static final int CLAIM_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final Projects projects;
    private final PayloadViews views;
    private final GoldQueue gold;
    private final JsonMapper json;
    private final Clock clock;
    private final ConflictWall wall;
    private final ClaimRateLimit rateLimit;
    private final NoArgGenerator ids = Generators.timeBasedEpochGenerator();
    private final String expiredLease;
    private final String openItem;

    Claiming(JdbcClient jdbc, TenantScope tenants, Projects projects, PayloadViews views, GoldQueue gold, JsonMapper json,
             Clock clock, DataSource dataSource, ConflictWall wall, ClaimRateLimit rateLimit) throws MetaDataAccessException {
        this.gold = gold;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.projects = projects;
        this.views = views;
        this.json = json;
        this.clock = clock;
        this.wall = wall;
        this.rateLimit = rateLimit;
        // H2 (2.4) locks every row matching a FOR UPDATE query that has an ORDER BY before it applies the LIMIT: one
        // claim would lock all open items of the project, so concurrent claimers got "no task" while items were left
        // and submits timed out waiting for the lock. Without ORDER BY it locks only the row it returns; the index hint
        // makes it walk the queue's own index (items_queue, assignments_leases), which is the same order — left to
        // itself H2 may pick another index leading with (tenant_id, project_id), such as the external_id one, and hand
        // items out in external_id order. PostgreSQL locks only the returned row either way and keeps the explicit order.
        boolean h2 = "H2".equalsIgnoreCase(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        this.expiredLease = h2 ? EXPIRED_LEASE.formatted("use index (assignments_leases)", "")
                : EXPIRED_LEASE.formatted("", "order by a.lease_expires_at");
        this.openItem = openItemSql(h2);
    }

    /** The open-item query as each database runs it (see above). */
    static String openItemSql(boolean h2) {
        // PostgreSQL: "state between 'OPEN' and 'OPEN'" with "order by state, id" rather than "state = 'OPEN'" with
        // "order by id". Every index that leads with the tenant and has the id next (the primary key, items_browse)
        // gives id order too, and the planner, which assumes open items are spread evenly, often walked one from the
        // project's first item filtering on state; but claims take items in id order, so all the answered items sit
        // in front of the first open one (172 ms and 16,773 buffers per claim on a 100,000-item project 15% done).
        // An equality on state makes state redundant in the ORDER BY; a range does not, and only items_queue
        // (tenant_id, project_id, state, id) gives (state, id) order without sorting every open item.
        return h2 ? OPEN_ITEM.formatted("use index (items_queue)", "i.state = 'OPEN'", "")
                : OPEN_ITEM.formatted("", "i.state between 'OPEN' and 'OPEN'", "order by i.state, i.id");
    }

    public Optional<Task> next(ProjectAccess access) {
        UUID tenant = access.tenantId();
        Claim first = refusedOrNot(() -> claimOnce(tenant, () -> {
            admit(access);
            return claim(access);
        }));
        return retried(tenant, first, () -> access);
    }

    /**
     * The request path: one transaction finds the project's tenant (the directory lookup is its first statement),
     * reads the project, counts the claim against the rate limit, asks the conflict wall and claims.
     */
    public Optional<Task> next(CurrentUser caller, UUID projectId) {
        Claim first = refusedOrNot(() -> onceMoreIfRaced(() -> projects.writeIn(caller, projectId, this::firstClaim)));
        UUID tenant = first.access().tenantId();
        return retried(tenant, first, () -> projects.accessIn(tenant, caller, projectId));
    }

    private Claim firstClaim(ProjectAccess access) {
        rateLimit.count(access.caller().id());
        admit(access);
        return claim(access);
    }

    /**
     * The conflict wall, asked once per claim before any item is looked at (an annotator refused here sees nothing of
     * the project's items). Only people who would receive items are asked: a manager's claim fails as before.
     */
    private void admit(ProjectAccess access) {
        if (access.caller().has(Role.ANNOTATOR)) {
            wall.admit(access.caller(), access.tenantId(), access.project().id());
        }
    }

    /** A refusal rolled the claim back; it is recorded for the managers once the claim's connection is free. */
    private Claim refusedOrNot(Supplier<Claim> claim) {
        try {
            return claim.get();
        } catch (WallRefusal refusal) {
            throw wall.refuse(refusal);
        }
    }

    private Optional<Task> retried(UUID tenant, Claim first, Supplier<ProjectAccess> access) {
        // SKIP LOCKED passes over a slot whose row another transaction holds for a moment (a submit counting its
        // answer, a claim, a lease changing hands). When that slot was the last one for this annotator, "no task"
        // would be wrong: under load whole groups of annotators were told the project was done while items still had
        // slots. So "no task" is only answered when no eligible slot is visible at all; otherwise ask again shortly,
        // outside the transaction. Costs nothing while the queue is busy: the check runs only on an empty claim.
        // The retries were admitted by the first attempt (same request) and count no second claim.
        Claim outcome = first;
        for (int attempt = 1; ; attempt++) {
            if (outcome.task().isPresent() || attempt == CLAIM_ATTEMPTS || !slotHeldByAnother(outcome.access())) {
                return outcome.task();
            }
            try {
                Thread.sleep(Duration.ofMillis(10L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome.task();
            }
            outcome = claimOnce(tenant, () -> claim(access.get()));
        }
    }

    private Claim claimOnce(UUID tenant, Supplier<Claim> claim) {
        return onceMoreIfRaced(() -> tenants.write(tenant, claim));
    }

    /** Two claims by the same annotator at once both picked the same item; the loser asks again. */
    private static Claim onceMoreIfRaced(Supplier<Claim> transaction) {
        try {
            return transaction.get();
        } catch (DuplicateKeyException raced) {
            return transaction.get();
        }
    }

    private record Claim(ProjectAccess access, Optional<Task> task) {
    }

    /** Whether a slot this annotator may take is visible without locking: one the claim skipped because it was held. */
    private boolean slotHeldByAnother(ProjectAccess access) {
        Project p = access.project();
        UUID annotator = access.caller().id();
        // The same question the gold step asks: is an ordinary slot visible to this annotator, without locking?
        return tenants.read(p.tenantId(), () -> gold.ordinaryLeft(p, annotator));
    }

    private Claim claim(ProjectAccess access) {
        if (!access.work()) {
            throw new ProjectForbidden("Only annotators receive tasks.");
        }
        Project p = access.project();
        UUID annotator = access.caller().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Timestamp nowTs = Timestamp.from(now);

        var live = jdbc.sql(LIVE_LEASE).params(p.tenantId(), annotator, p.id(), nowTs)
                .query((rs, n) -> new Leased(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
                .optional();
        if (live.isPresent()) {
            return new Claim(access, Optional.of(show(access, live.get())));
        }

        UUID item;
        String payload;
        String predictions;
        // The gold step (qualification, pausing, gold mixing): may answer 403, or serve a gold item, which uses no slot.
        var goldPick = gold.pick(p, annotator);
        if (goldPick.isPresent()) {
            var g = goldPick.get();
            return new Claim(access, Optional.of(lease(access, now, g.item(), g.payload(), g.predictions(), true)));
        }
        var expired = jdbc.sql(expiredLease).params(p.tenantId(), p.id(), nowTs, annotator)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
        if (expired.isPresent()) {
            // The expired holder's assignment ends here; its slot passes to this annotator.
            jdbc.sql("update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?")
                    .params(nowTs, p.tenantId(), expired.get()[0]).update();
            item = expired.get()[1];
            var row = jdbc.sql("select payload, predictions from items where tenant_id = ? and id = ?")
                    .params(p.tenantId(), item).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            payload = row[0];
            predictions = row[1];
        } else {
            var open = jdbc.sql(openItem).params(p.tenantId(), p.id(), annotator)
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                    .optional();
            if (open.isEmpty()) {
                return new Claim(access, Optional.empty());
            }
            item = (UUID) open.get()[0];
            payload = (String) open.get()[1];
            predictions = (String) open.get()[2];
            jdbc.sql("""
                    update items set open_slots = open_slots - 1,
                                     state = case when open_slots - 1 = 0 then 'FULL' else 'OPEN' end
                    where tenant_id = ? and id = ?""")
                    .params(p.tenantId(), item).update();
        }
        return new Claim(access, Optional.of(lease(access, now, item, payload, predictions, false)));
    }

    private Task lease(ProjectAccess access, Instant now, UUID item, String payload, String predictions, boolean goldItem) {
        Project p = access.project();
        UUID assignment = ids.generate();
        Instant expires = now.plusSeconds(p.leaseSeconds());
        jdbc.sql("""
                insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, gold)
                values (?, ?, ?, ?, ?, 'LEASED', ?, ?, ?)""")
                .params(p.tenantId(), assignment, p.id(), item, access.caller().id(), Timestamp.from(now), Timestamp.from(expires),
                        goldItem).update();
        // Same transaction as the assignment: the wall knows of every item shown, and of none that was not.
        wall.recordExposure(access.caller(), p.tenantId());
        return show(access, new Leased(assignment, item, expires, payload, predictions));
    }

    private Task show(ProjectAccess access, Leased leased) {
        Project p = access.project();
        String data = views.showLeased(access.caller(), p.tenantId(), p.id(), leased.item(), leased.assignment(), leased.payload());
        String predictions = views.showLeasedPredictions(p.tenantId(), leased.item(), leased.predictions());
        return new Task(leased.assignment(), p.id(), leased.item(), json.readTree(data), p.schemaVersion(), leased.expires(),
                predictions == null ? json.createArrayNode() : json.readTree(predictions));
    }

    private record Leased(UUID assignment, UUID item, Instant expires, String payload, String predictions) {
    }
}
