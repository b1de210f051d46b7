package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The manager's items browser, item view and dashboard figures over HTTP: 25 items with overlap 2, one annotator
 * labels 12 of them and another 6, through claim and submit.
 */
@ApiTest
class BrowseApiTests {

    private static final List<String> OPTIONS = List.of("a", "b", "c");
    private static final int ITEMS = 25;

    @Autowired
    Fixtures fixtures;

    private Organization lab;
    private CurrentUser managerUser;
    private Project project;
    private ApiClient manager;
    private CurrentUser first;
    private CurrentUser second;
    /** label chosen, by item id, per annotator */
    private Map<String, String> byFirst;
    private Map<String, String> bySecond;
    private List<String> itemIds;

    @BeforeEach
    void aLabeledProject() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        managerUser = fixtures.user(lab, Role.MANAGER);
        project = fixtures.project(managerUser, 2, 600);
        fixtures.items(project, managerUser, ITEMS);
        manager = fixtures.client(managerUser);
        first = fixtures.user(lab, Role.ANNOTATOR);
        second = fixtures.user(lab, Role.ANNOTATOR);
        byFirst = label(first, 12, 0);
        bySecond = label(second, 6, 1);
        itemIds = new ArrayList<>();
        pages("", 100).forEach(p -> p.get("items").forEach(i -> itemIds.add(i.get("id").asString())));
    }

    private String base() {
        return "/api/v1/projects/" + project.id();
    }

    private Map<String, String> label(CurrentUser annotator, int count, int seed) {
        var c = fixtures.client(annotator);
        var chosen = new HashMap<String, String>();
        for (int i = 0; i < count; i++) {
            var task = c.post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
            assertThat(task.status()).as(task.toString()).isEqualTo(200);
            String item = task.json().get("itemId").asString();
            String label = OPTIONS.get(Math.floorMod(item.hashCode() + seed, OPTIONS.size()));
            var submitted = c.postJson(base() + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                    "{\"label\": \"" + label + "\"}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            chosen.put(item, label);
        }
        return chosen;
    }

    /** Follows nextCursor from the first page to the end; every page as the API answered it. */
    private List<JsonNode> pages(String query, int limit) {
        var pages = new ArrayList<JsonNode>();
        String after = null;
        do {
            var answer = manager.get(base() + "/items?limit=" + limit + query + (after == null ? "" : "&after=" + after));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode page = answer.json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            pages.add(page);
            after = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            assertThat(pages).as("paging ends").hasSizeLessThan(100);
        } while (after != null);
        return pages;
    }

    private List<String> ids(String query, int limit) {
        var ids = new ArrayList<String>();
        pages(query, limit).forEach(p -> p.get("items").forEach(i -> ids.add(i.get("id").asString())));
        return ids;
    }

    @Test
    void pagingVisitsEveryItemExactlyOnceInImportOrder() {
        var pages = pages("", 7);
        List<String> ids = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        pages.forEach(p -> p.get("items").forEach(i -> {
            ids.add(i.get("id").asString());
            externalIds.add(i.get("externalId").asString());
        }));

        assertThat(pages).hasSize(4); // 7 + 7 + 7 + 4
        assertThat(pages.getLast().get("nextCursor").isNull()).isTrue();
        assertThat(ids).hasSize(ITEMS).doesNotHaveDuplicates().isSorted();
        assertThat(externalIds).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, ITEMS).mapToObj(i -> "item-" + i).toList());
        // Pages of another size cut the same sequence differently but never change it.
        assertThat(ids("", 3)).isEqualTo(ids);
        assertThat(ids("", ITEMS)).isEqualTo(ids);
    }

    @Test
    void eachRowCarriesItsStateAndCounts() {
        var rows = new HashMap<String, JsonNode>();
        pages("", 10).forEach(p -> p.get("items").forEach(i -> rows.put(i.get("id").asString(), i)));
        for (String id : itemIds) {
            int answers = (byFirst.containsKey(id) ? 1 : 0) + (bySecond.containsKey(id) ? 1 : 0);
            JsonNode row = rows.get(id);
            assertThat(row.get("annotations").asInt()).as(id).isEqualTo(answers);
            assertThat(row.get("state").asString()).as(id).isEqualTo(answers == 2 ? "DONE" : "OPEN");
            assertThat(row.get("openSlots").asInt()).isEqualTo(2 - answers);
            assertThat(row.get("leased").asInt()).isZero();
        }
    }

    @Test
    void theStateFilterKeepsExactlyTheItemsInThatState() {
        Set<String> done = byFirst.keySet().stream().filter(bySecond::containsKey).collect(Collectors.toSet());
        assertThat(done).isNotEmpty();

        assertThat(ids("&state=DONE", 2)).containsExactlyElementsOf(itemIds.stream().filter(done::contains).toList());
        assertThat(ids("&state=open", 4)).containsExactlyElementsOf(itemIds.stream().filter(i -> !done.contains(i)).toList());
        assertThat(ids("&state=FULL", 4)).isEmpty();
        assertThat(manager.get(base() + "/items?state=LATE").status()).isEqualTo(400);
    }

    @Test
    void theAnnotatorFilterKeepsTheItemsThatAnnotatorAnswered() {
        assertThat(ids("&annotator=" + first.id(), 5)).containsExactlyElementsOf(itemIds.stream().filter(byFirst::containsKey).toList());
        assertThat(ids("&annotator=" + second.id(), 4)).containsExactlyElementsOf(itemIds.stream().filter(bySecond::containsKey).toList());
        Set<String> done = byFirst.keySet().stream().filter(bySecond::containsKey).collect(Collectors.toSet());
        assertThat(ids("&annotator=" + second.id() + "&state=DONE", 1)).containsExactlyElementsOf(itemIds.stream().filter(done::contains).toList());
        assertThat(ids("&annotator=" + managerUser.id(), 5)).isEmpty();
    }

    @Test
    void theLabelFilterKeepsTheItemsWithAnAnswerOfThatValueWithoutGapsOrDuplicatesAcrossPages() {
        for (String option : OPTIONS) {
            Set<String> expected = new HashSet<>();
            byFirst.forEach((item, label) -> { if (label.equals(option)) expected.add(item); });
            bySecond.forEach((item, label) -> { if (label.equals(option)) expected.add(item); });

            var found = ids("&question=label&value=" + option, 2);

            assertThat(found).as(option).doesNotHaveDuplicates().isSorted()
                    .containsExactlyElementsOf(itemIds.stream().filter(expected::contains).toList());
            // With an annotator, that annotator's answer must be the one matching.
            assertThat(ids("&question=label&value=" + option + "&annotator=" + second.id(), 1))
                    .containsExactlyElementsOf(itemIds.stream().filter(i -> option.equals(bySecond.get(i))).toList());
        }
        assertThat(ids("&question=other&value=a", 5)).isEmpty();
        assertThat(manager.get(base() + "/items?question=label").status()).isEqualTo(400);
    }

    @Test
    void eachRowPreviewsItsTextAndTheTextFilterFindsItemsByWordsOfTheirDataAcrossPages(@Autowired JdbcClient jdbc) {
        // "TEXT 1" (any case) is in "text 1" and "text 10" to "text 19": 11 of the 25 items, found through pages of 4.
        var found = new ArrayList<String>();
        for (JsonNode page : pages("&text=TEXT%201", 4)) {
            page.get("items").forEach(i -> {
                String n = i.get("externalId").asString().substring("item-".length());
                assertThat(i.get("preview").get("text").asString()).isEqualTo("text " + n);
                found.add(n);
            });
        }
        assertThat(found).containsExactlyInAnyOrder("1", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19");
        assertThat(pages("&text=nowhere", 10).getFirst().get("items")).isEmpty();
        // The previews of a page are one browse event of the access log, counting the items shown.
        assertThat(jdbc.sql("select count(*) from audit_events where tenant_id = ? and action = 'payload.browse' "
                        + "and detail = 'preview' and actor_id = ? and item_id is null")
                .params(lab.id(), managerUser.id()).query(Long.class).single()).isPositive();
        var tooLong = manager.get(base() + "/items?text=" + "x".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("field").asString()).isEqualTo("text");
    }

    @Test
    void theItemViewShowsTheDataAndEveryAnnotatorsAnswerSideBySideAndTheAccessLogRecordsIt(@Autowired JdbcClient jdbc) {
        String both = itemIds.stream().filter(i -> byFirst.containsKey(i) && bySecond.containsKey(i)).findFirst().orElseThrow();

        var answer = manager.get(base() + "/items/" + both);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode item = answer.json();
        assertThat(item.get("data").get("text").asString()).startsWith("text ");
        assertThat(item.get("state").asString()).isEqualTo("DONE");
        Map<String, String> answers = new HashMap<>();
        item.get("answers").forEach(a -> answers.put(a.get("annotatorId").asString(), a.get("answer").get("label").asString()));
        assertThat(answers).isEqualTo(Map.of(first.id().toString(), byFirst.get(both), second.id().toString(), bySecond.get(both)));
        assertThat(item.get("answers").get(0).get("annotatorName").asString()).startsWith("Test ");
        assertThat(jdbc.sql("select count(*) from audit_events where tenant_id = ? and action = 'payload.browse' "
                        + "and item_id = ? and actor_id = ?")
                .params(lab.id(), java.util.UUID.fromString(both), managerUser.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyManagersOfTheOwningOrganizationSeeItemsAnswersAndFigures() {
        String item = itemIds.getFirst();
        var otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        var stranger = fixtures.client(fixtures.user(otherLab, Role.MANAGER));
        var annotator = fixtures.client(first);
        var vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        var engage = manager.postJson(base() + "/engagements", "{\"workforceOrgId\": \"" + vendor.id() + "\"}");
        assertThat(engage.status()).as(engage.toString()).isIn(200, 201);
        var vendorManager = fixtures.client(fixtures.user(vendor, Role.MANAGER));

        for (String path : List.of("/items", "/items/" + item, "/stats")) {
            assertThat(stranger.get(base() + path).status()).as("other org " + path).isEqualTo(404);
            var forbidden = annotator.get(base() + path);
            assertThat(forbidden.status()).as("annotator " + path).isEqualTo(403);
            assertThat(forbidden.text()).doesNotContain("text ");
            assertThat(vendorManager.get(base() + path).status()).as("engaged vendor " + path).isEqualTo(403);
            assertThat(fixtures.anonymous().get(base() + path).status()).isEqualTo(401);
        }
        // An item of another project of the same organization is not found through this project.
        Project other = fixtures.project(managerUser, 1, 600);
        assertThat(manager.get("/api/v1/projects/" + other.id() + "/items/" + item).status()).isEqualTo(404);
    }

    @Test
    void theDashboardFiguresCountItemsByStateAndAnnotationsPerHourWithCompletion() {
        var answer = manager.get(base() + "/stats");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode stats = answer.json();
        long done = byFirst.keySet().stream().filter(bySecond::containsKey).count();
        assertThat(stats.get("items").asLong()).isEqualTo(ITEMS);
        assertThat(stats.get("done").asLong()).isEqualTo(done);
        assertThat(stats.get("open").asLong()).isEqualTo(ITEMS - done);
        assertThat(stats.get("annotations").asLong()).isEqualTo(18);
        assertThat(stats.get("annotationsLast7Days").asLong()).isEqualTo(18);
        JsonNode hours = stats.get("perHour");
        assertThat(hours).hasSize(7 * 24);
        long sum = 0;
        for (JsonNode h : hours) {
            sum += h.get("annotations").asLong();
        }
        assertThat(sum).isEqualTo(18);
        // All were made just now: the last hour holds them, and completion reaches 18 / (25 × 2) there.
        assertThat(hours.get(hours.size() - 1).get("annotations").asLong()).isEqualTo(18);
        assertThat(hours.get(hours.size() - 1).get("completion").asDouble()).isEqualTo(18 / 50.0);
        assertThat(hours.get(0).get("completion").asDouble()).isZero();
        assertThat(stats.get("completion").asDouble()).isEqualTo(18 / 50.0);
        assertThat(java.time.Instant.parse(hours.get(1).get("hour").asString()))
                .isEqualTo(java.time.Instant.parse(hours.get(0).get("hour").asString()).plusSeconds(3600));
    }
}
