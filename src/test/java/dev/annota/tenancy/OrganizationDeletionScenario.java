package dev.annota.tenancy;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.annota.audit.internal.AuditLog;
import dev.annota.audit.internal.SignedNote;
import dev.annota.crypto.TenantKeys;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.internal.TenantTables;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.UuidOccurrences;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an organization deletes it, on whichever database the subclass configures: afterwards no column of any
 * table in the catalog (every uuid column of every table, tenant-owned or platform) holds the organization's id, its
 * users', its projects' or its items' ids, except the one documented tombstone (the access log's final checkpoint);
 * its sessions are gone; other tenants' rows are exactly as before; a workforce's deletion ends its engagements in its
 * customers' logs.
 */
abstract class OrganizationDeletionScenario {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired Users users;
    @Autowired TenantKeys keys;
    @Autowired TenantTables tenantTables;
    @Autowired AuditLog log;

    /** A connection that sees every row of every tenant (no row-level security applies to it). */
    abstract Connection inspector() throws SQLException;

    record World(Organization lab, CurrentUser admin, CurrentUser manager, Project project, Organization vendor,
                 CurrentUser vendorAnnotator, Organization bystander, Project bystanderProject, Set<UUID> labIds) {
    }

    /** A lab with a bit of everything: items, a claim and an answer by an engaged vendor, keys rotated, wall settings. */
    World world() throws Exception {
        var setup = fixtures.labProject("Deleted lab", 1, 4);
        Organization lab = setup.lab();
        CurrentUser manager = setup.manager();
        Project project = setup.project();
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        CurrentUser ownAnnotator = fixtures.user(lab, Role.ANNOTATOR);
        Organization vendor = fixtures.engagedVendor(setup);
        CurrentUser vendorAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient vendorApi = fixtures.client(vendorAnnotator);
        assertThat(WorkSteps.submit(vendorApi, project.id(), WorkSteps.claim(vendorApi, project.id()), null).status()).isEqualTo(201);
        WorkSteps.claim(fixtures.client(ownAnnotator), project.id()); // a lease held when the lab goes
        // A quality report kept for the project (quality_reports, sealed): re-encrypted by the rotation, then deleted.
        assertThat(fixtures.client(manager).get("/api/v1/projects/" + project.id() + "/quality?method=ds").status()).isEqualTo(200);
        ApiClient adminApi = fixtures.loggedIn(admin);
        assertThat(adminApi.post("/api/v1/organizations/" + lab.id() + "/keys/rotate", "application/json",
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(202);
        keys.reencryptNow(java.time.Duration.ofSeconds(30));
        assertThat(adminApi.putJson("/api/v1/organizations/me/wall-policy", "{\"coolingOffDays\":30}").status()).isEqualTo(200);
        assertThat(adminApi.postJson("/api/v1/organizations/me/excluded-affiliations", "{\"employer\":\"Rival\"}").status())
                .isEqualTo(201);
        assertThat(fixtures.client(manager).putJson("/api/v1/projects/" + project.id() + "/quality/settings", "{\"goldRate\":0.2}").status())
                .isEqualTo(200);
        assertThat(fixtures.client(manager).postJson("/api/v1/me/affiliations", "{\"employer\":\"Somewhere\"}").status()).isEqualTo(201);

        var bystanderSetup = fixtures.labProject("Bystander", 1, 3);
        Organization bystander = bystanderSetup.lab();
        Project bystanderProject = bystanderSetup.project();
        CurrentUser bystanderAdmin = fixtures.user(bystander, Role.ADMIN);
        // Each names the other a competitor: the bystander's edge to the lab goes with the lab.
        assertThat(fixtures.client(bystanderAdmin).putJson("/api/v1/organizations/me/competitors/" + lab.id(), "{}").status()).isEqualTo(204);
        assertThat(adminApi.putJson("/api/v1/organizations/me/competitors/" + bystander.id(), "{}").status()).isEqualTo(204);
        log.integrate(lab.id());
        log.integrate(bystander.id());

        Set<UUID> labIds = new HashSet<>(Set.of(lab.id(), admin.id(), manager.id(), ownAnnotator.id(), project.id()));
        try (Connection c = inspector(); var s = c.prepareStatement("select id from items where tenant_id = ?")) {
            s.setObject(1, lab.id());
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    labIds.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return new World(lab, admin, manager, project, vendor, vendorAnnotator, bystander, bystanderProject, labIds);
    }

    @Test
    void deletingACustomerLeavesNoRowOfItAnywhereAndTouchesNoOtherTenant() throws Exception {
        World w = world();
        assertThat(occurrences(w.labIds())).as("the lab's ids are in the database before").isNotEmpty();
        assertThat(sessionsOf(w.admin().email())).isPositive();
        Map<String, Long> bystanderBefore = tenantRows(w.bystander().id());
        assertThat(bystanderBefore.get("items")).isEqualTo(3);

        ApiClient admin = fixtures.client(w.admin());
        var deleted = admin.postJson("/api/v1/organizations/" + w.lab().id() + "/deletion",
                "{\"confirmOrganizationName\":\"" + w.lab().name() + "\"}");
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        JsonNode report = deleted.json();
        assertThat(report.get("usersDeleted").asInt()).isEqualTo(3);
        assertThat(report.get("tenantRowsDeleted").get("items").asInt()).isEqualTo(4);
        assertThat(report.get("tenantRowsDeleted").get("quality_reports").asInt()).isEqualTo(1);
        // The final checkpoint is signed by the server's key and covers the deletion event.
        var checkpoint = SignedNote.verify(report.get("finalCheckpoint").asString(), log.publicKey());
        assertThat(checkpoint.origin()).endsWith("/" + w.lab().id());
        assertThat(checkpoint.size()).isGreaterThan(5);

        // Left: the final checkpoint, and the bystander's own log's record that it declared the lab a competitor (an
        // event of another tenant's log, naming the lab's id as its target, which that tenant keeps).
        assertThat(occurrences(w.labIds())).as("the lab's ids anywhere in the database after its deletion")
                .containsOnlyKeys("audit_final_checkpoints.org_id", "audit_final_checkpoints.deleted_by", "audit_events.target_id");
        assertThat(occurrences(w.labIds()).get("audit_events.target_id")).isEqualTo(1L);
        log.integrate(w.bystander().id());
        var bystanderLog = new ArrayList<String>();
        log.lines(w.bystander().id(), 0, log.treeSize(w.bystander().id()), bystanderLog::add);
        assertThat(bystanderLog).filteredOn(l -> l.contains(w.lab().id().toString())).singleElement().asString()
                .contains("\"action\":\"wall.competitor.declare\"");
        assertThat(sessionsOf(w.admin().email())).isZero();
        assertThat(tenantRows(w.bystander().id())).isEqualTo(bystanderBefore);
        assertThat(tenantRows(w.lab().id())).allSatisfy((table, n) -> assertThat(n).as(table).isZero());

        // Its people and tokens no longer work; the bystander's data still reads.
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(401);
        CurrentUser bystanderManager = fixtures.user(w.bystander(), Role.MANAGER);
        var export = fixtures.client(bystanderManager).get("/api/v1/projects/" + w.bystanderProject().id() + "/export?includeUnlabeled=true");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).contains("text 2");
        // The vendor lives on; the lab's project is gone for it.
        assertThat(fixtures.client(w.vendorAnnotator()).get("/api/v1/projects/" + w.project().id()).status()).isEqualTo(404);
    }

    @Test
    void theOperatorDeletingAWorkforceRemovesItsPeopleAndEndsItsEngagementsInTheCustomersLog() throws Exception {
        World w = world();
        UUID vendorAnnotator = w.vendorAnnotator().id();
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        var deleted = fixtures.client(operator).postJson("/api/v1/organizations/" + w.vendor().id() + "/deletion",
                "{\"confirmOrganizationName\":\"" + w.vendor().name() + "\"}");
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(deleted.json().get("usersDeleted").asInt()).isEqualTo(1);

        Map<String, Long> left = occurrences(Set.of(w.vendor().id(), vendorAnnotator));
        // The lab keeps its own records of the vendor's work: its annotator's answers (and their kept count) and
        // assignments (with the workforce each was claimed for, which vendor shares count), the work done
        // and its contract ledger (money: what it owed the vendor), and its log's events naming them (ids only). Nothing
        // else of the vendor is left, anywhere.
        assertThat(left.keySet()).allMatch(column -> column.startsWith("audit_final_checkpoints.")
                || Set.of("assignments.annotator_id", "assignments.workforce_org_id", "annotations.annotator_id",
                "annotation_counts.annotator_id", "audit_events.actor_id",
                "audit_events.actor_org_id", "audit_events.target_id", "paid_work.person_id", "paid_work.vendor_org_id",
                "ledger_entries.person_id", "ledger_entries.vendor_org_id").contains(column), "columns " + left.keySet());
        assertThat(left).doesNotContainKeys("engagements.workforce_org_id", "project_directory.org_id", "users.org_id",
                "annotator_exposures.annotator_id");
        // The engagement's end is in the lab's log, naming the operator who deleted the vendor.
        log.integrate(w.lab().id());
        var lines = new ArrayList<String>();
        log.lines(w.lab().id(), 0, log.treeSize(w.lab().id()), lines::add);
        assertThat(lines.getLast()).contains("\"action\":\"engagement.end\"", "\"actor\":\"" + operator.id() + "\"",
                "\"target\":\"" + w.vendor().id() + "\"", "\"detail\":\"workforce deleted\"");
        assertThat(projects.engagements(fixtures.access(w.project(), w.manager()))).isEmpty();
    }

    @Test
    void onlyTheOrganizationsAdminsOrTheOperatorsDeleteItAndOnlyWithItsExactName() throws Exception {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Kept lab");
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        String path = "/api/v1/organizations/" + lab.id() + "/deletion";
        String body = "{\"confirmOrganizationName\":\"" + lab.name() + "\"}";
        var rival = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Rival"), Role.values()));
        assertThat(rival.postJson(path, body).status()).isEqualTo(404);
        assertThat(fixtures.client(fixtures.user(lab, Role.MANAGER)).postJson(path, body).status()).isEqualTo(403);
        var wrongName = fixtures.client(admin).postJson(path, "{\"confirmOrganizationName\":\"" + lab.name() + "x\"}");
        assertThat(wrongName.status()).isEqualTo(422);
        assertThat(wrongName.json().get("field").asString()).isEqualTo("confirmOrganizationName");
        assertThat(fixtures.client(admin).postJson(path, "{}").status()).isEqualTo(422);
        Organization operatorOrg = fixtures.organization(OrganizationKind.OPERATOR, "Operator");
        CurrentUser operator = fixtures.user(operatorOrg, Role.ADMIN);
        assertThat(fixtures.client(operator).postJson("/api/v1/organizations/" + operatorOrg.id() + "/deletion",
                "{\"confirmOrganizationName\":\"" + operatorOrg.name() + "\"}").status()).isEqualTo(422);
        assertThat(users.ofOrganization(lab.id())).hasSize(2);
        assertThat(fixtures.client(admin).get("/api/v1/me").status()).isEqualTo(200);
    }

    // ---- the catalog ----

    /** Rows per tenant-owned table (from the catalog) holding this tenant. */
    Map<String, Long> tenantRows(UUID tenant) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        try (Connection c = inspector()) {
            for (String table : tenantTables.all()) {
                try (var s = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
                    s.setObject(1, tenant);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** For every uuid column of every table in the catalog: how many rows hold one of the ids ("table.column" → rows). */
    Map<String, Long> occurrences(Set<UUID> ids) throws SQLException {
        try (Connection c = inspector()) {
            return UuidOccurrences.in(c, ids);
        }
    }

    long sessionsOf(String email) throws SQLException {
        try (Connection c = inspector(); var s = c.prepareStatement("select count(*) from spring_session where principal_name = ?")) {
            s.setString(1, email);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<String> names(Map<String, Long> m) {
        return List.copyOf(m.keySet());
    }
}
