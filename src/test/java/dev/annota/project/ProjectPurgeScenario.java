package dev.annota.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.annota.audit.internal.AuditLog;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.UuidOccurrences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a project, restoring it, deleting it again and purging it after the grace period, on whichever database the
 * subclass configures: afterwards no uuid column of any table in the catalog holds the project's id or its items' ids
 * except the access log's events (append-only: the purge is one of them), and the tenant's other project is exactly
 * as before.
 */
abstract class ProjectPurgeScenario {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired ProjectLifeCycle lifeCycle;
    @Autowired AuditLog log;

    /** A connection that sees every row of every tenant (no row-level security applies to it). */
    abstract Connection inspector() throws SQLException;

    private ApiClient client(CurrentUser user) {
        return fixtures.client(user);
    }

    @Test
    void aDeletedProjectIsHiddenRestorableAndAfterItsGracePurgedFromEveryModuleWithEachStepInTheAccessLog() throws Exception {
        var setup = fixtures.labProject("Purging lab", 2, 0);
        Organization lab = setup.lab();
        CurrentUser manager = setup.manager();
        Project project = setup.project();
        fixtures.itemsWithGold(project, manager, 3);
        CurrentUser first = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser second = fixtures.user(lab, Role.ANNOTATOR);
        Project sibling = fixtures.project(manager, 1, 600);
        fixtures.items(sibling, manager, 2);
        ApiClient managerApi = client(manager);
        String base = "/api/v1/projects/" + project.id();
        // One qualification item: each annotator's first claim is a gold item (a gold result).
        assertThat(managerApi.putJson(base + "/quality/settings", "{\"qualificationItems\":1}").status()).isEqualTo(200);
        assertThat(managerApi.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status())
                .isEqualTo(200);
        ApiClient firstApi = client(first);
        for (int i = 0; i < 2; i++) {
            JsonNode task = firstApi.postEmpty(base + "/tasks/next").json();
            var submitted = firstApi.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"a\"}");
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        }
        assertThat(client(second).postEmpty(base + "/tasks/next").status())
                .isEqualTo(200);
        Map<String, Long> siblingBefore = rowsOf(sibling.id());
        assertThat(siblingBefore).containsEntry("items.project_id", 2L);
        Set<UUID> ids = new HashSet<>(itemIds(project.id()));
        ids.add(project.id());
        assertThat(occurrences(ids).keySet()).as("the project's rows before")
                .contains("items.project_id", "assignments.project_id", "annotations.project_id", "gold_results.project_id",
                        "quality_settings.project_id", "review_settings.project_id", "label_schemas.project_id");

        // Deleted: hidden at once, listed to its managers with the purge date; restored within the grace.
        var deleted = managerApi.delete(base);
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(202);
        assertThat(deleted.json().get("purgeAfter").asString()).isNotBlank();
        assertThat(managerApi.get(base).status()).isEqualTo(404);
        assertThat(client(first).postEmpty(base + "/tasks/next").status())
                .isEqualTo(404);
        assertThat(ids(managerApi.get("/api/v1/projects").json())).contains(sibling.id().toString())
                .doesNotContain(project.id().toString());
        assertThat(ids(managerApi.get("/api/v1/projects?deleted=true").json())).containsExactly(project.id().toString());
        assertThat(managerApi.postJson(base + "/restore", "{}").status()).isEqualTo(200);
        assertThat(managerApi.get(base).status()).isEqualTo(200);
        assertThat(lifeCycle.due()).noneMatch(d -> d.projectId().equals(project.id()));

        // Deleted again, and the grace period over: the scheduled purge removes every module's rows of it.
        assertThat(managerApi.delete(base).status()).isEqualTo(202);
        endGrace(project.id());
        var due = lifeCycle.due().stream().filter(d -> d.projectId().equals(project.id())).toList();
        assertThat(due).hasSize(1);
        assertThat(lifeCycle.purge(due.getFirst())).isTrue();
        assertThat(lifeCycle.purge(due.getFirst())).as("a second run finds nothing to do").isFalse();
        assertThat(occurrences(ids)).as("the project's ids anywhere in the database after its purge")
                .containsOnlyKeys("audit_events.project_id", "audit_events.item_id");
        assertThat(rowsOf(sibling.id())).isEqualTo(siblingBefore);
        assertThat(managerApi.postJson(base + "/restore", "{}").status()).isEqualTo(404);

        log.integrate(lab.id());
        var actions = new ArrayList<String>();
        log.lines(lab.id(), 0, log.treeSize(lab.id()), line -> {
            if (line.contains(project.id().toString()) && line.contains("\"action\":\"project.")) {
                actions.add(line.replaceAll(".*\"action\":\"(project\\.[a-z-]+)\".*", "$1"));
            }
        });
        assertThat(actions).containsSubsequence("project.create", "project.quality", "project.delete", "project.restore",
                "project.delete", "project.purge");
    }

    @Test
    void onlyTheOwnersAdminsAndManagersDeleteOrRestore() throws Exception {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Kept lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        String base = "/api/v1/projects/" + project.id();
        assertThat(client(fixtures.user(lab, Role.ANNOTATOR)).delete(base).status()).isEqualTo(403);
        var rival = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Rival"), Role.values());
        assertThat(client(rival).delete(base).status()).isEqualTo(404);
        assertThat(client(manager).delete(base).status()).isEqualTo(202);
        assertThat(client(rival).postJson(base + "/restore", "{}").status()).isEqualTo(404);
        assertThat(client(fixtures.user(lab, Role.ANNOTATOR)).postJson(base + "/restore", "{}").status()).isEqualTo(403);
        assertThat(client(fixtures.user(lab, Role.ADMIN)).postJson(base + "/restore", "{}").status()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    /** The grace period is over: what the clock would do after annota.projects.deletion-grace. */
    private void endGrace(UUID projectId) throws SQLException {
        try (Connection c = inspector();
             var s = c.prepareStatement("update project_deletions set purge_after = ? where project_id = ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)));
            s.setObject(2, projectId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private List<UUID> itemIds(UUID projectId) throws SQLException {
        var ids = new ArrayList<UUID>();
        try (Connection c = inspector(); var s = c.prepareStatement("select id from items where project_id = ?")) {
            s.setObject(1, projectId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private Map<String, Long> rowsOf(UUID projectId) throws SQLException {
        var ids = new HashSet<>(itemIds(projectId));
        ids.add(projectId);
        return occurrences(ids);
    }

    /** For every uuid column of every table in the catalog: how many rows hold one of the ids ("table.column" → rows). */
    private Map<String, Long> occurrences(Set<UUID> ids) throws SQLException {
        try (Connection c = inspector()) {
            return UuidOccurrences.in(c, ids);
        }
    }
}
