package dev.annota.web.internal;

import static dev.annota.testing.WorkSteps.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.MutableClock;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Who sees whose hours (docs/workforce.md, "Active time"), on a project of lab A that two vendors work on beside the
 * lab's own annotator: A's managers see everyone, their own people by name and the vendors' as pseudonyms; each
 * vendor's lead sees their own people only, not a byte of the other vendor's or the lab's; annotators see their own
 * hours and no one's else (403 on the project's); across projects, an organization's leads see their own people only;
 * another lab and a vendor not engaged find nothing (404); anonymous
 * callers get 401. Run on PostgreSQL under row-level security by {@link PostgresActiveTimeIsolationTests}.
 */
@ApiTest
@Import(MutableClock.AsTheClock.class)
class ActiveTimeIsolationTests {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired MutableClock clock;

    private static void submit(ApiClient c, UUID project, String assignment, long activeMillis) {
        Response r = WorkSteps.submit(c, project, assignment, String.valueOf(activeMillis));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    @Test
    void eachCallerSeesOnlyTheHoursTheRulesGiveThem() {
        var setup = fixtures.labProject("Hours lab A", 3, 2);
        UUID project = setup.project().id();
        UUID labA = setup.lab().id();
        Organization vendor1 = fixtures.engagedVendor(setup);
        Organization vendor2 = fixtures.engagedVendor(setup);
        CurrentUser labAnnotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser v1Annotator = fixtures.user(vendor1, Role.ANNOTATOR);
        CurrentUser v2Annotator = fixtures.user(vendor2, Role.ANNOTATOR);
        ApiClient lab = fixtures.client(labAnnotator);
        ApiClient v1 = fixtures.client(v1Annotator);
        ApiClient v2 = fixtures.client(v2Annotator);
        String l = claim(lab, project);
        String a = claim(v1, project);
        String b = claim(v2, project);
        clock.advance(Duration.ofMinutes(1));
        submit(lab, project, l, 11_000);
        submit(v1, project, a, 22_000);
        submit(v2, project, b, 33_000);
        String path = "/api/v1/projects/" + project + "/time";

        // The lab's manager: everyone; the lab's own annotator by name and id, the vendors' people as pseudonyms only.
        Response forManager = fixtures.client(setup.manager()).get(path);
        assertThat(forManager.status()).as(forManager.text()).isEqualTo(200);
        JsonNode all = forManager.json();
        assertThat(all.get("activeMillis").asLong()).isEqualTo(66_000);
        assertThat(people(all)).containsExactlyInAnyOrder(Pseudonyms.of(labA, v2Annotator.id()) + " 33000",
                Pseudonyms.of(labA, v1Annotator.id()) + " 22000", labAnnotator.displayName() + " 11000");
        assertThat(all.get("people").findValuesAsString("personId")).containsExactly(labAnnotator.id().toString());
        assertThat(forManager.text()).doesNotContain(v1Annotator.id().toString(), v2Annotator.id().toString(),
                v1Annotator.email(), v2Annotator.email());
        assertThat(workforces(all)).containsExactly(vendor2.name() + " 33000", vendor1.name() + " 22000",
                setup.lab().name() + " 11000");

        // Each vendor's lead: their own people, by name, and nothing of the other vendor or of the lab's people.
        for (Role lead : List.of(Role.ADMIN, Role.MANAGER)) {
            Response forV1 = fixtures.client(fixtures.user(vendor1, lead)).get(path);
            assertThat(forV1.status()).as(forV1.text()).isEqualTo(200);
            JsonNode mine = forV1.json();
            assertThat(mine.get("activeMillis").asLong()).isEqualTo(22_000);
            assertThat(people(mine)).containsExactly(v1Annotator.displayName() + " 22000");
            assertThat(mine.get("people").findValuesAsString("personId")).containsExactly(v1Annotator.id().toString());
            assertThat(workforces(mine)).containsExactly(vendor1.name() + " 22000");
            assertThat(forV1.text()).doesNotContain(v2Annotator.id().toString(), vendor2.name(), vendor2.id().toString(),
                    Pseudonyms.of(labA, v2Annotator.id()), labAnnotator.id().toString(), setup.lab().name(), "33000", "11000");
        }
        JsonNode forV2 = fixtures.client(fixtures.user(vendor2, Role.MANAGER)).get(path).json();
        assertThat(people(forV2)).containsExactly(v2Annotator.displayName() + " 33000");
        assertThat(forV2.toString()).doesNotContain(v1Annotator.id().toString(), vendor1.name(), "22000", "11000");

        // Across projects, each organization's leads see their own people only.
        JsonNode team1 = fixtures.client(fixtures.user(vendor1, Role.MANAGER)).get("/api/v1/organizations/me/time").json();
        assertThat(team1.get("activeMillis").asLong()).isEqualTo(22_000);
        assertThat(team1.get("people").findValuesAsString("personId")).containsExactly(v1Annotator.id().toString());
        assertThat(team1.toString()).doesNotContain(v2Annotator.id().toString(), labAnnotator.id().toString(), "33000", "11000");
        JsonNode labTeam = fixtures.client(setup.manager()).get("/api/v1/organizations/me/time").json();
        assertThat(labTeam.get("people").findValuesAsString("personId")).containsExactly(labAnnotator.id().toString());
        assertThat(labTeam.toString()).doesNotContain(v1Annotator.id().toString(), v2Annotator.id().toString(), "22000", "33000");

        // Everyone else on the project is refused; outside it, the project is not found; anonymous callers log in first.
        var refusals = new ArrayList<String>();
        expect(refusals, "the lab's annotator", lab.get(path), 403);
        expect(refusals, "the lab's reviewer", fixtures.client(fixtures.user(setup.lab(), Role.REVIEWER)).get(path), 403);
        expect(refusals, "a vendor's annotator", v1.get(path), 403);
        Organization labB = fixtures.organization(OrganizationKind.CUSTOMER, "Hours lab B");
        expect(refusals, "another lab", fixtures.client(fixtures.user(labB, Role.values())).get(path), 404);
        Organization stranger = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor not engaged");
        expect(refusals, "a vendor not engaged", fixtures.client(fixtures.user(stranger, Role.values())).get(path), 404);
        expect(refusals, "anonymous", fixtures.anonymous().get(path), 401);
        expect(refusals, "anonymous, own hours", fixtures.anonymous().get("/api/v1/me/time"), 401);
        expect(refusals, "anonymous, an organization's hours", fixtures.anonymous().get("/api/v1/organizations/me/time"), 401);
        expect(refusals, "a vendor's annotator, their organization's hours", v1.get("/api/v1/organizations/me/time"), 403);
        expect(refusals, "the lab's annotator, their organization's hours", lab.get("/api/v1/organizations/me/time"), 403);
        assertThat(refusals).isEmpty();

        // Own hours: each annotator their own, across the labs they work for; outsiders have none of A's.
        JsonNode own = v1.get("/api/v1/me/time").json();
        assertThat(own.get("activeMillis").asLong()).isEqualTo(22_000);
        assertThat(own.get("days").findValuesAsString("projectId")).containsExactly(project.toString());
        assertThat(lab.get("/api/v1/me/time").json().get("activeMillis").asLong()).isEqualTo(11_000);
        for (CurrentUser outsider : List.of(fixtures.user(labB, Role.values()), fixtures.user(stranger, Role.values()),
                fixtures.user(vendor1, Role.ADMIN, Role.MANAGER))) {
            Response r = fixtures.client(outsider).get("/api/v1/me/time");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("activeMillis").asLong()).isZero();
            assertThat(r.text()).doesNotContain(project.toString(), setup.project().name());
        }
        for (CurrentUser outsider : List.of(fixtures.user(labB, Role.MANAGER), fixtures.user(stranger, Role.ADMIN))) {
            Response r = fixtures.client(outsider).get("/api/v1/organizations/me/time");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("people").size()).isZero();
            assertThat(r.text()).doesNotContain(project.toString(), setup.project().name());
        }
    }

    private static void expect(List<String> failures, String who, Response r, int status) {
        if (r.status() != status) {
            failures.add(who + ": " + r.status() + " (expected " + status + ") " + r.text());
        }
        if (r.text().contains("activeMillis")) {
            failures.add(who + " got figures: " + r.text());
        }
    }

    private static List<String> people(JsonNode hours) {
        var list = new ArrayList<String>();
        hours.get("people").forEach(p -> list.add(p.get("person").asString() + " " + p.get("activeMillis").asLong()));
        return list;
    }

    private static List<String> workforces(JsonNode hours) {
        var list = new ArrayList<String>();
        hours.get("workforces").forEach(w -> list.add(w.get("name").asString() + " " + w.get("activeMillis").asLong()));
        return list;
    }
}
