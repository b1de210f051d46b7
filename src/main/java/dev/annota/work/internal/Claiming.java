package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.item.PayloadViews;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
            select a.id, a.item_id from assignments a
            where a.tenant_id = ? and a.project_id = ? and a.state = 'LEASED' and a.lease_expires_at <= ?
              and not exists (select 1 from assignments b
                              where b.tenant_id = a.tenant_id and b.item_id = a.item_id and b.annotator_id = ?)
            order by a.lease_expires_at
            limit 1
            for update skip locked""";

    private static final String OPEN_ITEM = """
            select i.id from items i
            where i.tenant_id = ? and i.project_id = ? and i.state = 'OPEN'
              and not exists (select 1 from assignments b
                              where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
            order by i.id
            limit 1
            for update skip locked""";

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final PayloadViews views;
    private final JsonMapper json;
    private final Clock clock;
    private final NoArgGenerator ids = Generators.timeBasedEpochGenerator();

    Claiming(JdbcClient jdbc, TenantScope tenants, PayloadViews views, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Task> next(ProjectAccess access) {
        if (!access.work()) {
            throw new ProjectForbidden("Only annotators receive tasks.");
        }
        try {
            return tenants.write(access.tenantId(), () -> claim(access));
        } catch (DuplicateKeyException raced) {
            // Two claims by the same annotator at once both picked the same item; the loser asks again.
            return tenants.write(access.tenantId(), () -> claim(access));
        }
    }

    private Optional<Task> claim(ProjectAccess access) {
        Project p = access.project();
        UUID annotator = access.caller().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Timestamp nowTs = Timestamp.from(now);

        var live = jdbc.sql(LIVE_LEASE).params(p.tenantId(), annotator, p.id(), nowTs)
                .query((rs, n) -> new Leased(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
                .optional();
        if (live.isPresent()) {
            return Optional.of(show(access, live.get()));
        }

        UUID item = jdbc.sql(EXPIRED_LEASE).params(p.tenantId(), p.id(), nowTs, annotator)
                .query((rs, n) -> {
                    // The expired holder's assignment ends here; its slot passes to this annotator.
                    jdbc.sql("update assignments set state = 'EXPIRED', ended_at = ? where tenant_id = ? and id = ?")
                            .params(nowTs, p.tenantId(), rs.getObject(1, UUID.class)).update();
                    return rs.getObject(2, UUID.class);
                })
                .optional().orElse(null);
        if (item == null) {
            item = jdbc.sql(OPEN_ITEM).params(p.tenantId(), p.id(), annotator).query(UUID.class).optional().orElse(null);
            if (item == null) {
                return Optional.empty();
            }
            jdbc.sql("""
                    update items set open_slots = open_slots - 1,
                                     state = case when open_slots - 1 = 0 then 'FULL' else 'OPEN' end
                    where tenant_id = ? and id = ?""")
                    .params(p.tenantId(), item).update();
        }
        UUID assignment = ids.generate();
        Instant expires = now.plusSeconds(p.leaseSeconds());
        jdbc.sql("""
                insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at)
                values (?, ?, ?, ?, ?, 'LEASED', ?, ?)""")
                .params(p.tenantId(), assignment, p.id(), item, annotator, nowTs, Timestamp.from(expires)).update();
        UUID claimed = item;
        return Optional.of(jdbc.sql("select payload, predictions from items where tenant_id = ? and id = ?")
                .params(p.tenantId(), item)
                .query((rs, n) -> show(access, new Leased(assignment, claimed, expires, rs.getString(1), rs.getString(2))))
                .single());
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
