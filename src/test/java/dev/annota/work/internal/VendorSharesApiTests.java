package dev.annota.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.annota.audit.internal.AuditLog;
import dev.annota.audit.AuditEvent;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.work.ShareRefused;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vendor shares through the API and real claims (docs/workforce.md "Routing: vendor shares"): setting them, the
 * problems naming the field, the access log, and the claim keeping in-house 50 %, vendor A 30 %, vendor B 20 % of
 * every window of 200 while all three have people working; spare work to whoever is there; caps.
 */
@ApiTest
class VendorSharesApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkQueue queue;
    @Autowired
    AuditLog log;
    @Autowired
    JsonMapper json;

    Fixtures.LabProject setup;
    Organization vendorA;
    Organization vendorB;
    ApiClient manager;

    @BeforeEach
    void labWithTwoVendors() {
        setup = fixtures.labProject("Lab", 1, 0);
        vendorA = fixtures.engagedVendor(setup);
        vendorB = fixtures.engagedVendor(setup);
        manager = fixtures.client(setup.manager());
    }

    String shares() {
        return "/api/v1/projects/" + setup.project().id() + "/shares";
    }

    String fiftyThirtyTwenty(String capOfB) {
        return "{\"shares\":[{\"workforceOrgId\":\"" + setup.lab().id() + "\",\"targetPercent\":50},"
                + "{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":30},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":20" + (capOfB == null ? "" : ",\"cap\":" + capOfB) + "}]}";
    }

    @Test
    void aManagerSetsTheSharesAndTheAccessLogRecordsThemAsAnAdministrativeAct() {
        var set = manager.putJson(shares(), fiftyThirtyTwenty("1000"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        JsonNode rows = set.json().get("shares");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("workforceOrgId").asString()).isEqualTo(setup.lab().id().toString());
        assertThat(rows.get(0).get("inHouse").asBoolean()).isTrue();
        assertThat(rows.get(0).get("targetPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(rows.get(2).get("cap").asInt()).isEqualTo(1000);
        assertThat(manager.get(shares()).json().get("shares")).hasSize(3);

        log.integrate(setup.lab().id());
        var events = new ArrayList<JsonNode>();
        log.lines(setup.lab().id(), 0, log.treeSize(setup.lab().id()), line -> events.add(json.readTree(line)));
        JsonNode event = events.stream().filter(e -> e.get("action").asString().equals(AuditEvent.SHARES_CHANGE)).toList().getLast();
        assertThat(event.get("actor").asString()).isEqualTo(setup.manager().id().toString());
        assertThat(event.get("project").asString()).isEqualTo(setup.project().id().toString());
        assertThat(event.get("detail").asString()).isEqualTo("in-house=50," + vendorA.id() + "=30," + vendorB.id() + "=20/cap 1000");

        assertThat(manager.putJson(shares(), "{\"shares\":[]}").json().get("shares")).isEmpty();
    }

    @Test
    void invalidSharesAreRefusedWithAProblemNamingTheField() {
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":60},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":30}]}"), "shares");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":120}]}"),
                "shares[0].targetPercent");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":33.333},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":66.5}]}"), "shares[0].targetPercent");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":50,\"cap\":-1},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":50}]}"), "shares[0].cap");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":50},"
                + "{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":50}]}"), "shares[1].workforceOrgId");
        Organization stranger = fixtures.organization(dev.annota.tenancy.OrganizationKind.WORKFORCE, "Not engaged");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":50},"
                + "{\"workforceOrgId\":\"" + stranger.id() + "\",\"targetPercent\":50}]}"), "shares[1].workforceOrgId");
        assertProblem(manager.putJson(shares(), "{\"shares\":[{\"targetPercent\":100}]}"), "shares[0].workforceOrgId");
        assertThat(manager.get(shares()).json().get("shares")).isEmpty();
    }

    private static void assertProblem(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void aVendorsManagerSeesItsOwnShareOnlyAndChangesNothing() {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty(null)).status()).isEqualTo(200);
        ApiClient vendorManager = fixtures.client(fixtures.user(vendorA, Role.MANAGER));

        var seen = vendorManager.get(shares());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("shares")).hasSize(1);
        assertThat(seen.json().get("shares").get(0).get("workforceOrgId").asString()).isEqualTo(vendorA.id().toString());
        assertThat(seen.text()).doesNotContain(vendorB.id().toString(), vendorB.name(), setup.lab().id().toString(), setup.lab().name());
        assertThat(vendorManager.putJson(shares(), fiftyThirtyTwenty(null)).status()).isEqualTo(403);
        assertThat(fixtures.client(fixtures.user(vendorA, Role.ANNOTATOR)).get(shares()).status()).isEqualTo(403);
    }

    @Test
    void claimsKeepEveryWindowOf200WithinAFewPercentOfTheSharesWhileAllHavePeopleWorking() {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty(null)).status()).isEqualTo(200);
        fixtures.items(setup.project(), setup.manager(), 500);
        var people = new ArrayList<CurrentUser>();
        people.addAll(fixtures.annotators(setup.lab(), 2));
        people.addAll(fixtures.annotators(vendorA, 5));
        people.addAll(fixtures.annotators(vendorB, 4));

        List<UUID> served = claimInRandomOrder(people, 450, new Random(5));

        assertThat(served).hasSize(450);
        assertEveryWindowOf200(served, Map.of(setup.lab().id(), 0.5, vendorA.id(), 0.3, vendorB.id(), 0.2), 0.03);
    }

    @Test
    void aWorkforceWithNobodyWorkingLeavesItsWorkToTheOthers() {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty(null)).status()).isEqualTo(200);
        fixtures.items(setup.project(), setup.manager(), 120);
        var onlyVendorB = fixtures.annotators(vendorB, 3);

        assertThat(claimInRandomOrder(onlyVendorB, 100, new Random(1))).hasSize(100).containsOnly(vendorB.id());
    }

    @Test
    void aWorkforceAtItsCapIsRefusedWithAOneLineReason() {
        assertThat(manager.putJson(shares(), fiftyThirtyTwenty("3")).status()).isEqualTo(200);
        fixtures.items(setup.project(), setup.manager(), 20);
        var annotator = fixtures.user(vendorB, Role.ANNOTATOR);
        ApiClient api = fixtures.client(annotator);
        for (int i = 0; i < 3; i++) {
            var task = api.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next");
            assertThat(task.status()).as(task.text()).isEqualTo(200);
            assertThat(api.postJson("/api/v1/projects/" + setup.project().id() + "/assignments/"
                    + task.json().get("assignmentId").asString() + "/annotation", "{\"label\":\"a\"}").status()).isEqualTo(201);
        }
        var refused = api.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("reason").asString()).isEqualTo("cap");
        assertThat(refused.json().get("detail").asString()).contains("cap");
        // The cross-project claim passes over the refusal: nothing else to do here, so 204.
        assertThat(api.postEmpty("/api/v1/me/tasks/next").status()).isEqualTo(204);
    }

    /**
     * Annotators claim in random order; each served claim is submitted at once (the annotator is free again), a
     * refused one asks again later. The organizations of the served claims, in order.
     */
    List<UUID> claimInRandomOrder(List<CurrentUser> people, int wanted, Random random) {
        var served = new ArrayList<UUID>();
        Project p = setup.project();
        int attempts = 0;
        while (served.size() < wanted) {
            assertThat(++attempts).as("claims went on").isLessThan(wanted * 20);
            CurrentUser who = people.get(random.nextInt(people.size()));
            try {
                var task = queue.next(who, p.id());
                assertThat(task).as("items are left").isPresent();
                queue.submit(who, p.id(), task.get().assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
                served.add(who.orgId());
            } catch (ShareRefused refused) {
                assertThat(refused.properties()).containsEntry("reason", "share");
            }
        }
        return served;
    }

    static void assertEveryWindowOf200(List<UUID> served, Map<UUID, Double> expected, double within) {
        for (int start = 0; start + 200 <= served.size(); start++) {
            var window = served.subList(start, start + 200);
            var counts = new HashMap<UUID, Integer>();
            window.forEach(o -> counts.merge(o, 1, Integer::sum));
            for (var e : expected.entrySet()) {
                assertThat(counts.getOrDefault(e.getKey(), 0) / 200.0).as("part in the window from claim %d", start)
                        .isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(within));
            }
        }
    }
}
