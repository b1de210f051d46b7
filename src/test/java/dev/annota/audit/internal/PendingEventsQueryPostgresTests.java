package dev.annota.audit.internal;

import java.time.Instant;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sequencer's pending-events query on PostgreSQL once many events have been sequenced: every sequenced event left
 * a dead "pending" index entry behind (it was inserted pending, then updated with its position), and the query must
 * not visit them all on every checkpoint (it did, as a bitmap scan over audit_events_seq, before V12_4).
 */
@OnSharedPostgres
@SpringBootTest(properties = {"annota.audit.checkpoint-interval=1h", "annota.audit.sweep-initial-delay=1h"})
class PendingEventsQueryPostgresTests {

    @Autowired AuditLog log;
    @Autowired Organizations organizations;
    @Autowired TenantScope tenants;
    @Autowired JsonMapper json;

    @Test
    void findingPendingEventsSkipsTheThousandsAlreadySequenced() throws Exception {
        UUID tenant = organizations.create(OrganizationKind.CUSTOMER, "Lab " + UUID.randomUUID()).id();
        UUID actor = UUID.randomUUID();
        for (int batch = 0; batch < 5; batch++) {
            tenants.write(tenant, () -> {
                for (int i = 0; i < 1000; i++) {
                    log.record(AuditEvent.administrative(tenant, "role.change", actor, tenant, null, UUID.randomUUID(),
                            "ANNOTATOR -> REVIEWER", Instant.now()));
                }
            });
            log.integrate(tenant);
        }
        assertThat(log.treeSize(tenant)).isGreaterThanOrEqualTo(5000);

        // A scan marks the dead entries it meets, so that later scans skip them — but only entries dead to every
        // snapshot: a transaction of another test's application context (their background jobs share this database)
        // open at that moment keeps them, for a moment. So the query is asked again, a few times at most.
        JsonNode plan = explain(tenant);
        long buffers = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 20; attempt++) {
            plan = explain(tenant);
            buffers = plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
            if (buffers < 50) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(plan.toString()).contains("\"Index Name\":\"audit_events_pending\"");
        assertThat(buffers).as("buffers read to find no pending event; plan: %s", plan).isLessThan(50);
    }

    private JsonNode explain(UUID tenant) throws Exception {
        return json.readTree(PostgresDatabase.shared().explainAnalyze(tenant, AuditLog.PENDING, tenant, 10_000)).get(0).get("Plan");
    }
}
