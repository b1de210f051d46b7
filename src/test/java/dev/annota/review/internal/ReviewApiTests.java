package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Review over HTTP: settings, the queue, decisions, history, summary, and who may call what. */
@ApiTest
class ReviewApiTests {

    @Autowired
    Fixtures fixtures;

    private Organization lab;
    private Organization vendor;
    private ApiClient manager;
    private Project project;
    private String base;

    @BeforeEach
    void aProjectWithAnEngagedVendor() {
        var setup = fixtures.labProject("Review lab", 1, 2);
        lab = setup.lab();
        vendor = fixtures.engagedVendor(setup);
        project = setup.project();
        manager = fixtures.client(setup.manager());
        base = "/api/v1/projects/" + project.id();
    }

    private String label(ApiClient annotator, String label) {
        return WorkSteps.answerNext(annotator, base, "{\"label\":\"" + label + "\"}");
    }

    private JsonNode summary() {
        var answer = manager.get(base + "/reviews/summary");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("stages");
    }

    private void awaitWaiting(int reviews) throws InterruptedException {
        WorkSteps.awaitWaitingReviews(manager, base, reviews);
    }

    private static String decision(JsonNode task, String decision, long token, String extra) {
        return "{\"decision\":\"" + decision + "\",\"fencingToken\":" + token + extra + "}";
    }

    @Test
    void settingsAreWrittenByManagersAndAWrongValueIsRefusedNamingItsField() {
        var initial = manager.get(base + "/review/settings");
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.json().get("stages").asString()).isEqualTo("NONE");
        var wrong = manager.putJson(base + "/review/settings", "{\"qaShare\": 0}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("field").asString()).isEqualTo("qaShare");
        assertThat(fixtures.client(fixtures.user(lab, Role.REVIEWER)).putJson(base + "/review/settings", "{\"reviewShare\": 5}").status())
                .isEqualTo(403);
        var changed = manager.putJson(base + "/review/settings",
                "{\"stages\":\"REVIEW_AND_QA\",\"reviewShare\":25,\"qaShare\":5,\"firstAnswers\":3,\"targetDisagreement\":true,"
                        + "\"targetMissedGold\":true,\"maxRounds\":2}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(manager.get(base + "/review/settings").json().toString()).isEqualTo(changed.json().toString())
                .contains("\"reviewShare\":25", "\"qaShare\":5", "\"firstAnswers\":3", "\"targetDisagreement\":true",
                        "\"targetMissedGold\":true", "\"maxRounds\":2");
    }

    @Test
    void reviewersLeaseReviewsCorrectAndRejectAndTheHistoryShowsPseudonymsNeverTheAnnotatorsIdentity() throws Exception {
        assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
        CurrentUser vendorAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        CurrentUser labAnnotator = fixtures.user(lab, Role.ANNOTATOR);
        String vendorItem = label(fixtures.client(vendorAnnotator), "a");
        String labItem = label(fixtures.client(labAnnotator), "a");
        awaitWaiting(2);

        // The vendor's reviewer sees only the vendor's annotators' work, and their names.
        ApiClient vendorReviewer = fixtures.client(fixtures.user(vendor, Role.REVIEWER));
        var vendorTask = vendorReviewer.postEmpty(base + "/reviews/next");
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
        assertThat(vendorReviewer.postEmpty(base + "/reviews/next").json().get("reviewId")).as("a reload: the same review")
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
        assertThat(vendorReviewer.postEmpty(base + "/reviews/next").status()).as("the lab's annotation is not theirs").isEqualTo(204);

        // The lab's reviewer takes the other; a stale token is refused, the right one rejects.
        ApiClient labReviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        JsonNode l = labReviewer.postEmpty(base + "/reviews/next").json();
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
        var outsiders = List.of(fixtures.client(fixtures.user(other, Role.MANAGER)), fixtures.client(fixtures.user(other, Role.REVIEWER, Role.ADMIN)));
        ApiClient annotator = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        ApiClient anonymous = fixtures.anonymous();
        String body = "{\"decision\":\"ACCEPT\",\"fencingToken\":1}";
        var expected = new LinkedHashMap<ApiClient, Integer>();
        outsiders.forEach(c -> expected.put(c, 404));
        expected.put(annotator, 403);
        expected.put(anonymous, 401);
        expected.forEach((c, status) -> {
            assertThat(c.get(base + "/review/settings").status()).isEqualTo(status);
            assertThat(c.putJson(base + "/review/settings", "{\"reviewShare\":5}").status()).isEqualTo(status);
            assertThat(c.postEmpty(base + "/reviews/next").status()).isEqualTo(status);
            assertThat(c.postJson(review, body).status()).isEqualTo(status);
            assertThat(c.get(item).status()).isEqualTo(status);
            assertThat(c.get(base + "/reviews/summary").status()).isEqualTo(status);
        });
    }
}
