package dev.annota.project;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PATCH {"overlap": n}} on a project with items, on whichever database the subclass configures: raising opens
 * slots the claim serves, lowering never discards an answer and honours live leases.
 */
abstract class OverlapChangeScenario {

    @Autowired Fixtures fixtures;

    Organization lab;
    CurrentUser manager;
    ApiClient managerApi;

    private ApiClient client(CurrentUser user) {
        return fixtures.client(user);
    }

    private Project project(int overlap, int items) {
        var setup = fixtures.labProject("Overlap lab", overlap, items);
        lab = setup.lab();
        manager = setup.manager();
        managerApi = client(manager);
        return setup.project();
    }

    private static ApiClient.Response claim(ApiClient annotator, Project project) {
        return annotator.postEmpty("/api/v1/projects/" + project.id() + "/tasks/next");
    }

    private static ApiClient.Response submit(ApiClient annotator, Project project, JsonNode task) {
        return annotator.postJson("/api/v1/projects/" + project.id() + "/assignments/" + task.get("assignmentId").asString()
                + "/annotation", "{\"label\":\"a\"}");
    }

    private static void answerEverything(ApiClient annotator, Project project) {
        for (var task = claim(annotator, project); task.status() == 200; task = claim(annotator, project)) {
            assertThat(submit(annotator, project, task.json()).status()).isEqualTo(201);
        }
    }

    private JsonNode counts(Project project) {
        return managerApi.get("/api/v1/projects/" + project.id() + "/items/counts").json();
    }

    private ApiClient.Response overlap(Project project, int overlap) {
        return managerApi.patchJson("/api/v1/projects/" + project.id(), "{\"overlap\": " + overlap + "}");
    }

    @Test
    void raisingTheOverlapOpensNewSlotsOnItemsAlreadyDoneAndTheClaimServesThem() {
        Project project = project(1, 3);
        ApiClient first = client(fixtures.user(lab, Role.ANNOTATOR));
        answerEverything(first, project);
        assertThat(counts(project).get("done").asLong()).isEqualTo(3);

        var changed = overlap(project, 2);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("overlap").asInt()).isEqualTo(2);
        assertThat(counts(project).get("open").asLong()).isEqualTo(3);
        assertThat(claim(first, project).status()).as("the first annotator answered them all").isEqualTo(204);
        ApiClient second = client(fixtures.user(lab, Role.ANNOTATOR));
        answerEverything(second, project);
        assertThat(counts(project).get("done").asLong()).isEqualTo(3);
        assertThat(managerApi.get("/api/v1/projects/" + project.id()).json().get("overlap").asInt()).isEqualTo(2);
    }

    @Test
    void loweringTheOverlapKeepsEveryAnswerClosesTheSlotsAboveItAndHonoursLiveLeases() {
        Project project = project(3, 2);
        ApiClient first = client(fixtures.user(lab, Role.ANNOTATOR));
        answerEverything(first, project);
        ApiClient second = client(fixtures.user(lab, Role.ANNOTATOR));
        assertThat(submit(second, project, claim(second, project).json()).status()).isEqualTo(201);
        JsonNode leased = claim(second, project).json();
        ApiClient third = client(fixtures.user(lab, Role.ANNOTATOR));
        JsonNode thirdsLease = claim(third, project).json();

        assertThat(overlap(project, 1).status()).isEqualTo(200);
        // Both items have an answer at least: done, whatever the leases (no slot is open for anyone new).
        assertThat(counts(project).get("done").asLong()).isEqualTo(2);
        assertThat(claim(client(fixtures.user(lab, Role.ANNOTATOR)), project).status()).isEqualTo(204);
        // The leases in flight are honoured: their answers are accepted and counted, none is discarded.
        assertThat(submit(second, project, leased).status()).isEqualTo(201);
        assertThat(submit(third, project, thirdsLease).status()).isEqualTo(201);
        var export = managerApi.get("/api/v1/projects/" + project.id() + "/export/summary");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("annotations").asLong()).as(export.text()).isEqualTo(5);
    }

    @Test
    void loweringBelowTheLeasesOfAnUnansweredItemLeavesItFullUntilTheyAreSubmitted() {
        Project project = project(3, 1);
        ApiClient first = client(fixtures.user(lab, Role.ANNOTATOR));
        ApiClient second = client(fixtures.user(lab, Role.ANNOTATOR));
        JsonNode one = claim(first, project).json();
        JsonNode two = claim(second, project).json();
        assertThat(overlap(project, 1).status()).isEqualTo(200);
        assertThat(counts(project).get("full").asLong()).isEqualTo(1);
        assertThat(claim(client(fixtures.user(lab, Role.ANNOTATOR)), project).status()).isEqualTo(204);
        assertThat(submit(first, project, one).status()).isEqualTo(201);
        assertThat(submit(second, project, two).status()).isEqualTo(201);
        assertThat(counts(project).get("done").asLong()).isEqualTo(1);
    }

    @Test
    void anOverlapOutsideOneToAHundredOrFromSomeoneWhoDoesNotManageIsRefused() {
        Project project = project(1, 1);
        var zero = overlap(project, 0);
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().get("field").asString()).isEqualTo("overlap");
        assertThat(overlap(project, 101).status()).isEqualTo(422);
        assertThat(client(fixtures.user(lab, Role.ANNOTATOR)).patchJson("/api/v1/projects/" + project.id(), "{\"overlap\": 2}")
                .status()).isEqualTo(403);
        assertThat(managerApi.get("/api/v1/projects/" + project.id()).json().get("overlap").asInt()).isEqualTo(1);
    }
}
