package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.conflict.ConflictWall;
import dev.annota.conflict.WallAdmission;
import dev.annota.conflict.WallRefusal;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Pseudonyms;
import dev.annota.item.ItemRows;
import dev.annota.item.LeakMarks;
import dev.annota.item.PayloadViews;
import dev.annota.operations.DomainMetrics;
import dev.annota.masking.MaskedItem;
import dev.annota.masking.Masking;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.ProjectStatus;
import dev.annota.project.Projects;
import dev.annota.quality.GoldStep;
import dev.annota.schema.ShownOrder;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import dev.annota.annotation.Annotations;
import dev.annota.work.ClaimRule;
import dev.annota.work.ReworkFeedback;
import dev.annota.work.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives an annotator the next item of a project. In order: the live lease they already hold (a reload shows the same
 * task), an expired lease of someone else's (the slot returns to the queue), an open slot. Rows are taken with
 * FOR UPDATE SKIP LOCKED so concurrent claimers never wait on each other, and the unique index on
 * (item, annotator) makes "never the same item twice" a database fact.
 */
@Component
public class Claiming {

    /**
     * The live lease the annotator holds, else a rework offered to them (state REWORK, until its lease_expires_at):
     * one query on the annotator's index, so a claim without rework costs nothing more. 'LEASED' sorts first.
     */
    private static final String LIVE_LEASE = """
            select a.id, a.item_id, a.lease_expires_at, i.payload, i.predictions, a.state, a.round, a.supersedes,
                   a.rework_review_id from assignments a
            join items i on i.tenant_id = a.tenant_id and i.id = a.item_id
            where a.tenant_id = ? and a.annotator_id = ? and a.project_id = ? and a.state in ('LEASED', 'REWORK')
              and a.lease_expires_at > ?
            order by a.state, a.id
            limit 1""";

