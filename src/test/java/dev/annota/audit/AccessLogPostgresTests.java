package dev.annota.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;

import dev.annota.audit.internal.CompactRange;
import dev.annota.audit.internal.Merkle;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log on PostgreSQL, where the application role is bound by row-level security and by the append-only
 * triggers: tampering needs the owner role or a superuser (an insider with database rights), which switch the triggers
 * off first. Against that attacker the signer's own checks stand: it never signs a rewritten or rolled-back history.
 */
@OnSharedPostgres
class AccessLogPostgresTests extends AccessLogScenario {

    /**
     * As the database's superuser with every trigger off (session_replication_role = replica): the database-level
     * attacker, who can change any row of any table.
     */
    @Override
    void tamper(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection c = PostgresDatabase.shared().connectAsAdmin()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            run(c, tenant, sql, params);
            c.commit();
        }
    }

    private static int run(Connection c, UUID tenant, String sql, Object... params) throws SQLException {
        try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Test
    void theApplicationRoleCannotChangeOrDeleteASequencedEvent() throws Exception {
        record(customer.id(), 2);
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> run(c, customer.id(), "update audit_events set detail = 'x' where tenant_id = ? and seq = 0", customer.id()))
                    .hasMessageContaining("append-only");
            c.rollback();
            assertThatThrownBy(() -> run(c, customer.id(), "delete from audit_events where tenant_id = ?", customer.id()))
                    .hasMessageContaining("append-only");
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotDeleteOrRewriteSequencedEventsCheckpointsOrHeadsWhateverItSets() throws Exception {
        record(customer.id(), 2);
        UUID tenant = customer.id();
        long size = log.treeSize(tenant);
        List<String> attempts = List.of(
                "delete from audit_events where tenant_id = ?",
                "update audit_events set detail = 'x' where tenant_id = ? and seq = 0",
                "update audit_events set seq = null, leaf_hash = null where tenant_id = ? and seq = " + (size - 1),
                "delete from audit_checkpoints where tenant_id = ?",
                "update audit_checkpoints set note = 'x' where tenant_id = ?",
                "delete from audit_heads where tenant_id = ?",
                // The attack's head: the same size over another frontier; a shrunk tree; a grown one with no events.
                "update audit_heads set frontier = sha256(frontier) || substring(frontier from 33) where tenant_id = ?",
                "update audit_heads set tree_size = tree_size - 1 where tenant_id = ?",
                "update audit_heads set tree_size = tree_size + 1, frontier = frontier || sha256(frontier) where tenant_id = ?",
                "insert into audit_events (tenant_id, id, seq, occurred_at, action, actor_id, actor_org_id, item_count, leaf_hash) "
                        + "select tenant_id, gen_random_uuid(), 1000, occurred_at, action, actor_id, actor_org_id, item_count, leaf_hash "
                        + "from audit_events where tenant_id = ? and seq = 0");
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            for (String sql : attempts) {
                // The old bypass and the new function's mark, both set: neither opens anything to the application role.
                for (String setting : List.of("annota.deleting_organization", "annota.deleting_log")) {
                    try (var mark = c.prepareStatement("select set_config(?, ?, true)")) {
                        mark.setString(1, setting);
                        mark.setString(2, tenant.toString());
                        mark.execute();
                    }
                }
                assertThatThrownBy(() -> run(c, tenant, sql, tenant)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
                        .hasMessageContaining("append-only");
                c.rollback();
            }
            // The deletion function deletes a living organization's log neither without a final checkpoint kept, nor
            // with a copy of its latest checkpoint posing as one (no organization.delete in the log).
            assertThatThrownBy(() -> run(c, tenant, "select audit_delete_log(?)", tenant))
                    .hasMessageContaining("final checkpoint is kept");
            c.rollback();
            run(c, tenant, """
                    insert into audit_final_checkpoints (org_id, tree_size, root_hash, note, deleted_at, deleted_by)
                    select tenant_id, tree_size, root_hash, note, now(), tenant_id from audit_checkpoints
                    where tenant_id = ? order by tree_size desc limit 1""", tenant);
            assertThatThrownBy(() -> run(c, tenant, "select audit_delete_log(?)", tenant))
                    .hasMessageContaining("is not the last checkpoint");
            c.rollback();
        }
        assertThat(log.treeSize(tenant)).isEqualTo(size);
        assertThat(lines(tenant, size)).hasSize((int) size);
    }

    @Test
    void aHistoryRewrittenInTheDatabaseIsNeverSignedAgainAndRaisesAnAlarmTheAdminsSee() throws Exception {
        UUID tenant = customer.id();
        record(tenant, 4);
        var before = log.latest(tenant).orElseThrow();
        double counted = alarmsCounted("REWRITTEN");

        // The attack: an event edited, its leaf hash recomputed, and the head's frontier recomputed over the leaves.
        tamper(tenant, "update audit_events set detail = 'rewritten' where tenant_id = ? and seq = 1", tenant);
        List<String> edited = new ArrayList<>();
        log.lines(tenant, 1, 2, edited::add);
        tamper(tenant, "update audit_events set leaf_hash = ? where tenant_id = ? and seq = 1",
                Merkle.leafHash(edited.getFirst().getBytes(StandardCharsets.UTF_8)), tenant);
        var frontier = frontierOfStoredLeaves(tenant, before.size());
        assertThat(frontier.root()).isNotEqualTo(before.root());
        tamper(tenant, "update audit_heads set frontier = ? where tenant_id = ?", frontier.serialize(), tenant);

        record(tenant, 2, false);
        assertThatThrownBy(() -> log.integrate(tenant)).hasMessageContaining("REWRITTEN")
                .hasMessageContaining("size " + before.size());
        var refused = post(manager, "/api/v1/audit/checkpoint");
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("Access log integrity alarm", "REWRITTEN");

        // Nothing signed, nothing sequenced: the newest checkpoint is still the one before the attack.
        assertThat(log.latest(tenant).orElseThrow().size()).isEqualTo(before.size());
        assertThat(count("select count(*) from audit_checkpoints where tenant_id = ? and tree_size > " + before.size(), tenant)).isZero();
        assertThat(log.hasPending(tenant)).isTrue();
        assertThat(alarmsCounted("REWRITTEN")).isGreaterThanOrEqualTo(counted + 2);

        var alarms = get(manager, "/api/v1/audit/alarms");
        assertThat(alarms.statusCode()).isEqualTo(200);
        assertThat(alarms.body()).contains("\"kind\":\"REWRITTEN\"", "\"signed_size\":" + before.size(),
                java.util.Base64.getEncoder().encodeToString(before.root()), "\"stored\":true");
        // Stored once, however often the signer refuses.
        assertThat(count("select count(*) from access_log_alarms where tenant_id = ?", tenant)).isOne();

        // The same attacker deletes the stored alarm: this instance still shows it, and the next refusal stores it again.
        tamper(tenant, "delete from access_log_alarms where tenant_id = ?", tenant);
        assertThat(get(manager, "/api/v1/audit/alarms").body()).contains("REWRITTEN", "\"stored\":false");
        assertThatThrownBy(() -> log.integrate(tenant)).hasMessageContaining("REWRITTEN");
        assertThat(count("select count(*) from access_log_alarms where tenant_id = ?", tenant)).isOne();
    }

    @Test
    void deletingTheNewestCheckpointsIsCaught() throws Exception {
        UUID tenant = customer.id();
        record(tenant, 3);
        long older = log.latest(tenant).orElseThrow().size();
        record(tenant, 3);
        long newer = log.latest(tenant).orElseThrow().size();

        tamper(tenant, "delete from audit_checkpoints where tenant_id = ? and tree_size > " + older, tenant);

        record(tenant, 1, false);
        assertThatThrownBy(() -> log.integrate(tenant)).hasMessageContaining("HEAD_MISMATCH")
                .hasMessageContaining("size " + older).hasMessageContaining("size " + newer);
        assertThat(log.latest(tenant).orElseThrow().size()).isEqualTo(older);
    }

    @Test
    void aWholeLogRolledBackToAnOlderCheckpointIsCaughtByWhatTheSignerRemembers() throws Exception {
        UUID tenant = customer.id();
        record(tenant, 3);
        var older = log.latest(tenant).orElseThrow();
        record(tenant, 3);
        var newer = log.latest(tenant).orElseThrow();

        // A consistent database at the older checkpoint (as a restored backup would be): newer checkpoints gone, the
        // head back at the older size, the later events pending again. Nothing in the database contradicts it.
        tamper(tenant, "delete from audit_checkpoints where tenant_id = ? and tree_size > " + older.size(), tenant);
        tamper(tenant, "update audit_events set seq = null, leaf_hash = null where tenant_id = ? and seq >= " + older.size(), tenant);
        var frontier = frontierOfStoredLeaves(tenant, older.size());
        assertThat(frontier.root()).isEqualTo(older.root());
        tamper(tenant, "update audit_heads set tree_size = ?, frontier = ? where tenant_id = ?", older.size(), frontier.serialize(), tenant);

        assertThatThrownBy(() -> log.integrate(tenant)).hasMessageContaining("ROLLED_BACK")
                .hasMessageContaining("size " + newer.size()).hasMessageContaining("size " + older.size());
        assertThat(log.latest(tenant).orElseThrow().size()).isEqualTo(older.size());
        assertThat(get(manager, "/api/v1/audit/alarms").body()).contains("ROLLED_BACK");
    }

    @Autowired MeterRegistry meters;

    private double alarmsCounted(String kind) {
        var counter = meters.find("annota.audit.integrity.alarms").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The frontier of the first {@code size} stored leaf hashes, as the attacker computes it. */
    private static CompactRange frontierOfStoredLeaves(UUID tenant, long size) throws SQLException {
        var range = CompactRange.empty();
        try (Connection c = PostgresDatabase.shared().connectAsAdmin();
             var q = c.prepareStatement("select leaf_hash from audit_events where tenant_id = ? and seq < ? order by seq")) {
            q.setObject(1, tenant);
            q.setLong(2, size);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    range.append(rs.getBytes(1));
                }
            }
        }
        return range;
    }

    private static long count(String sql, UUID tenant) throws SQLException {
        try (Connection c = PostgresDatabase.shared().connectAsAdmin(); var q = c.prepareStatement(sql)) {
            q.setObject(1, tenant);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void rowLevelSecurityHidesEveryTenantsLogFromEveryOtherTenant() throws Exception {
        record(customer.id(), 2);
        UUID other = UUID.randomUUID();
        try (Connection c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            c.setAutoCommit(false);
            for (String table : new String[] {"audit_events", "audit_heads", "audit_checkpoints"}) {
                try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, other.toString());
                    set.execute();
                }
                try (var count = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
                    count.setObject(1, customer.id());
                    var rs = count.executeQuery();
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
                c.rollback();
            }
            // Writing into another tenant's log is refused by the policy's WITH CHECK.
            assertThatThrownBy(() -> run(c, other, """
                    insert into audit_events (tenant_id, id, occurred_at, action, actor_id, actor_org_id, item_count)
                    values (?, ?, ?, 'forged', ?, ?, 0)""", customer.id(), UUID.randomUUID(),
                    java.sql.Timestamp.from(Instant.now()), manager.id(), customer.id()))
                    .hasMessageContaining("row-level security");
            c.rollback();
        }
    }
}
