package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exports' rows on PostgreSQL come through a declared cursor, which PostgreSQL plans for its first rows: for a
 * large project a merge of the items' index with the answers, streaming from the first row, where the same statement
 * planned for all its rows hashed and sorted every row first (10,000,000 items: the first byte after 32 s instead of
 * at once, docs/benchmarks.md "Ten million items"; at a test's size both plans are the same, so the plan itself is
 * checked by that benchmark, not here).
 */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class RowStreamPostgresTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    RowStream rows;
    @Autowired
    TenantScope tenants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsComeInOrderAcrossBatchesAndTheSameTransactionCanWalkTwice() {
        var setup = fixtures.labProject("PG export cursor batches", 1, RowStream.BATCH * 2 + 17);
        UUID tenant = setup.lab().id();
        List<List<String>> walks = tenants.read(tenant, () -> {
            var both = new ArrayList<List<String>>();
            for (int walk = 0; walk < 2; walk++) {
                var ids = new ArrayList<String>();
                var open = new ArrayList<Integer>();
                rows.query("select id from items where tenant_id = ? and project_id = ? order by id", rs -> {
                    if (ids.isEmpty()) {
                        open.add(cursors());
                    }
                    ids.add(rs.getString(1));
                }, tenant, setup.project().id());
                open.add(cursors());
                assertThat(open).as("the declared cursor during the walk, and after it").containsExactly(1, 0);
                both.add(ids);
            }
            return both;
        });
        assertThat(walks.getFirst()).hasSize(RowStream.BATCH * 2 + 17).doesNotHaveDuplicates().isSorted();
        assertThat(walks.get(1)).isEqualTo(walks.getFirst());
    }

    /** The export's cursors open in the current transaction. */
    private int cursors() {
        return jdbc.queryForObject("select count(*) from pg_cursors where name = 'annota_export_rows'", Integer.class);
    }
}
