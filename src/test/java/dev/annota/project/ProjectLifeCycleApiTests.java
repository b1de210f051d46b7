package dev.annota.project;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import dev.annota.audit.internal.AuditLog;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Pause, resume and archive over HTTP: what annotators and managers may still do, the lists, the access log. */
@ApiTest
class ProjectLifeCycleApiTests {

    @Autowired Fixtures fixtures;
    @Autowired AuditLog log;

    private ApiClient client(CurrentUser user) {
        return fixtures.client(user);
    }

    private static ApiClient.Response claim(ApiClient annotator, String base) {
        return annotator.postEmpty(base + "/tasks/next");
    }

    @Test
    void aPausedProjectServesNoClaimAndSaysWhyInOneLineButTheLeaseInFlightIsStillSubmitted() {
        var setup = fixtures.labProject("Pausing lab", 1, 3);
        String base = setup.base();
        ApiClient managerApi = client(setup.manager());
        ApiClient holder = client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        JsonNode leased = claim(holder, base).json();

        var paused = managerApi.postJson(base + "/pause", "{\"note\": \"Guidelines are being revised until Monday\"}");
        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.json().get("status").asString()).isEqualTo("PAUSED");
        var refused = claim(client(fixtures.user(setup.lab(), Role.ANNOTATOR)), base);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("This project is paused by its managers: Guidelines are being revised until Monday");
        assertThat(refused.json().get("status").asString()).isEqualTo("PAUSED");
        // The holder gets the lease back and submits it; a next claim is refused.
        assertThat(claim(holder, base).json().get("assignmentId")).isEqualTo(leased.get("assignmentId"));
        assertThat(holder.postJson(base + "/assignments/" + leased.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"a\"}").status()).isEqualTo(201);
        assertThat(claim(holder, base).status()).isEqualTo(403);
        // Still in the default list; settings may change while paused.
        assertThat(ids(managerApi.get("/api/v1/projects").json())).contains(setup.project().id().toString());
        assertThat(managerApi.patchJson(base, "{\"priority\": 3}").status()).isEqualTo(200);
        assertThat(managerApi.postJson(base + "/pause", "{\"note\": \"two\\nlines\"}").status()).isEqualTo(422);

        assertThat(managerApi.postJson(base + "/resume", "{}").json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(claim(holder, base).status()).isEqualTo(200);
    }

    @Test
    void anArchivedProjectIsReadOnlyAndListedOnlyWhenArchivedProjectsAreAskedFor() {
        var setup = fixtures.labProject("Archiving lab", 1, 2);
        String base = setup.base();
        ApiClient managerApi = client(setup.manager());
        assertThat(managerApi.postJson(base + "/archive", "{}").json().get("status").asString()).isEqualTo("ARCHIVED");

        var claim = claim(client(fixtures.user(setup.lab(), Role.ANNOTATOR)), base);
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().get("detail").asString()).isEqualTo("This project is archived: it serves no more tasks.");
        var settings = managerApi.patchJson(base, "{\"name\": \"Renamed\"}");
        assertThat(settings.status()).isEqualTo(409);
        assertThat(settings.json().get("detail").asString()).contains("archived", "read-only");
        assertThat(managerApi.putJson(base + "/schema", Fixtures.SCHEMA).status()).isEqualTo(409);
        assertThat(managerApi.post(base + "/items", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString("{\"data\":{\"text\":\"late\"}}\n")).status()).isEqualTo(409);
        assertThat(managerApi.postJson(base + "/pause", "{}").status()).isEqualTo(409);
        // Still readable.
        assertThat(managerApi.get(base).status()).isEqualTo(200);
        assertThat(managerApi.get(base + "/items/counts").json().get("total").asLong()).isEqualTo(2);
        assertThat(ids(managerApi.get("/api/v1/projects").json())).doesNotContain(setup.project().id().toString());
        assertThat(ids(managerApi.get("/api/v1/projects?archived=true").json())).containsExactly(setup.project().id().toString());

        assertThat(managerApi.postJson(base + "/resume", "{}").status()).isEqualTo(200);
        assertThat(managerApi.patchJson(base, "{\"name\": \"Renamed\"}").status()).isEqualTo(200);
        assertThat(ids(managerApi.get("/api/v1/projects").json())).contains(setup.project().id().toString());
    }

    @Test
    void onlyTheOwnersAdminsAndManagersChangeTheLifeCycleAndEachStepIsInTheAccessLog() {
        var setup = fixtures.labProject("Logged lab", 1, 0);
        String base = setup.base();
        var rival = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Rival"), Role.values());
        for (String step : List.of("/pause", "/resume", "/archive")) {
            assertThat(client(rival).postJson(base + step, "{}").status()).isEqualTo(404);
            assertThat(client(fixtures.user(setup.lab(), Role.ANNOTATOR, Role.REVIEWER)).postJson(base + step, "{}").status()).isEqualTo(403);
        }
        ApiClient admin = client(fixtures.user(setup.lab(), Role.ADMIN));
        for (String step : List.of("/pause", "/resume", "/archive", "/resume")) {
            assertThat(admin.postJson(base + step, "{}").status()).isEqualTo(200);
        }
        log.integrate(setup.lab().id());
        var actions = new ArrayList<String>();
        log.lines(setup.lab().id(), 0, log.treeSize(setup.lab().id()), line -> actions.add(line.replaceAll(".*\"action\":\"([a-z.-]+)\".*", "$1")));
        assertThat(actions).containsSubsequence("project.pause", "project.resume", "project.archive", "project.resume");
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }
}