    private static final String EXPIRED_LEASE = """
            select a.id, a.item_id, a.round, a.supersedes, a.rework_review_id from assignments a %s
            where a.tenant_id = ? and a.project_id = ? and a.state in ('LEASED', 'REWORK') and a.lease_expires_at <= ?
              and a.gold = false
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

    private static final String INSERT_LEASE = """
            insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, gold,
                                     workforce_org_id)
            values (?, ?, ?, ?, ?, 'LEASED', ?, ?, ?, ?)""";

    /** A lease passing on a rework (its round, the answer it supersedes and the rejecting review go with it). */
    private static final String INSERT_REWORK_LEASE = """
            insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, gold,
                                     round, supersedes, rework_review_id, workforce_org_id)
            values (?, ?, ?, ?, ?, 'LEASED', ?, ?, false, ?, ?, ?, ?)""";

    /** Claims tried before answering "no task" while an eligible slot is held by another transaction (~100 ms in all). */
    private static final int CLAIM_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final Projects projects;
    private final PayloadViews views;
    private final GoldStep gold;
    private final JsonMapper json;
    private final Clock clock;
    private final ConflictWall wall;
    private final ClaimRateLimit rateLimit;
    private final RoundTrips roundTrips;
    private final ItemRows items;
    private final ReworkFeedback reworkFeedback;
    private final Annotations annotations;
    private final List<ClaimRule> rules;
    private final DomainMetrics metrics;
    private final Masking masking;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    private final String expiredLease;
    private final String openItem;
    private final boolean postgres;

    Claiming(JdbcClient jdbc, TenantScope tenants, Projects projects, PayloadViews views, GoldStep gold, JsonMapper json,
             Clock clock, DatabaseDialect dialect, ConflictWall wall, ClaimRateLimit rateLimit, RoundTrips roundTrips,
             ItemRows items, ReworkFeedback reworkFeedback, Annotations annotations, List<ClaimRule> rules,
             DomainMetrics metrics, Masking masking) {
        this.metrics = metrics;
        this.rules = List.copyOf(rules);
        this.masking = masking;
        this.items = items;
        this.reworkFeedback = reworkFeedback;
        this.annotations = annotations;
        this.gold = gold;
        this.roundTrips = roundTrips;
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
        boolean h2 = dialect.isH2();
        this.expiredLease = h2 ? EXPIRED_LEASE.formatted("use index (assignments_leases)", "")
                : EXPIRED_LEASE.formatted("", "order by a.lease_expires_at");
        this.openItem = openItemSql(h2);
        this.postgres = !h2;
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
        // The order is (queue_rank, id): queue_rank is 0 everywhere unless the project orders its queue by the
        // model's uncertainty (active learning, docs/model-assistance.md), so it is id order as before; the index
        // items_ranked_queue (tenant_id, project_id, state, queue_rank, id) serves it either way.
        return h2 ? OPEN_ITEM.formatted("use index (items_ranked_queue)", "i.state = 'OPEN'", "")
                : OPEN_ITEM.formatted("", "i.state between 'OPEN' and 'OPEN'", "order by i.state, i.queue_rank, i.id");
    }

    public Optional<Task> next(ProjectAccess access) {
        UUID tenant = access.tenantId();
        Claim first = refusedOrNot(() -> claimOnce(tenant, () -> claim(access, false, true)));
        return retried(tenant, first, () -> access);
    }

    /**
     * The request path: one transaction finds the project's tenant (the directory lookup is its first statement),
     * reads the project, counts the claim against the rate limit, asks the conflict wall and claims.
     */
    public Optional<Task> next(CurrentUser caller, UUID projectId) {
        Claim first = refusedOrNot(() -> onceMoreIfRaced(() -> projects.writeIn(caller, projectId, access -> claim(access, true, true))));
        UUID tenant = first.access().tenantId();
        return retried(tenant, first, () -> projects.accessIn(tenant, caller, projectId));
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
            outcome = claimOnce(tenant, () -> claim(access.get(), false, false));
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

    /**
     * Whether an ordinary slot is visible to this annotator (an open item or an expired ordinary lease), unlocked. Two
     * EXISTS on the queue's own indexes (items_queue, assignments_leases), so a finished project of many items costs no
     * scan of its DONE items: the open-item one is written as {@link #openItemSql} is on PostgreSQL, for the same
     * reason. Runs inside the caller's tenant transaction;
     * the gold step asks it too (whether gold may be mixed into ordinary work).
     */
    private boolean ordinaryLeft(Project p, UUID annotator) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        return jdbc.sql("""
                        select case when exists (select 1 from items i
                                                 where i.tenant_id = ? and i.project_id = ? and i.state between 'OPEN' and 'OPEN'
                                                   and not exists (select 1 from assignments b where b.tenant_id = i.tenant_id
                                                                   and b.item_id = i.id and b.annotator_id = ?)
                                                 order by i.state, i.id limit 1)
                                      or exists (select 1 from assignments a
                                                 where a.tenant_id = ? and a.project_id = ? and a.state in ('LEASED', 'REWORK')
                                                   and a.lease_expires_at <= ? and a.gold = false
                                                   and not exists (select 1 from assignments b where b.tenant_id = a.tenant_id
                                                                   and b.item_id = a.item_id and b.annotator_id = ?))
                                    then 1 else 0 end""")
                .params(p.tenantId(), p.id(), annotator, p.tenantId(), p.id(), now, annotator)
                .query(Integer.class).single() == 1;
    }

    private record Claim(ProjectAccess access, Optional<Task> task) {
    }

    /** Whether a slot this annotator may take is visible without locking: one the claim skipped because it was held. */
    private boolean slotHeldByAnother(ProjectAccess access) {
        Project p = access.project();
        UUID annotator = access.caller().id();
        // The same question the gold step asks: is an ordinary slot visible to this annotator, without locking?
        return tenants.read(p.tenantId(), () -> ordinaryLeft(p, annotator));
    }

    /**
     * One claim attempt. {@code count}: counts against the rate limit; {@code admit}: asks the conflict wall (the
     * first attempt of a request; its retries were admitted by it and count no second claim). The rate-limit count,
     * the wall's probe, the live-lease, gold-settings and expired-lease queries do not depend on each other, so they
     * travel in one round trip; their answers are judged in the order the rules give (429, then the wall, then the
     * queue), and nothing read is shown before both checks passed.
     */
    private Claim claim(ProjectAccess access, boolean count, boolean admit) {
        if (!access.work()) {
            throw new ProjectForbidden("Only annotators receive tasks.");
        }
        Project p = access.project();
        UUID annotator = access.caller().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Timestamp nowTs = Timestamp.from(now);

        RoundTrip trip = roundTrips.start();
        var counted = count ? rateLimit.count(trip, annotator) : null;
        // Only people who would receive items are asked: a manager's claim fails as before.
        var admission = admit && access.caller().has(Role.ANNOTATOR)
                ? wall.admission(trip, access.caller(), access.tenantId(), p.id()) : null;
        var live = trip.queryOptional(LIVE_LEASE, (rs, n) -> new Live(new Leased(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), ReworkOf.of(rs, 7)), "REWORK".equals(rs.getString(6))),
                p.tenantId(), annotator, p.id(), nowTs);
        var quality = gold.settings(trip, p);
        var expired = trip.queryOptional(expiredLease, (rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                ReworkOf.of(rs, 3)), p.tenantId(), p.id(), nowTs, annotator);
        var request = new ClaimRule.ClaimRequest(p, access.caller(), now);
        var verdicts = rules.stream().map(rule -> rule.prepare(trip, request)).toList();
        // Vendor shares: one statement more, on a project with shares only (read with the project).
        var standings = p.shares().isEmpty() ? null : ShareStandings.queue(trip, p, access.caller().orgId(), now);
        trip.send();
        if (counted != null) {
            counted.check();
        }
        if (admission != null) {
            admission.check();
        }
        if (live.get().isPresent() && !live.get().get().offered()) {
            return new Claim(access, Optional.of(show(access, live.get().get().leased())));
        }
        if (live.get().isPresent() && takeRework(p, live.get().get().leased(), now) == 1) {
            // A rework offered to this annotator comes before any new work (and before gold).
            var offered = live.get().get().leased();
            Instant expires = now.plusSeconds(p.leaseSeconds());
            return new Claim(access, Optional.of(shown(access, admission, new Leased(offered.assignment(), offered.item(), expires,
                    offered.payload(), offered.predictions(), offered.rework()))));
        }
        // A pause stops new claims only: the lease in flight above is served again so it can still be submitted.
        if (p.status() != ProjectStatus.ACTIVE) {
            throw notServing(p);
        }
        // Other modules' rules of new work (requirements, budget): each read on the trip above, judged here.
        verdicts.forEach(ClaimRule.Verdict::check);
        if (standings != null) {
            ShareKeeper.judge(access.caller().orgId(), p.shares(), standings.get().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        // The gold step (qualification, pausing, gold mixing): may answer 403, or serve a gold item, which uses no slot.
        var goldPick = gold.pick(p, annotator, quality.get(), () -> ordinaryLeft(p, annotator));
        if (goldPick.isPresent()) {
            var g = goldPick.get();
            return new Claim(access, Optional.of(lease(access, admission, now, g.item(), g.payload(), g.predictions(), true)));
        }
        if (expired.get().isPresent()) {
            var e = expired.get().get();
            return new Claim(access, Optional.of(takeOver(access, admission, now, e.assignment(), e.item(), e.rework())));
        }
        return new Claim(access, postgres ? takeOpenSlot(access, admission, now) : takeOpenSlotStepByStep(access, admission, now));
    }

    /** The one line an annotator is told when the project serves no tasks (the cross-project claim passes over it). */
    static ProjectForbidden notServing(Project p) {
        String why = p.status() == ProjectStatus.PAUSED
                ? "This project is paused by its managers" + (p.statusNote() == null ? "." : ": " + p.statusNote())
                : "This project is archived: it serves no more tasks.";
        var refusal = new ProjectForbidden(why);
        refusal.with("status", p.status().name());
        return refusal;
    }

    /** The expired holder's assignment ends here; its slot passes to this annotator. One round trip. */
    private Task takeOver(ProjectAccess access, WallAdmission admission, Instant now, UUID expiredAssignment, UUID item,
                          ReworkOf rework) {
        Project p = access.project();
        UUID assignment = IDS.generate();
        Instant expires = now.plusSeconds(p.leaseSeconds());
        RoundTrip trip = roundTrips.start();
        trip.update("update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?",
                Timestamp.from(now), p.tenantId(), expiredAssignment);
        var row = items.payload(trip, p.tenantId(), item);
        if (rework == null) {
            trip.update(INSERT_LEASE, p.tenantId(), assignment, p.id(), item, access.caller().id(), Timestamp.from(now),
                    Timestamp.from(expires), false, access.caller().orgId());
        } else {
            trip.update(INSERT_REWORK_LEASE, p.tenantId(), assignment, p.id(), item, access.caller().id(), Timestamp.from(now),
                    Timestamp.from(expires), rework.round(), rework.supersedes(), rework.reviewId(), access.caller().orgId());
        }
        trip.send();
        metrics.leaseExpired();
        var stored = row.get().getFirst();
        return shown(access, admission, new Leased(assignment, item, expires, stored.sealedPayload(), stored.sealedPredictions(), rework));
    }

    /**
     * PostgreSQL: the open-item select, the slot update and the lease insert as one statement (data-modifying CTEs),
     * one round trip. The row the select locks (SKIP LOCKED, as before) is the one the update takes a slot of and the
     * lease names; no row, no update and no lease. A lease that breaks "never the same item twice" fails the whole
     * statement on the unique index, as the separate insert did.
     */
    private Optional<Task> takeOpenSlot(ProjectAccess access, WallAdmission admission, Instant now) {
        Project p = access.project();
        UUID annotator = access.caller().id();
        UUID assignment = IDS.generate();
        Instant expires = now.plusSeconds(p.leaseSeconds());
        var open = jdbc.sql("with picked as (" + openItem + "), " + """
                        slot as (update items u set open_slots = u.open_slots - 1,
                                                    state = case when u.open_slots - 1 = 0 then 'FULL' else 'OPEN' end
                                 from picked where u.tenant_id = ? and u.id = picked.id
                                 returning u.id),
                        lease as (insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at,
                                                           lease_expires_at, gold, workforce_org_id)
                                  select ?, ?, ?, slot.id, ?, 'LEASED', ?, ?, false, ? from slot
                                  returning item_id)
                        select lease.item_id, picked.payload, picked.predictions from lease join picked on picked.id = lease.item_id""")
                .params(p.tenantId(), p.id(), annotator, p.tenantId(), p.tenantId(), assignment, p.id(), annotator,
                        Timestamp.from(now), Timestamp.from(expires), access.caller().orgId())
                .query((rs, n) -> new Leased(assignment, rs.getObject(1, UUID.class), expires, rs.getString(2), rs.getString(3), null))
                .optional();
        return open.map(leased -> shown(access, admission, leased));
    }

    /** H2: select, slot update and lease insert one after the other (in-process, no round trips to save). */
    private Optional<Task> takeOpenSlotStepByStep(ProjectAccess access, WallAdmission admission, Instant now) {
        Project p = access.project();
        var open = jdbc.sql(openItem).params(p.tenantId(), p.id(), access.caller().id())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                .optional();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UUID item = (UUID) open.get()[0];
        jdbc.sql("""
                update items set open_slots = open_slots - 1,
                                 state = case when open_slots - 1 = 0 then 'FULL' else 'OPEN' end
                where tenant_id = ? and id = ?""")
                .params(p.tenantId(), item).update();
        return Optional.of(lease(access, admission, now, item, (String) open.get()[1], (String) open.get()[2], false));
    }

    private Task lease(ProjectAccess access, WallAdmission admission, Instant now, UUID item, String payload, String predictions,
                      boolean goldItem) {
        Project p = access.project();
        UUID assignment = IDS.generate();
        Instant expires = now.plusSeconds(p.leaseSeconds());
        jdbc.sql(INSERT_LEASE).params(p.tenantId(), assignment, p.id(), item, access.caller().id(), Timestamp.from(now),
                Timestamp.from(expires), goldItem, access.caller().orgId()).update();
        return shown(access, admission, new Leased(assignment, item, expires, payload, predictions, null));
    }

    /** A new lease is stored: tells the wall (under the claim's admission, if it asked), then shows the item. */
    private Task shown(ProjectAccess access, WallAdmission admission, Leased leased) {
        // Same transaction as the assignment: the wall knows of every item shown, and of none that was not.
        wall.recordExposure(admission, access.caller(), access.tenantId());
        return show(access, leased);
    }

    private Task show(ProjectAccess access, Leased leased) {
        Project p = access.project();
        String data = views.showLeased(access.caller(), p.tenantId(), p.id(), leased.item(), leased.assignment(), leased.payload());
        String predictions = views.showLeasedPredictions(p.tenantId(), leased.item(), leased.predictions());
        JsonNode shown = json.readTree(data);
        int[] order = null;
        if (p.taskType() == TaskType.RESPONSE_COMPARISON) {
            // Models stay unnamed to the annotator; the order is this assignment's (recomputable, so auditable).
            ShownOrder.withoutModels(shown);
            order = ShownOrder.of(leased.assignment(), ShownOrder.responses(shown));
        }
        // Personal data masked before the annotator sees it; pre-filled and rejected spans follow onto the masked text.
        MaskedItem masked = masking.mask(p.tenantId(), p.id(), shown);
        JsonNode served = predictions == null ? json.createArrayNode() : json.readTree(predictions);
        if (!masked.texts().isEmpty()) {
            for (JsonNode prediction : served) {
                if (prediction instanceof ObjectNode o && o.has("answer")) {
                    o.set("answer", masking.shown(p.tenantId(), p.id(), p.schemaVersion(), masked, o.get("answer")));
                }
            }
        }
        String watermark = null;
        if (p.leakMarks()) {
            // Marks in the text as masked, made in memory with the project this claim already loaded: no round trip more.
            LeakMarks.marked(shown, leased.assignment());
            watermark = Pseudonyms.of(p.tenantId(), access.caller().id());
        }
        return new Task(leased.assignment(), p.id(), leased.item(), shown, p.schemaVersion(), leased.expires(),
                served, rework(p, leased.rework(), masked), order, watermark);
    }

    /** The rework's feedback and the rejected answer, shown beside the item; null for ordinary work. */
    private Task.Rework rework(Project p, ReworkOf rework, MaskedItem masked) {
        if (rework == null) {
            return null;
        }
        var notes = reworkFeedback.of(p.tenantId(), rework.reviewId()).orElse(new ReworkFeedback.Notes(null, json.createObjectNode()));
        var previous = annotations.find(p.tenantId(), rework.supersedes())
                .map(a -> masking.shown(p.tenantId(), p.id(), a.schemaVersion(), masked, a.answer())).orElse(null);
        return new Task.Rework(rework.reviewId(), rework.round(), notes.feedback(), notes.questionFeedback(), previous);
    }

    /** The annotator takes the rework offered to them: a lease from now. 1 when it was still on offer. */
    private int takeRework(Project p, Leased offered, Instant now) {
        return jdbc.sql("""
                        update assignments set state = 'LEASED', claimed_at = ?, lease_expires_at = ?
                        where tenant_id = ? and id = ? and state = 'REWORK' and lease_expires_at > ?""")
                .params(Timestamp.from(now), Timestamp.from(now.plusSeconds(p.leaseSeconds())), p.tenantId(), offered.assignment(),
                        Timestamp.from(now)).update();
    }

    /** {@code rework}: null for ordinary work. */
    private record Leased(UUID assignment, UUID item, Instant expires, String payload, String predictions, ReworkOf rework) {
    }

    /** {@code offered}: a rework on offer to the annotator, not leased yet. */
    private record Live(Leased leased, boolean offered) {
    }

    private record Expired(UUID assignment, UUID item, ReworkOf rework) {
    }

    /** What a rework assignment carries: its round, the rejected annotation and the review that rejected it. */
    private record ReworkOf(int round, UUID supersedes, UUID reviewId) {

        /** From the columns round, supersedes, rework_review_id starting at {@code at}; null for ordinary work. */
        static ReworkOf of(java.sql.ResultSet rs, int at) throws java.sql.SQLException {
            UUID supersedes = rs.getObject(at + 1, UUID.class);
            return supersedes == null ? null : new ReworkOf(rs.getInt(at), supersedes, rs.getObject(at + 2, UUID.class));
        }
    }
}
