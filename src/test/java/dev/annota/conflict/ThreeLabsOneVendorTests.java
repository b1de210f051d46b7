package dev.annota.conflict;

import dev.annota.identity.Pseudonyms;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Three competing labs share one vendor. Labs A and B join the operator's conflict class "frontier labs"; lab C names
 * A and B as competitors itself. Whoever of the vendor's annotators is shown one lab's items is refused by the other
 * two, over HTTP with a neutral 403, and each refusing lab's manager sees why.
 */
@ApiTest
class ThreeLabsOneVendorTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;

    Organization labA, labB, labC, vendor;
    CurrentUser managerA, managerB, managerC;
    Project projectA, projectB, projectC;

    @BeforeEach
    void threeLabsEngageOneVendor() {
        var operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        labA = fixtures.organization(OrganizationKind.CUSTOMER, "Lab A");
        labB = fixtures.organization(OrganizationKind.CUSTOMER, "Lab B");
        labC = fixtures.organization(OrganizationKind.CUSTOMER, "Lab C");
        vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");

        Response created = fixtures.client(operator).postJson("/api/v1/conflict-classes",
                "{\"name\":\"frontier labs " + UUID.randomUUID() + "\",\"description\":\"model labs\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String classId = created.json().get("id").asString();
        for (Organization lab : new Organization[] {labA, labB}) {
            var admin = fixtures.client(fixtures.user(lab, Role.ADMIN));
            assertThat(admin.send(admin.request("/api/v1/conflict-classes/" + classId + "/members/" + lab.id())
                    .PUT(HttpRequest.BodyPublishers.noBody()), true).status()).isEqualTo(204);
        }
        var adminC = fixtures.client(fixtures.user(labC, Role.ADMIN));
        for (Organization rival : new Organization[] {labA, labB}) {
            assertThat(adminC.send(adminC.request("/api/v1/organizations/me/competitors/" + rival.id())
                    .PUT(HttpRequest.BodyPublishers.noBody()), true).status()).isEqualTo(204);
        }

        managerA = fixtures.user(labA, Role.MANAGER);
        managerB = fixtures.user(labB, Role.MANAGER);
        managerC = fixtures.user(labC, Role.MANAGER);
        projectA = projectEngaging(managerA);
        projectB = projectEngaging(managerB);
        projectC = projectEngaging(managerC);
    }

    private Project projectEngaging(CurrentUser manager) {
        Project p = fixtures.project(manager, 1, 600);
        fixtures.items(p, manager, 5);
        projects.engage(fixtures.access(p, manager), vendor.id());
        return p;
    }

    private static Response claim(ApiClient c, Project p) {
        return c.post("/api/v1/projects/" + p.id() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
    }

    private void assertRefusedNeutrally(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).isEqualTo(WallRefused.MESSAGE);
        for (Organization lab : new Organization[] {labA, labB, labC}) {
            assertThat(r.text()).doesNotContain(lab.name()).doesNotContain(lab.id().toString());
        }
        assertThat(r.text()).doesNotContain("frontier").doesNotContain("competitor");
    }

    private JsonNode refusals(CurrentUser manager, Project p) {
        Response r = fixtures.client(manager).get("/api/v1/projects/" + p.id() + "/wall-refusals");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void anAnnotatorWhoWorkedForLabAIsRefusedByLabsBAndC() {
        CurrentUser veteran = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient c = fixtures.client(veteran);
        assertThat(claim(c, projectA).status()).isEqualTo(200);

        assertRefusedNeutrally(claim(c, projectB));
        assertRefusedNeutrally(claim(c, projectC));
        // Still welcome where they started.
        assertThat(claim(c, projectA).status()).isEqualTo(200);

        JsonNode atB = refusals(managerB, projectB);
        assertThat(atB).hasSize(1);
        assertThat(atB.get(0).get("annotatorId").asString()).isEqualTo(veteran.id().toString());
        // Named by the stable pseudonym a manager can follow across this lab's reports, never by an id's prefix.
        assertThat(atB.get(0).get("annotator").asString()).isEqualTo(Pseudonyms.of(labB.id(), veteran.id()));
        assertThat(atB.get(0).get("rule").asString()).isEqualTo("CONFLICT_CLASS");
        assertThat(atB.get(0).get("explanation").asString()).contains("frontier labs").contains("forever")
                .doesNotContain(labA.name());
        assertThat(atB.get(0).get("exposureFirstSeen").isNull()).isFalse();
        JsonNode atC = refusals(managerC, projectC);
        assertThat(atC).hasSize(1);
        assertThat(atC.get(0).get("rule").asString()).isEqualTo("DECLARED_COMPETITOR");
        assertThat(refusals(managerA, projectA)).isEmpty();
        // The annotator cannot read the reasons.
        assertThat(c.get("/api/v1/projects/" + projectB.id() + "/wall-refusals").status()).isIn(403, 404);
    }

    @Test
    void aFreshAnnotatorWorksForLabBThenIsRefusedByLabsAAndC() {
        ApiClient fresh = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        assertThat(claim(fresh, projectB).status()).isEqualTo(200);
        assertRefusedNeutrally(claim(fresh, projectA));
        assertRefusedNeutrally(claim(fresh, projectC));
        assertThat(refusals(managerA, projectA)).hasSize(1);
        assertThat(refusals(managerC, projectC)).hasSize(1);
        assertThat(refusals(managerB, projectB)).isEmpty();
    }

    @Test
    void labsThatLabCNamedAsCompetitorsAreNotToldSo() {
        // C declared A and B its competitors; A and B declared nothing. An annotator who worked for C is refused by both,
        // and their managers read a refusal that neither says C declared them nor when the annotator worked for C.
        CurrentUser fromC = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient c = fixtures.client(fromC);
        assertThat(claim(c, projectC).status()).isEqualTo(200);

        assertRefusedNeutrally(claim(c, projectA));

        JsonNode atA = refusals(managerA, projectA);
        assertThat(atA).hasSize(1);
        assertThat(atA.get(0).get("rule").asString()).isEqualTo("ANOTHER_CUSTOMERS_WALL");
        assertThat(atA.get(0).get("explanation").asString()).contains("until further notice")
                .doesNotContainIgnoringCase("competitor").doesNotContain(labC.name()).doesNotContain(labC.id().toString());
        assertThat(atA.get(0).path("exposureFirstSeen").isNull() || atA.get(0).path("exposureFirstSeen").isMissingNode()).isTrue();
        assertThat(atA.get(0).path("exposureLastSeen").isNull() || atA.get(0).path("exposureLastSeen").isMissingNode()).isTrue();
        assertThat(atA.get(0).path("wallUntil").isNull() || atA.get(0).path("wallUntil").isMissingNode()).isTrue();
    }

    @Test
    void anAnnotatorDeclaringAnExcludedAffiliationIsRefusedByThatLabOnly() {
        var adminB = fixtures.client(fixtures.user(labB, Role.ADMIN));
        assertThat(adminB.postJson("/api/v1/organizations/me/excluded-affiliations", "{\"employer\":\"Lab A Research\"}").status())
                .isEqualTo(201);
        CurrentUser former = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient c = fixtures.client(former);
        assertThat(c.postJson("/api/v1/me/affiliations", "{\"employer\":\"lab a  research\",\"startedOn\":\"2023-01-01\","
                + "\"endedOn\":\"2025-06-30\"}").status()).isEqualTo(201);
        assertRefusedNeutrally(claim(c, projectB));
        assertThat(refusals(managerB, projectB).get(0).get("rule").asString()).isEqualTo("EXCLUDED_AFFILIATION");
        assertThat(claim(c, projectC).status()).isEqualTo(200);
    }

    @Test
    void twoFirstClaimsAtOnceInCompetingLabsNeverBothSucceed() throws Exception {
        // Each of several fresh annotators claims in lab A's and lab B's projects at the same moment. Whatever the
        // interleaving, at most one of the two claims may hand out an item.
        for (int round = 0; round < 8; round++) {
            CurrentUser fresh = fixtures.user(vendor, Role.ANNOTATOR);
            var barrier = new java.util.concurrent.CyclicBarrier(2);
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                var a = pool.submit(() -> claimAfter(barrier, fresh, projectA));
                var b = pool.submit(() -> claimAfter(barrier, fresh, projectB));
                int given = (a.get() ? 1 : 0) + (b.get() ? 1 : 0);
                assertThat(given).as("round " + round).isLessThanOrEqualTo(1);
            }
        }
    }

    @Autowired
    dev.annota.work.WorkQueue queue;

    private boolean claimAfter(java.util.concurrent.CyclicBarrier barrier, CurrentUser annotator, Project p) throws Exception {
        var access = fixtures.access(p, annotator);
        barrier.await();
        try {
            return queue.next(access).isPresent();
        } catch (WallRefused refused) {
            return false;
        }
    }

    @Test
    void aLabsOwnAnnotatorIsNeverWalledFromItsOwnProjects() {
        CurrentUser inHouse = fixtures.user(labB, Role.ANNOTATOR);
        assertThat(claim(fixtures.client(inHouse), projectB).status()).isEqualTo(200);
    }
}
