package dev.annota.work.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.project.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many items of a project one annotator may still claim: the open items they never held, the expired ordinary
 * leases and reworks of others on items they never held, and a lease or a rework offer they hold now. The same conditions as the claim's own
 * queries (Claiming), counted without locking: a figure for the home page, not a promise.
 */
@Component
record OpenTasks(JdbcClient jdbc, Clock clock) {

    private static final String COUNT = """
            select count(*) from (
              select i.id from items i
              where i.tenant_id = ? and i.project_id = ? and i.state = 'OPEN'
                and not exists (select 1 from assignments b where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
              union
              select a.item_id from assignments a
              where a.tenant_id = ? and a.project_id = ? and a.state in ('LEASED', 'REWORK')
                and ((a.annotator_id = ? and a.lease_expires_at > ?)
                     or (a.gold = false and a.lease_expires_at <= ?
                         and not exists (select 1 from assignments b where b.tenant_id = a.tenant_id and b.item_id = a.item_id
                                         and b.annotator_id = ?)))
            ) open_to_annotator""";

    /** Inside a transaction of the project's tenant. */
    long of(Project p, UUID annotator) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        return jdbc.sql(COUNT).params(p.tenantId(), p.id(), annotator, p.tenantId(), p.id(), annotator, now, now, annotator)
                .query(Long.class).single();
    }

    /** The reworks on offer to the annotator now (the claim serves them first); inside the project's tenant transaction. */
    long reworkOf(Project p, UUID annotator) {
        return jdbc.sql("""
                        select count(*) from assignments a where a.tenant_id = ? and a.annotator_id = ? and a.project_id = ?
                          and a.state = 'REWORK' and a.lease_expires_at > ?""")
                .params(p.tenantId(), annotator, p.id(), Timestamp.from(Instant.now(clock))).query(Long.class).single();
    }
}
