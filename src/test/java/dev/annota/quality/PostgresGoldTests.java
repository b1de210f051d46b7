package dev.annota.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;

/** The gold step of the claim and the gold import (COPY) on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
class PostgresGoldTests extends GoldScenario {

    @Test
    void goldResultsAndQualitySettingsAreVisibleOnlyInsideTheirTenantsTransactions() {
        var s = setup(1, 2, 1, quality(1.0, 0, 0, 0, 10, null, null));
        var who = annotator(s);
        answer(who, queue.next(who).orElseThrow(), "b");
        var otherTenant = setup(1, 1, 0, quality(0.5, 0, 0, 0, 10, null, null)).project().tenantId();
        String count = "select count(*) from %s where project_id = ?";
        for (String table : new String[] {"gold_results", "quality_settings"}) {
            assertThat(tenants.read(s.project().tenantId(), () -> jdbc.sql(count.formatted(table))
                    .param(s.project().id()).query(Long.class).single())).as(table).isEqualTo(1);
            // Row-level security (V8_1): another tenant's transaction, and no transaction at all, see none of them.
            assertThat(tenants.read(otherTenant, () -> jdbc.sql(count.formatted(table))
                    .param(s.project().id()).query(Long.class).single())).as(table).isZero();
            assertThat(jdbc.sql(count.formatted(table)).param(s.project().id()).query(Long.class).single()).as(table).isZero();
        }
    }
}
