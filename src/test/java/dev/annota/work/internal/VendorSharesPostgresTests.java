package dev.annota.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import dev.annota.work.ShareRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Vendor shares on PostgreSQL, as the application role under row-level security: every test of the H2 class, claims
 * by concurrent annotators of three workforces, and the plan of the claim's one share statement on a project with
 * many claims (on assignments_recent and assignments_workforce, a bounded number of pages).
 */
@OnSharedPostgres
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=8")
class VendorSharesPostgresTests extends VendorSharesApiTests {

    @Autowired
    Projects projects;

    @Test
    void concurrentClaimersOfThreeWorkforcesKeepTheShares() throws Exception {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty(null)).status()).isEqualTo(200);
        fixtures.items(setup.project(), setup.manager(), 700);
        var people = new ArrayList<CurrentUser>();
        people.addAll(fixtures.annotators(setup.lab(), 2));
        people.addAll(fixtures.annotators(vendorA, 4));
        people.addAll(fixtures.annotators(vendorB, 3));
        List<UUID> served = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        int wanted = 600;
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            var futures = new ArrayList<Future<?>>();
            for (CurrentUser who : people) {
                futures.add(pool.submit(() -> {
                    while (served.size() < wanted) {
                        try {
                            var task = queue.next(who, setup.project().id());
                            if (task.isEmpty()) {
                                return null;
                            }
                            queue.submit(who, setup.project().id(), task.get().assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
                            served.add(who.orgId());
                        } catch (ShareRefused r) {
                            refused.incrementAndGet();
                            Thread.sleep(2);
                        } catch (dev.annota.failure.TooManyRequests tooMany) {
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(served.size()).isGreaterThanOrEqualTo(wanted);
        // Concurrent claims read the same window before either commits, so a part may overshoot by the claims in flight
        // (at most one per annotator): the windows are held to 5 points here, 3 when claims come one at a time.
        assertEveryWindowOf200(served, Map.of(setup.lab().id(), 0.5, vendorA.id(), 0.3, vendorB.id(), 0.2), 0.05);
        var all = served.subList(0, wanted);
        assertThat(all.stream().filter(setup.lab().id()::equals).count() / (double) wanted).isCloseTo(0.5,
                org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void theShareStatementReadsABoundedNumberOfPagesOnItsIndexWhateverTheProjectsSize() throws Exception {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty("15000")).status()).isEqualTo(200);
        UUID tenant = setup.lab().id();
        UUID project = setup.project().id();
        try (Connection owner = PostgresDatabase.shared().connect(PostgresDatabase.OWNER)) {
            owner.setAutoCommit(false);
            try (var set = owner.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            // 60,000 claims of the three workforces over the last ten hours, a tenth of them gold.
            try (var insert = owner.prepareStatement("""
                    insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at,
                                             gold, workforce_org_id)
                    select ?, gen_random_uuid(), ?, gen_random_uuid(), gen_random_uuid(), 'SUBMITTED',
                           now() - (g * interval '600 milliseconds'), now() - (g * interval '600 milliseconds') + interval '10 minutes',
                           g % 10 = 0, case g % 3 when 0 then ?::uuid when 1 then ?::uuid else ?::uuid end
                    from generate_series(1, 60000) g""")) {
                insert.setObject(1, tenant);
                insert.setObject(2, project);
                insert.setObject(3, tenant);
                insert.setObject(4, vendorA.id());
                insert.setObject(5, vendorB.id());
                assertThat(insert.executeUpdate()).isEqualTo(60000);
            }
            owner.commit();
            owner.setAutoCommit(true);
            try (var analyze = owner.createStatement()) {
                analyze.execute("vacuum analyze assignments");
            }
        }
        var p = readProject(tenant, project);
        assertThat(p.shares()).hasSize(3);
        var statement = ShareStandings.statement(p, vendorA.id(), Instant.now());
        JsonNode plan = json.readTree(PostgresDatabase.shared().explainAnalyze(tenant, statement.sql(), statement.params().toArray()))
                .get(0).get("Plan");
        long buffers = plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
        assertThat(plan.toString()).as("plan").contains("\"Index Name\":\"assignments_recent\"")
                .contains("\"Index Name\":\"assignments_workforce\"").doesNotContain("Seq Scan");
        // Three workforces: three window ranges of 200 entries, three probes, one cap count of at most 15,000 entries
        // (vendor B's) on the index only.
        assertThat(buffers).as("buffers read by the share statement; plan: %s", plan).isLessThan(2000);
    }

    @Autowired
    dev.annota.tenancy.TenantScope tenants;

    private dev.annota.project.Project readProject(UUID tenant, UUID project) {
        return tenants.read(tenant, () -> projects.find(tenant, project)).orElseThrow();
    }
}
