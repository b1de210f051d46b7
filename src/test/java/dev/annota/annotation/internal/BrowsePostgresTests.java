package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.ProjectAccess;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browse queries on PostgreSQL, as the application role under row-level security: keyset pages, the filters,
 * the item view and the dashboard figures give the same answers as on H2.
 */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class BrowsePostgresTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemBrowser browser;
    @Autowired
    WorkQueue queue;
    @Autowired
    JsonMapper json;

    @Test
    void pagesFiltersItemViewAndFiguresWorkUnderRowLevelSecurity() {
        var setup = fixtures.labProject("PG browse lab", 2, 12);
        ProjectAccess access = fixtures.access(setup.project(), setup.manager());
        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        Map<UUID, String> chosen = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            var task = queue.next(annotator, setup.project().id()).orElseThrow();
            String label = i % 2 == 0 ? "a" : "b";
            queue.submit(annotator, setup.project().id(), task.assignmentId(), json.readTree("{\"label\": \"" + label + "\"}"), null);
            chosen.put(task.itemId(), label);
        }

        var all = new ArrayList<UUID>();
        UUID after = null;
        do {
            var page = browser.page(access, new ItemBrowser.Filter(null, null, null, null), after, 5);
            page.items().forEach(r -> all.add(r.id()));
            after = page.nextCursor() == null ? null : UUID.fromString(page.nextCursor());
        } while (after != null);
        assertThat(all).hasSize(12).doesNotHaveDuplicates();
        assertThat(all.stream().map(UUID::toString).toList()).isSorted();

        var byAnnotator = browser.page(access, new ItemBrowser.Filter(null, annotator.id(), null, null), null, 50);
        assertThat(byAnnotator.items()).extracting(ItemBrowser.ItemRow::id).containsExactlyInAnyOrderElementsOf(chosen.keySet());
        var labeledA = browser.page(access, new ItemBrowser.Filter("open", null, "label", "a"), null, 2);
        List<UUID> expectedA = all.stream().filter(id -> "a".equals(chosen.get(id))).toList();
        assertThat(labeledA.items()).extracting(ItemBrowser.ItemRow::id).containsExactlyElementsOf(expectedA.subList(0, 2));
        assertThat(labeledA.nextCursor()).isNotNull();

        UUID one = chosen.keySet().iterator().next();
        var item = browser.item(access, one);
        assertThat(item.answers()).singleElement().satisfies(a -> assertThat(a.answer().get("label").asString()).isEqualTo(chosen.get(one)));
        assertThat(item.data().get("text").asString()).startsWith("text ");

        var stats = browser.stats(access);
        assertThat(stats.items()).isEqualTo(12);
        assertThat(stats.annotationsLast7Days()).isEqualTo(5);
        assertThat(stats.perHour().getLast().annotations()).isEqualTo(5);
        assertThat(stats.completion()).isEqualTo(5 / 24.0);
    }

    /**
     * A page of a project whose items were imported after another project's of the same tenant: the page reads its
     * own index range, not the tenant's primary key from the first item on (which gives the same order once the project
     * is fixed, and which PostgreSQL took for 10M items behind 100,000 of another project: 200 ms, docs/benchmarks.md).
     */
    @Test
    void aPageOfAProjectImportedAfterAnotherReadsOnlyItsOwnRange() throws Exception {
        // The second project holds most of the tenant's items: the planner then takes the primary key's walk, filtered
        // by project, to be as good as the project's own range (a half and half split does not show it).
        var first = fixtures.labProject("PG browse, imported first", 1, 1_000);
        var second = fixtures.project(first.manager(), 1, 600);
        fixtures.items(second, first.manager(), 40_000);
        UUID middle;
        try (Connection owner = PostgresDatabase.shared().connect(PostgresDatabase.OWNER); var vacuum = owner.createStatement()) {
            owner.setAutoCommit(true);
            vacuum.execute("vacuum analyze items");
            vacuum.execute("select set_config('app.tenant_id', '" + first.lab().id() + "', false)"); // row-level security
            var rows = vacuum.executeQuery("select id from items where project_id = '" + second.id() + "' order by id offset 20000 limit 1");
            rows.next();
            middle = rows.getObject(1, UUID.class);
        }
        // Page 1 and a page from the middle, unfiltered and by state: a state none of the items is in (DONE) must end at
        // once, not read on through the other states' entries.
        for (UUID after : List.of(ItemBrowser.BEFORE_FIRST, middle)) {
            for (var filter : List.of(new ItemBrowser.Filter(null, null, null, null), new ItemBrowser.Filter("open", null, null, null),
                    new ItemBrowser.Filter("done", null, null, null))) {
                String sql = ItemBrowser.pageQuery(filter, true).replaceAll(":[a-z]+", "?");
                List<Object> params = new ArrayList<>(List.of(first.lab().id(), second.id()));
                if (filter.state() != null) {
                    params.add(filter.state());
                }
                params.addAll(List.of(after, second.id()));
                if (filter.state() != null) {
                    params.add(filter.state());
                }
                params.addAll(List.of(after, 51));
                JsonNode plan = json.readTree(PostgresDatabase.shared().explainAnalyze(first.lab().id(), sql, params.toArray()))
                        .get(0).get("Plan");
                String page = (after == middle ? "middle page, " : "page 1, ") + filter;
                assertThat(plan.toString()).as(page + ": " + plan).doesNotContain("items_pkey");
                assertThat(plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong())
                        .as("buffers read for the " + page + ": " + plan).isLessThan(60);
            }
        }
    }
}
