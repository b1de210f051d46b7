package dev.annota.crypto.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.tenancy.DatabaseDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The background jobs' work lists across organizations, before a tenant is known: running re-encryption jobs and
 * organizations with a key retirement step possibly due. {@code key_rotations} is tenant-owned (row-level security on
 * PostgreSQL, V18), so there these come from two SECURITY DEFINER functions that return ids only; each job is then
 * done in its tenant's transaction. H2 has no row-level security: the same queries, plain.
 */
@Component
class PendingKeyWork {

    private final JdbcClient jdbc;
    private final boolean postgres;

    PendingKeyWork(JdbcClient jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect.isPostgres();
    }

    /** Running re-encryption jobs, oldest first: (rotation id, tenant id). */
    List<Map.Entry<UUID, UUID>> runningRotations() {
        return jdbc.sql(postgres ? "select id, tenant_id from pending_key_rotations()"
                        : "select id, tenant_id from key_rotations where state = 'RUNNING' order by started_at")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /** Organizations whose latest rotation is DONE and whose old keys are not yet destroyed. */
    List<UUID> retirementCandidates() {
        return jdbc.sql(postgres ? "select * from key_retirement_candidates()" : """
                        select tenant_id from key_rotations r
                        where r.state = 'DONE' and r.keys_destroyed_at is null
                          and r.started_at = (select max(started_at) from key_rotations l where l.tenant_id = r.tenant_id)""")
                .query(UUID.class).list();
    }
}
