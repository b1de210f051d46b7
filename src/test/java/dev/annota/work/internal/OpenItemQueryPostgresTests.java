package dev.annota.work.internal;

import java.sql.Connection;
import java.util.UUID;

import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim's open-item query on PostgreSQL, planned with real statistics: it must go straight to the first open item
 * however many items in front of it are done. (Written with "state = 'OPEN' order by id", the planner walked the primary
 * key or items_browse from the project's first item and filtered on state: 172 ms per claim on a benchmark project 15%
 * done; here 6,078 buffers for 3,000 done items.)
 */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class OpenItemQueryPostgresTests {

    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;

    @Test
    void theOpenItemQueryReadsAFewPagesWhenManyItemsBeforeTheFirstOpenOneAreDone() throws Exception {
        var setup = fixtures.labProject("Lab", 1, 20_000);
        try (Connection owner = PostgresDatabase.shared().connect(PostgresDatabase.OWNER)) {
            owner.setAutoCommit(false);
            // Claims take items in id order: the first 3,000 are answered, the rest open.
            markFirstDone(owner, setup, 3000);
            owner.commit();
            owner.setAutoCommit(true);
            try (var analyze = owner.createStatement()) {
                analyze.execute("analyze items");
            }
        }
        JsonNode plan = json.readTree(PostgresDatabase.shared().explainAnalyze(setup.lab().id(), Claiming.openItemSql(false),
                setup.lab().id(), setup.project().id(), UUID.randomUUID())).get(0).get("Plan");
        long buffers = plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
        assertThat(plan.toString()).as("plan").contains("\"Index Name\":\"items_ranked_queue\"").doesNotContain("Rows Removed by Filter\":3000");
        assertThat(plan.get("Actual Rows").asLong()).as("one open item claimed").isEqualTo(1);
        // The rows just marked done leave dead entries in items_ranked_queue's open range until vacuum (about 140 buffers
        // here); a walk from the project's first item reads over 6,000.
        assertThat(buffers).as("buffers read by the open-item query; plan: %s", plan).isLessThan(1000);
    }

    /** As the owner, in its open transaction: the project's first {@code count} items in id order marked DONE. */
    static void markFirstDone(Connection owner, Fixtures.LabProject setup, int count) throws Exception {
        setTenant(owner, setup.lab().id());
        try (var done = owner.prepareStatement("""
                update items set state = 'DONE', done_count = 1 where tenant_id = ? and id in (
                    select id from items where tenant_id = ? and project_id = ? order by id limit ?)""")) {
            done.setObject(1, setup.lab().id());
            done.setObject(2, setup.lab().id());
            done.setObject(3, setup.project().id());
            done.setInt(4, count);
            assertThat(done.executeUpdate()).isEqualTo(count);
        }
    }

    private static void setTenant(Connection c, UUID tenant) throws Exception {
        try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }
}
