package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.quality.QualitySettings;
import dev.annota.quality.internal.QualitySettingsStore;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The annotator's home: every project they may work on with what is left for them, most urgent first, and the next
 * task across them all, taken by the same claim as on one project (the conflict wall included).
 */
@ApiTest
class AnnotatorHomeApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    QualitySettingsStore quality;

    private static Response nextAcross(ApiClient c) {
        return c.postEmpty("/api/v1/me/tasks/next");
    }

    private Project project(CurrentUser manager, int items, int priority, Instant deadline) {
        Project p = fixtures.project(manager, 1, 600);
        if (items > 0) {
            fixtures.items(p, manager, items);
        }
        return projects.changeSettings(fixtures.access(p, manager), null, null, null, priority, deadline);
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    @Test
    void projectsComeByPriorityThenDeadlineThenIdAndTheNextTaskIsTakenInThatOrder() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Home lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Instant soon = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Project late = project(manager, 1, 1, null);
        Project dueSoonA = project(manager, 1, 1, soon);
        Project dueSoonB = project(manager, 1, 1, soon);
        Project dueLater = project(manager, 1, 1, soon.plus(1, ChronoUnit.DAYS));
        Project urgent = project(manager, 2, 5, null);
        Project empty = project(manager, 0, 9, null);
        String firstOfSameDeadline = dueSoonA.id().compareTo(dueSoonB.id()) < 0 ? dueSoonA.id().toString() : dueSoonB.id().toString();
        String secondOfSameDeadline = firstOfSameDeadline.equals(dueSoonA.id().toString()) ? dueSoonB.id().toString() : dueSoonA.id().toString();
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient c = fixtures.client(annotator);

        JsonNode home = c.get("/api/v1/me/work").json();
        assertThat(ids(home.get("projects"))).containsExactly(urgent.id().toString(), firstOfSameDeadline, secondOfSameDeadline,
                dueLater.id().toString(), late.id().toString());
        assertThat(ids(home.get("finished"))).containsExactly(empty.id().toString());
        JsonNode first = home.get("projects").get(0);
        assertThat(first.get("openTasks").asLong()).isEqualTo(2);
        assertThat(first.get("priority").asInt()).isEqualTo(5);
        assertThat(first.get("name").asString()).isEqualTo(urgent.name());
        assertThat(home.get("projects").get(1).get("deadline").asString()).isEqualTo(soon.toString());

        var taken = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            Response next = nextAcross(c);
            assertThat(next.status()).as(next.toString()).isEqualTo(200);
            JsonNode task = next.json();
            // The same task JSON as the project's own tasks/next: asking there returns the lease just taken.
            Response same = c.postEmpty("/api/v1/projects/" + task.get("projectId").asString() + "/tasks/next");
            assertThat(same.json().get("assignmentId").asString()).isEqualTo(task.get("assignmentId").asString());
            assertThat(same.json().propertyNames()).containsExactlyInAnyOrderElementsOf(task.propertyNames());
            taken.add(task.get("projectId").asString());
            assertThat(c.postJson("/api/v1/projects/" + task.get("projectId").asString() + "/assignments/"
                    + task.get("assignmentId").asString() + "/annotation", "{\"label\":\"a\"}").status()).isEqualTo(201);
        }
        assertThat(taken).containsExactly(urgent.id().toString(), urgent.id().toString(), firstOfSameDeadline,
                secondOfSameDeadline, dueLater.id().toString(), late.id().toString());
        assertThat(nextAcross(c).status()).isEqualTo(204);
        JsonNode done = c.get("/api/v1/me/work").json();
        assertThat(done.get("projects")).isEmpty();
        assertThat(done.get("finished")).hasSize(6);
    }

    @Test
    void aLeaseHeldIsCountedAndGivenBackFirstWithinItsProject() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Home lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project p = project(manager, 3, 0, null);
        ApiClient c = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        JsonNode held = nextAcross(c).json();
        assertThat(c.get("/api/v1/me/work").json().get("projects").get(0).get("openTasks").asLong()).isEqualTo(3);
        assertThat(nextAcross(c).json().get("assignmentId").asString()).isEqualTo(held.get("assignmentId").asString());
        assertThat(held.get("projectId").asString()).isEqualTo(p.id().toString());
    }

    @Test
    void aProjectTheWallKeepsTheAnnotatorFromIsNeitherListedNorClaimed() {
        var operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        Organization labA = fixtures.organization(OrganizationKind.CUSTOMER, "Lab A");
        Organization labB = fixtures.organization(OrganizationKind.CUSTOMER, "Lab B");
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        Response created = fixtures.client(operator).postJson("/api/v1/conflict-classes",
                "{\"name\":\"home rivals " + UUID.randomUUID() + "\",\"description\":\"rivals\"}");
        String classId = created.json().get("id").asString();
        for (Organization lab : new Organization[] {labA, labB}) {
            var admin = fixtures.client(fixtures.user(lab, Role.ADMIN));
            assertThat(admin.send(admin.request("/api/v1/conflict-classes/" + classId + "/members/" + lab.id())
                    .PUT(HttpRequest.BodyPublishers.noBody()), true).status()).isEqualTo(204);
        }
        CurrentUser managerA = fixtures.user(labA, Role.MANAGER);
        CurrentUser managerB = fixtures.user(labB, Role.MANAGER);
        Project atA = project(managerA, 3, 0, null);
        Project atB = project(managerB, 3, 9, null);
        projects.engage(fixtures.access(atA, managerA), vendor.id());
        projects.engage(fixtures.access(atB, managerB), vendor.id());
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient c = fixtures.client(annotator);
        // Before any item was shown, both are open to them; B is the more urgent.
        assertThat(ids(c.get("/api/v1/me/work").json().get("projects"))).containsExactly(atB.id().toString(), atA.id().toString());
        // Shown A's items first (on A's own queue), the wall now keeps them from B.
        assertThat(c.postEmpty("/api/v1/projects/" + atA.id() + "/tasks/next").status()).isEqualTo(200);
        Response home = c.get("/api/v1/me/work");
        assertThat(ids(home.json().get("projects"))).containsExactly(atA.id().toString());
        assertThat(home.text()).doesNotContain(atB.id().toString()).doesNotContain(atB.name());
        Response next = nextAcross(c);
        assertThat(next.json().get("projectId").asString()).isEqualTo(atA.id().toString());
        // B's queue is untouched: none of its items was leased.
        assertThat(fixtures.client(managerB).get("/api/v1/projects/" + atB.id() + "/wall-refusals").json()).isEmpty();
    }

    @Test
    void aProjectThatPausedTheAnnotatorIsPassedOverForTheNextOne() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Home lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project strict = fixtures.project(manager, 1, 600);
        fixtures.itemsWithGold(strict, manager, 6);
        // Every task a gold item while ordinary work is left; paused below 60 % once 2 answers are in.
        quality.change(fixtures.access(strict, manager), new QualitySettings(1.0, 0, 0.0, 0.6, 2, null, null), true);
        projects.changeSettings(fixtures.access(strict, manager), null, null, null, 9, null);
        Project calm = project(manager, 2, 0, null);
        ApiClient c = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        for (int i = 0; i < 2; i++) {
            JsonNode task = nextAcross(c).json();
            assertThat(task.get("projectId").asString()).isEqualTo(strict.id().toString());
            c.postJson("/api/v1/projects/" + strict.id() + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"b\"}");
        }
        // Paused on the strict project (its own tasks/next answers 403); the home takes the calm one's task instead.
        assertThat(c.postEmpty("/api/v1/projects/" + strict.id() + "/tasks/next").status()).isEqualTo(403);
        Response next = nextAcross(c);
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("projectId").asString()).isEqualTo(calm.id().toString());
    }

    @Test
    void aManagerHasNoWorkListedAndCannotTakeTasks() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Home lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        project(manager, 2, 0, null);
        ApiClient c = fixtures.client(manager);
        JsonNode home = c.get("/api/v1/me/work").json();
        assertThat(home.get("projects")).isEmpty();
        assertThat(home.get("finished")).isEmpty();
        Response next = nextAcross(c);
        assertThat(next.status()).isEqualTo(403);
        assertThat(next.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aProjectsDeadlineIsSetChangedAndRemovedThroughItsSettings() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Home lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project p = fixtures.project(manager, 1, 600);
        ApiClient c = fixtures.client(manager);
        String path = "/api/v1/projects/" + p.id();
        assertThat(c.get(path).json().get("deadline").isNull()).isTrue();
        Response set = c.patchJson(path, "{\"deadline\":\"2030-01-31T17:00:00Z\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("deadline").asString()).isEqualTo("2030-01-31T17:00:00Z");
        // Another setting leaves it as it is.
        assertThat(c.patchJson(path, "{\"priority\":3}").json().get("deadline").asString()).isEqualTo("2030-01-31T17:00:00Z");
        assertThat(c.get("/api/v1/projects").json().get(0).get("deadline").asString()).isEqualTo("2030-01-31T17:00:00Z");
        assertThat(c.patchJson(path, "{\"clearDeadline\":true}").json().get("deadline").isNull()).isTrue();
        Response bad = c.patchJson(path, "{\"deadline\":\"next friday\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text()).contains("deadline");
    }
}
