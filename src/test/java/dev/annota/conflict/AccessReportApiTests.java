package dev.annota.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;

import dev.annota.audit.AccessLog;
import dev.annota.audit.AuditEvent;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The access transparency report: counts per day and organization from the access log, outside-assignment views flagged. */
@ApiTest
class AccessReportApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    AccessLog accessLog;

    @Test
    void theReportCountsPeopleAndItemsPerOrganizationAndFlagsAViewOutsideAnAssignment() {
        var setup = fixtures.labProject("Lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(setup);
        String base = "/api/v1/projects/" + setup.project().id();
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient worker = fixtures.client(annotator);
        UUID anItem = null;
        for (int i = 0; i < 2; i++) {
            JsonNode task = worker.post(base + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
            anItem = UUID.fromString(task.get("itemId").asString());
            assertThat(worker.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"a\"}").status()).isEqualTo(201);
        }
        ApiClient manager = fixtures.client(setup.manager());
        assertThat(manager.get(base + "/export").status()).isEqualTo(200);
        // The lab's own manager opening an item is its staff browsing its own data: counted apart, not flagged.
        assertThat(manager.get(base + "/items/" + anItem).status()).isEqualTo(200);

        JsonNode clean = manager.get(base + "/access-report").json();
        assertThat(clean.get("outsideAssignment").asLong()).isZero();
        assertThat(clean.get("staffViews").asLong()).isEqualTo(1);
        JsonNode vendorRow = row(clean, vendor.id());
        assertThat(vendorRow.get("people").asLong()).isEqualTo(1);
        assertThat(vendorRow.get("distinctItems").asLong()).isEqualTo(2);
        assertThat(vendorRow.get("kind").asString()).isEqualTo("workforce");
        assertThat(vendorRow.get("flagged").asBoolean()).isFalse();
        JsonNode ownRow = row(clean, setup.lab().id());
        assertThat(ownRow.get("kind").asString()).isEqualTo("own");
        assertThat(ownRow.get("exported").asLong()).isEqualTo(2); // the two labelled items (unlabelled ones are left out by default)
        assertThat(ownRow.get("flagged").asBoolean()).isFalse();
        assertThat(ownRow.get("staffViews").asLong()).isEqualTo(1);
        assertThat(clean.toString()).doesNotContain(annotator.email()).doesNotContain(annotator.id().toString());

        // A payload view with no assignment behind it (no such path exists in the application; the log is the witness).
        accessLog.record(new AuditEvent(setup.lab().id(), AuditEvent.PAYLOAD_CLAIM, annotator.id(), vendor.id(), setup.project().id(), anItem,
                null, 1, null, null, Instant.now()));
        JsonNode flagged = manager.get(base + "/access-report").json();
        assertThat(flagged.get("outsideAssignment").asLong()).isEqualTo(1);
        assertThat(row(flagged, vendor.id()).get("flagged").asBoolean()).isTrue();

        Response csv = manager.get(base + "/access-report.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(csv.text()).startsWith("day,organization_id,organization,kind,people,distinct_items,items_shown,exported,staff_views,outside_assignment,flagged\n")
                .contains(vendor.id() + ",\"" + vendor.name() + "\",workforce,1,2,").contains(",true\n");

        // Only the owner's managers read it.
        assertThat(worker.get(base + "/access-report").status()).isEqualTo(403);
        CurrentUser stranger = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other"), Role.MANAGER);
        assertThat(fixtures.client(stranger).get(base + "/access-report.csv").status()).isEqualTo(404);
    }

    private static JsonNode row(JsonNode report, UUID org) {
        for (JsonNode r : report.get("days")) {
            if (r.get("orgId").asString().equals(org.toString())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + org + " in " + report);
    }
}
