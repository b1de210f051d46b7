package dev.annota.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PRODUCT.md "who may see what", over HTTP: another tenant's project answers 404 (no existence oracle) on every
 * project endpoint, to customers, unengaged workforce organizations and the operator alike, and no byte of its items
 * reaches them; a caller who may know the project but lacks the role gets 403.
 */
@ApiTest
class ProjectAccessApiTests {

    @Autowired
    Fixtures fixtures;

    private Organization labA;
    private CurrentUser managerA;
    private Project project;
    private String secretText;

    @BeforeEach
    void projectOfCustomerA() {
        var setup = fixtures.labProject("Lab A", 1, 0);
        labA = setup.lab();
        managerA = setup.manager();
        project = setup.project();
        secretText = "confidential-prompt-" + UUID.randomUUID();
        var manager = fixtures.client(managerA);
        assertThat(manager.post(items(), "application/x-ndjson", HttpRequest.BodyPublishers.ofString(
                "{\"external_id\":\"s1\",\"data\":{\"text\":\"" + secretText + " one\"}}\n"
                        + "{\"external_id\":\"s2\",\"data\":{\"text\":\"" + secretText + " two\"}}\n")).status()).isEqualTo(200);
    }

    private String base() {
        return "/api/v1/projects/" + project.id();
    }

    private String items() {
        return base() + "/items";
    }

    /** Every project endpoint, as the given caller; the answers in order. */
    private List<Response> everyProjectEndpoint(ApiClient c) {
        var answers = new ArrayList<Response>();
        answers.add(c.get(base()));
        answers.add(c.get(items() + "/counts"));
        answers.add(c.get(base() + "/annotators"));
        answers.add(c.get(base() + "/export?includeUnlabeled=true"));
        answers.add(c.get(base() + "/engagements"));
        answers.add(c.post(items(), "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString("{\"external_id\":\"intruder\",\"data\":{\"text\":\"x\"}}\n")));
        answers.add(c.post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()));
        answers.add(c.postJson(base() + "/assignments/" + UUID.randomUUID() + "/annotation", "{\"label\":\"a\"}"));
        answers.add(c.post(base() + "/assignments/" + UUID.randomUUID() + "/skip", "application/json", HttpRequest.BodyPublishers.noBody()));
        answers.add(c.send(c.request(base()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"hijacked\"}")), true));
        answers.add(c.send(c.request(base() + "/schema").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Fixtures.SCHEMA)), true));
        return answers;
    }

    private void assertSeesNothing(CurrentUser outsider) {
        var c = fixtures.client(outsider);
        for (Response answer : everyProjectEndpoint(c)) {
            assertThat(answer.status()).as(outsider.email() + ": " + answer).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text()).doesNotContain(secretText).doesNotContain(project.name()).doesNotContain("s1");
        }
        var list = c.get("/api/v1/projects");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).doesNotContain(project.id().toString()).doesNotContain(project.name());
        // nothing the outsiders sent was stored, nothing was renamed
        var counts = fixtures.client(managerA).get(items() + "/counts").json();
        assertThat(counts.get("total").asLong()).isEqualTo(2);
        assertThat(fixtures.client(managerA).get(base()).json().get("name").asString()).isEqualTo(project.name());
    }

    @Test
    void usersOfAnotherCustomerGetNotFoundOnEveryEndpointAndNoByteOfTheItems() {
        var labB = fixtures.organization(OrganizationKind.CUSTOMER, "Lab B");
        assertSeesNothing(fixtures.user(labB, Role.ADMIN));
        assertSeesNothing(fixtures.user(labB, Role.MANAGER));
        assertSeesNothing(fixtures.user(labB, Role.ANNOTATOR));
    }

    @Test
    void aWorkforceOrganizationNotEngagedGetsNotFoundOnEveryEndpoint() {
        var vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        assertSeesNothing(fixtures.user(vendor, Role.ADMIN));
        assertSeesNothing(fixtures.user(vendor, Role.MANAGER, Role.ANNOTATOR));
    }

    @Test
    void theOperatorGetsNotFoundOnEveryEndpoint() {
        var operator = fixtures.organization(OrganizationKind.OPERATOR, "Operator");
        assertSeesNothing(fixtures.user(operator, Role.ADMIN, Role.MANAGER, Role.ANNOTATOR));
    }

    @Test
    void aWorkforceAnnotatorClaimsOnlyWhileTheirOrganizationIsEngaged() {
        var vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        var annotator = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        var manager = fixtures.client(managerA);

        assertThat(next(annotator).status()).isEqualTo(404);

        assertThat(manager.postJson(base() + "/engagements", "{\"workforceOrgId\":\"" + vendor.id() + "\"}").status()).isEqualTo(201);
        var task = next(annotator);
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.json().get("data").get("text").asString()).startsWith(secretText);

        assertThat(manager.delete(base() + "/engagements/" + vendor.id()).status()).isEqualTo(204);
        var after = next(annotator);
        assertThat(after.status()).isEqualTo(404);
        assertThat(after.text()).doesNotContain(secretText);
        var submit = annotator.postJson(base() + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"a\"}");
        assertThat(submit.status()).isEqualTo(404);
    }

    @Test
    void anEngagedVendorsManagerSeesTheProjectButNoItemPayloads() {
        var vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        fixtures.client(managerA).postJson(base() + "/engagements", "{\"workforceOrgId\":\"" + vendor.id() + "\"}");
        var vendorManager = fixtures.client(fixtures.user(vendor, Role.MANAGER));

        assertThat(vendorManager.get(base()).status()).isEqualTo(200);
        for (Response answer : List.of(vendorManager.get(base() + "/export?includeUnlabeled=true"), vendorManager.get(items() + "/counts"),
                next(vendorManager), vendorManager.post(items(), "application/x-ndjson",
                        HttpRequest.BodyPublishers.ofString("{\"data\":{\"text\":\"x\"}}")))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.text()).doesNotContain(secretText);
        }
    }

    @Test
    void anAnnotatorOfTheOwnerMayNotImportExportOrCount() {
        var annotator = fixtures.client(fixtures.user(labA, Role.ANNOTATOR));

        var answers = List.of(
                annotator.post(items(), "application/x-ndjson", HttpRequest.BodyPublishers.ofString("{\"data\":{\"text\":\"x\"}}")),
                annotator.get(base() + "/export?includeUnlabeled=true"),
                annotator.get(items() + "/counts"),
                annotator.get(base() + "/annotators"));

        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text()).doesNotContain(secretText);
        }
        assertThat(next(annotator).status()).isEqualTo(200); // but works
    }

    @Test
    void aManagerOfTheOwnerClaimsOnlyWithTheAnnotatorRole() {
        var refused = next(fixtures.client(managerA));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain(secretText);

        var managerAndAnnotator = fixtures.client(fixtures.user(labA, Role.MANAGER, Role.ANNOTATOR));
        assertThat(next(managerAndAnnotator).status()).isEqualTo(200);
    }

    private Response next(ApiClient c) {
        return c.post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
    }
}
