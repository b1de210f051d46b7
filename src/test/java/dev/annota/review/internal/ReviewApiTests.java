package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Review over HTTP: settings, the queue, decisions, history, summary, and who may call what. */
@ApiTest
class ReviewApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Projects projects;

    private Organization lab;
    private Organization vendor;
    private ApiClient manager;
    private Project project;
    private String base;

    @BeforeEach
    void aProjectWithAnEngagedVendor() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Review lab");
        vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Review vendor");
        CurrentUser user = fixtures.user(lab, Role.MANAGER);
        project = fixtures.project(user, 1, 600);
        fixtures.items(project, user, 2);
        projects.engage(fixtures.access(project, user), vendor.id());
        manager = client(user);
        base = "/api/v1/projects/" + project.id();
    }

    private ApiClient client(CurrentUser user) {
        return ApiClient.withToken(port, tokens.issue(user, "test", 1).secret());
    }

    static ApiClient.Response put(ApiClient c, String path, String body) {
        return c.send(c.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), true);
    }

    static ApiClient.Response postEmpty(ApiClient c, String path) {
        return c.post(path, "application/json", HttpRequest.BodyPublishers.noBody());
    }

    /** Claims and answers one item as the annotator; returns the item id. */
    private String label(ApiClient annotator, String label) {
        var task = postEmpty(annotator, base + "/tasks/next");
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"" + label + "\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return task.json().get("itemId").asString();
    }

    private JsonNode summary() {
        var answer = manager.get(base + "/reviews/summary");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("stages");
    }

    private void awaitWaiting(int reviews) throws InterruptedException {
        for (int i = 0; i < 200 && summary().get("REVIEW").get("waiting").asInt() < reviews; i++) {
            Thread.sleep(10);
        }
        assertThat(summary().get("REVIEW").get("waiting").asInt()).isEqualTo(reviews);
    }

    private static String decision(JsonNode task, String decision, long token, String extra) {
        return "{\"decision\":\"" + decision + "\",\"fencingToken\":" + token + extra + "}";
    }

    @Test
    void settingsAreWrittenByManagersAndAWrongValueIsRefusedNamingItsField() {
        var initial = manager.get(base + "/review/settings");
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.json().get("stages").asString()).isEqualTo("NONE");
        var wrong = put(manager, base + "/review/settings", "{\"qaShare\": 0}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("field").asString()).isEqualTo("qaShare");
        assertThat(put(client(fixtures.user(lab, Role.REVIEWER)), base + "/review/settings", "{\"reviewShare\": 5}").status())
                .isEqualTo(403);
        var changed = put(manager, base + "/review/settings",
                "{\"stages\":\"REVIEW_AND_QA\",\"reviewShare\":25,\"qaShare\":5,\"firstAnswers\":3,\"targetDisagreement\":true,"
                        + "\"targetMissedGold\":true,\"maxRounds\":2}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(manager.get(base + "/review/settings").json().toString()).isEqualTo(changed.json().toString())
                .contains("\"reviewShare\":25", "\"qaShare\":5", "\"firstAnswers\":3", "\"targetDisagreement\":true",
                        "\"targetMissedGold\":true", "\"maxRounds\":2");
    }

    @Test
    void reviewersLeaseReviewsCorrectAndRejectAndTheHistoryShowsPseudonymsNeverTheAnnotatorsIdentity() throws Exception {
        assertThat(put(manager, base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
        CurrentUser vendorAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        CurrentUser labAnnotator = fixtures.user(lab, Role.ANNOTATOR);
        String vendorItem = label(client(vendorAnnotator), "a");
        String labItem = label(client(labAnnotator), "a");
        awaitWaiting(2);

        // The vendor's reviewer sees only the vendor's annotators' work, and their names.
        ApiClient vendorReviewer = client(fixtures.user(vendor, Role.REVIEWER));
        var vendorTask = postEmpty(vendorReviewer, base + "/reviews/next");
        assertThat(vendorTask.status()).as(vendorTask.toString()).isEqualTo(200);
        JsonNode v = vendorTask.json();
        assertThat(v.get("stage").asString()).isEqualTo("REVIEW");
        assertThat(v.get("item").get("id").asString()).isEqualTo(vendorItem);
        assertThat(v.get("item").get("payload").get("text").asString()).startsWith("text ");
        assertThat(v.get("annotation").get("answer").get("label").asString()).isEqualTo("a");
        assertThat(v.get("annotation").get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(v.get("annotation").get("annotator").get("name").asString()).isEqualTo(vendorAnnotator.displayName());
        assertThat(v.get("schema").get("questions")).isNotNull();
        assertThat(v.has("leaseExpiresAt")).isTrue();
        assertThat(postEmpty(vendorReviewer, base + "/reviews/next").json().get("reviewId")).as("a reload: the same review")
                .isEqualTo(v.get("reviewId"));
        String vendorDecision = base + "/reviews/" + v.get("reviewId").asString() + "/decision";
        long token = v.get("fencingToken").asLong();

        var invalid = vendorReviewer.postJson(vendorDecision, decision(v, "CORRECT", token, ",\"answer\":{\"label\":\"zebra\"}"));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.json().get("field").asString()).as("named as the submit names it").isEqualTo("answer.label");
        var unknownQuestion = vendorReviewer.postJson(vendorDecision,
                decision(v, "REJECT", token, ",\"questionFeedback\":{\"colour\":\"no\"}"));
        assertThat(unknownQuestion.json().get("field").asString()).isEqualTo("questionFeedback.colour");
        var corrected = vendorReviewer.postJson(vendorDecision, decision(v, "CORRECT", token,
                ",\"answer\":{\"label\":\"b\"},\"feedback\":\"Close.\",\"questionFeedback\":{\"label\":\"It is b.\"}"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("state").asString()).isEqualTo("CORRECTED");
        assertThat(postEmpty(vendorReviewer, base + "/reviews/next").status()).as("the lab's annotation is not theirs").isEqualTo(204);

        // The lab's reviewer takes the other; a stale token is refused, the right one rejects.
        ApiClient labReviewer = client(fixtures.user(lab, Role.REVIEWER));
        JsonNode l = postEmpty(labReviewer, base + "/reviews/next").json();
        assertThat(l.get("item").get("id").asString()).isEqualTo(labItem);
        String labDecision = base + "/reviews/" + l.get("reviewId").asString() + "/decision";
        var stale = labReviewer.postJson(labDecision, decision(l, "REJECT", l.get("fencingToken").asLong() + 1, ""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(labReviewer.postJson(labDecision, decision(l, "REJECT", l.get("fencingToken").asLong(), ",\"feedback\":\"Redo.\""))
                .json().get("state").asString()).isEqualTo("REJECTED");

        // The manager's history of the vendor's item: the correction next to the original, people as pseudonyms.
        var history = manager.get(base + "/items/" + vendorItem + "/reviews");
        assertThat(history.status()).isEqualTo(200);
        JsonNode entry = history.json().get(0);
        assertThat(history.json().size()).isEqualTo(1);
        assertThat(entry.get("decision").asString()).isEqualTo("CORRECT");
        assertThat(entry.get("state").asString()).isEqualTo("CORRECTED");
        assertThat(entry.get("correction").get("label").asString()).isEqualTo("b");
        assertThat(entry.get("feedback").asString()).isEqualTo("Close.");
        assertThat(entry.get("questionFeedback").get("label").asString()).isEqualTo("It is b.");
        assertThat(entry.get("annotator").get("pseudonym").asString()).startsWith("Person ");
        assertThat(entry.get("annotator").get("name").isNull()).isTrue();
        assertThat(entry.get("reviewer").get("name").isNull()).isTrue();
        assertThat(history.text()).doesNotContain(vendorAnnotator.email(), vendorAnnotator.id().toString());
        // The annotation itself is unchanged: the reviewer was shown "a", and the history keeps it apart from "b".
        assertThat(manager.get(base + "/items/" + labItem + "/reviews").json().get(0).get("feedback").asString()).isEqualTo("Redo.");

        JsonNode counts = summary().get("REVIEW");
        assertThat(List.of(counts.get("waiting").asInt(), counts.get("inReview").asInt(), counts.get("accepted").asInt(),
                counts.get("corrected").asInt(), counts.get("rejected").asInt())).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void anotherTenantGets404AnAnnotatorGets403AndNobodyAnonymousGetsIn() {
        String review = base + "/reviews/" + UUID.randomUUID() + "/decision";
        String item = base + "/items/" + UUID.randomUUID() + "/reviews";
        Organization other = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        var outsiders = List.of(client(fixtures.user(other, Role.MANAGER)), client(fixtures.user(other, Role.REVIEWER, Role.ADMIN)));
        ApiClient annotator = client(fixtures.user(lab, Role.ANNOTATOR));
        ApiClient anonymous = ApiClient.anonymous(port);
        String body = "{\"decision\":\"ACCEPT\",\"fencingToken\":1}";
        for (ApiClient c : outsiders) {
            assertThat(c.get(base + "/review/settings").status()).isEqualTo(404);
            assertThat(put(c, base + "/review/settings", "{\"reviewShare\":5}").status()).isEqualTo(404);
            assertThat(postEmpty(c, base + "/reviews/next").status()).isEqualTo(404);
            assertThat(c.postJson(review, body).status()).isEqualTo(404);
            assertThat(c.get(item).status()).isEqualTo(404);
            assertThat(c.get(base + "/reviews/summary").status()).isEqualTo(404);
        }
        assertThat(annotator.get(base + "/review/settings").status()).isEqualTo(403);
        assertThat(put(annotator, base + "/review/settings", "{\"reviewShare\":5}").status()).isEqualTo(403);
        assertThat(postEmpty(annotator, base + "/reviews/next").status()).isEqualTo(403);
        assertThat(annotator.postJson(review, body).status()).isEqualTo(403);
        assertThat(annotator.get(item).status()).isEqualTo(403);
        assertThat(annotator.get(base + "/reviews/summary").status()).isEqualTo(403);
        assertThat(anonymous.get(base + "/review/settings").status()).isEqualTo(401);
        assertThat(put(anonymous, base + "/review/settings", "{\"reviewShare\":5}").status()).isEqualTo(401);
        assertThat(postEmpty(anonymous, base + "/reviews/next").status()).isEqualTo(401);
        assertThat(anonymous.postJson(review, body).status()).isEqualTo(401);
        assertThat(anonymous.get(item).status()).isEqualTo(401);
        assertThat(anonymous.get(base + "/reviews/summary").status()).isEqualTo(401);
    }
}
