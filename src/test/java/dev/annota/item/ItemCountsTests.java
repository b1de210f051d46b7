package dev.annota.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The project page's and the dashboard's item counts come from running totals (item_counts, V43) that a trigger on
 * items keeps: they equal a count over the items after imports with gold, state changes in one statement and one at a
 * time, a rolled-back change, deletions and concurrent writers. On H2 here (the Java row trigger), on PostgreSQL under
 * row-level security in ItemCountsPostgresTests (the statement triggers and their slots).
 */
@ApiTest
class ItemCountsTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Items items;
    @Autowired
    ItemRows rows;
    @Autowired
    TenantScope scope;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Long> countedOverTheItems(UUID lab, UUID project) {
        var counted = new LinkedHashMap<String, Long>();
        scope.read(lab, () -> jdbc.sql("select state, count(*) from items where tenant_id = ? and project_id = ? group by state")
                .params(lab, project).query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list());
        return counted;
    }

    private Map<String, Long> kept(UUID lab, UUID project) {
        return scope.read(lab, () -> rows.countsByState(lab, project));
    }

    /** The queue depth metric's figure: the open slots of OPEN items, kept (V45) and summed over the items. */
    private void assertKeptOpenSlotsEqualASumOverTheItems(UUID lab, UUID project) {
        long kept = scope.read(lab, () -> jdbc.sql("select coalesce(sum(open_slots), 0) from item_counts where tenant_id = ? and project_id = ?")
                .params(lab, project).query(Long.class).single());
        long summed = scope.read(lab, () -> jdbc.sql("select coalesce(sum(open_slots), 0) from items where tenant_id = ? and project_id = ? "
                + "and state = 'OPEN'").params(lab, project).query(Long.class).single());
        assertThat(kept).as("open slots").isEqualTo(summed);
    }

    @Test
    void theKeptCountsEqualACountOverTheItemsAfterImportsChangesAndDeletions() {
        var setup = fixtures.labProject("Counts lab", 1, 0);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        fixtures.itemsWithGold(setup.project(), setup.manager(), 5);
        var access = fixtures.access(setup.project(), setup.manager());
        assertThat(kept(lab, project)).containsExactlyInAnyOrderEntriesOf(Map.of("OPEN", 5L, "GOLD", 5L));

        scope.write(lab, () -> {
            // A claim's kind of change, one item at a time, then a bulk one, then a change of no state.
            jdbc.sql("update items set state = 'FULL', open_slots = 0 where tenant_id = ? and project_id = ? and external_id = "
                    + "(select min(external_id) from items where tenant_id = ? and project_id = ? and state = 'OPEN')")
                    .params(lab, project, lab, project).update();
            jdbc.sql("update items set state = 'DONE', done_count = 1, open_slots = 0 where tenant_id = ? and project_id = ? "
                    + "and state = 'OPEN' and id in (select id from items where tenant_id = ? and project_id = ? and state = 'OPEN' "
                    + "order by id limit 2)").params(lab, project, lab, project).update();
            jdbc.sql("update items set queue_rank = 1 where tenant_id = ? and project_id = ?").params(lab, project).update();
            // Slots added to open items without a change of state (an overlap raised, a rework's extra slot).
            jdbc.sql("update items set open_slots = open_slots + 2 where tenant_id = ? and project_id = ? and state = 'OPEN'")
                    .params(lab, project).update();
        });
        assertThat(kept(lab, project)).isEqualTo(countedOverTheItems(lab, project))
                .containsExactlyInAnyOrderEntriesOf(Map.of("OPEN", 2L, "FULL", 1L, "DONE", 2L, "GOLD", 5L));
        assertKeptOpenSlotsEqualASumOverTheItems(lab, project);
        assertThat(items.counts(access)).isEqualTo(new ItemCounts(5, 2, 1, 2));
        assertThat(items.goldCount(access)).isEqualTo(5);

        assertThatThrownBy(() -> scope.write(lab, () -> {
            jdbc.sql("update items set state = 'DONE' where tenant_id = ? and project_id = ?").params(lab, project).update();
            throw new IllegalStateException("the request failed after the change");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(kept(lab, project)).isEqualTo(countedOverTheItems(lab, project));
        assertKeptOpenSlotsEqualASumOverTheItems(lab, project);

        var someItems = scope.read(lab, () -> jdbc.sql("select id from items where tenant_id = ? and project_id = ? order by id limit 4")
                .params(lab, project).query(UUID.class).list());
        items.delete(access, someItems, "counted test");
        assertThat(kept(lab, project)).isEqualTo(countedOverTheItems(lab, project));
        assertKeptOpenSlotsEqualASumOverTheItems(lab, project);
        assertThat(items.counts(access).total() + items.goldCount(access)).isEqualTo(6);
    }

    @Test
    void concurrentChangesOfOneProjectAllCount() throws Exception {
        var setup = fixtures.labProject("Counts concurrency lab", 1, 60);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        var ids = scope.read(lab, () -> jdbc.sql("select id from items where tenant_id = ? and project_id = ? order by id")
                .params(lab, project).query(UUID.class).list());
        int threads = 6;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var done = new java.util.ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                int from = t * 10;
                done.add(pool.submit(() -> {
                    for (int i = from; i < from + 10; i++) {
                        UUID id = ids.get(i);
                        scope.write(lab, () -> jdbc.sql("update items set state = 'FULL' where tenant_id = ? and id = ?").params(lab, id).update());
                        scope.write(lab, () -> jdbc.sql("update items set state = 'DONE' where tenant_id = ? and id = ?").params(lab, id).update());
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        assertThat(kept(lab, project)).isEqualTo(countedOverTheItems(lab, project)).containsExactlyEntriesOf(Map.of("DONE", 60L));
        assertKeptOpenSlotsEqualASumOverTheItems(lab, project);
    }
}
