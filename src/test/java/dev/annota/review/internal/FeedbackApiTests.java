package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The annotator's side of review over HTTP: the rework task with its feedback, the feedback inbox (review decisions and
 * missed gold), one reply per decision seen in the item's history, and who may read and reply.
 */
@ApiTest
class FeedbackApiTests {
    // Runs on H2 here and on PostgreSQL in FeedbackPostgresTests.

    @Autowired
    Fixtures fixtures;

    private ApiClient client(CurrentUser user) {
        return fixtures.client(user);
    }

    @Test
    void theAnnotatorSeesTheFeedbackBesideTheReworkAndInTheInboxRepliesOnceAndOnlyTheirOwn() throws Exception {
        var setup = fixtures.labProject("Feedback lab", 1, 0);
        Organization lab = setup.lab();
        Project project = setup.project();
        fixtures.itemsWithGold(project, setup.manager(), 2);
        ApiClient manager = client(setup.manager());
        String base = "/api/v1/projects/" + project.id();
        assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
        CurrentUser annotatorUser = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient annotator = client(annotatorUser);
        ApiClient reviewer = client(fixtures.user(lab, Role.REVIEWER));

        // One ordinary answer, rejected with feedback; a gold item answered wrong.
        var task = annotator.postEmpty(base + "/tasks/next").json();
        assertThat(task.has("rework")).as("no rework field on ordinary work").isFalse();
        assertThat(annotator.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"a\"}").status()).isEqualTo(201);
        JsonNode review = WorkSteps.nextReview(reviewer, base);
        var rejected = reviewer.postJson(base + "/reviews/" + review.get("reviewId").asString() + "/decision",
                "{\"decision\":\"REJECT\",\"fencingToken\":" + review.get("fencingToken").asLong()
                        + ",\"feedback\":\"Look again.\",\"questionFeedback\":{\"label\":\"Not a.\"}}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        String itemPath = base + "/items/" + task.get("itemId").asString();
        assertThat(manager.get(itemPath).json().get("review").get("state").asString()).isEqualTo("NEEDS_REWORK");
        assertThat(manager.get(base + "/reviews/summary").json().get("items").get("NEEDS_REWORK").asInt()).isEqualTo(1);

        var rework = annotator.postEmpty(base + "/tasks/next");
        assertThat(rework.status()).isEqualTo(200);
        JsonNode r = rework.json().get("rework");
        assertThat(rework.json().get("itemId").asString()).isEqualTo(task.get("itemId").asString());
        assertThat(r.get("reviewId").asString()).isEqualTo(review.get("reviewId").asString());
        assertThat(r.get("round").asInt()).isEqualTo(2);
        assertThat(r.get("feedback").asString()).isEqualTo("Look again.");
        assertThat(r.get("questionFeedback").get("label").asString()).isEqualTo("Not a.");
        assertThat(r.get("previousAnswer").get("label").asString()).isEqualTo("a");

        var inbox = annotator.get("/api/v1/me/feedback");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        JsonNode entry = inbox.json().get("entries").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("REVIEW");
        assertThat(entry.get("decision").asString()).isEqualTo("REJECT");
        assertThat(entry.get("stage").asString()).isEqualTo("REVIEW");
        assertThat(entry.get("projectId").asString()).isEqualTo(project.id().toString());
        assertThat(entry.get("feedback").asString()).isEqualTo("Look again.");
        assertThat(entry.get("yourAnswer").get("label").asString()).isEqualTo("a");
        assertThat(entry.get("canReply").asBoolean()).isTrue();
        assertThat(entry.get("reply").isNull()).isTrue();
        assertThat(entry.has("item")).as("no item data, as my-annotations").isFalse();
        JsonNode acceptance = inbox.json().get("acceptance");
        assertThat(acceptance.get("reviewed").asInt()).isEqualTo(1);
        assertThat(acceptance.get("rejected").asInt()).isEqualTo(1);
        assertThat(acceptance.get("rate").asDouble()).isEqualTo(0.0);

        String replyPath = "/api/v1/me/feedback/" + entry.get("id").asString() + "/reply";
        ApiClient colleague = client(fixtures.user(lab, Role.ANNOTATOR));
        assertThat(colleague.postJson(replyPath, "{\"text\":\"Not mine\"}").status()).as("another annotator's decision").isEqualTo(404);
        Organization other = fixtures.organization(OrganizationKind.CUSTOMER, "Feedback other");
        assertThat(client(fixtures.user(other, Role.ANNOTATOR)).postJson(replyPath, "{\"text\":\"x\"}").status()).isEqualTo(404);
        assertThat(fixtures.anonymous().postJson(replyPath, "{\"text\":\"x\"}").status()).isEqualTo(401);
        assertThat(fixtures.anonymous().get("/api/v1/me/feedback").status()).isEqualTo(401);
        assertThat(annotator.postJson(replyPath, "{\"text\":\"\"}").json().get("field").asString()).isEqualTo("text");
        var replied = annotator.postJson(replyPath, "{\"text\":\"I read the label as a.\"}");
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        assertThat(annotator.postJson(replyPath, "{\"text\":\"again\"}").status()).as("once per decision").isEqualTo(409);
        assertThat(colleague.get("/api/v1/me/feedback").json().get("entries").size()).as("only one's own").isZero();

        var history = manager.get(base + "/items/" + task.get("itemId").asString() + "/reviews").json().get(0);
        assertThat(history.get("reply").get("text").asString()).isEqualTo("I read the label as a.");
        JsonNode after = annotator.get("/api/v1/me/feedback").json().get("entries").get(0);
        assertThat(after.get("reply").get("text").asString()).isEqualTo("I read the label as a.");
        assertThat(after.get("canReply").asBoolean()).isFalse();

        // Resubmitted, reviewed again and accepted; then a missed gold item shows up with its expected answer.
        assertThat(annotator.postJson(base + "/assignments/" + rework.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"b\"}").status()).isEqualTo(201);
        assertThat(manager.get(itemPath).json().get("review").get("state").asString()).isEqualTo("IN_REVIEW");
        JsonNode again = WorkSteps.nextReview(reviewer, base);
        assertThat(reviewer.postJson(base + "/reviews/" + again.get("reviewId").asString() + "/decision",
                "{\"decision\":\"ACCEPT\",\"fencingToken\":" + again.get("fencingToken").asLong() + "}").status()).isEqualTo(200);
        JsonNode itemReview = manager.get(itemPath).json().get("review");
        assertThat(itemReview.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(itemReview.get("round").asInt()).isEqualTo(2);
        assertThat(manager.putJson(base + "/quality/settings", "{\"goldRate\":1.0,\"qualificationItems\":0}").status()).isEqualTo(200);
        var gold = annotator.postEmpty(base + "/tasks/next").json();
        assertThat(annotator.postJson(base + "/assignments/" + gold.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"b\"}").status()).isEqualTo(201);
        var full = annotator.get("/api/v1/me/feedback").json();
        JsonNode newest = full.get("entries").get(0);
        assertThat(newest.get("kind").asString()).as(full.toString()).isEqualTo("GOLD");
        assertThat(newest.get("expected").get("label").asString()).isEqualTo("a");
        assertThat(newest.get("yourAnswer").get("label").asString()).isEqualTo("b");
        assertThat(newest.get("canReply").asBoolean()).isFalse();
        assertThat(full.get("entries").size()).isEqualTo(3);
        assertThat(full.get("acceptance").get("accepted").asInt()).isEqualTo(1);
        assertThat(full.get("acceptance").get("rate").asDouble()).isEqualTo(0.5);
        var paged = annotator.get("/api/v1/me/feedback?limit=2").json();
        assertThat(paged.get("entries").size()).isEqualTo(2);
        var rest = annotator.get("/api/v1/me/feedback?limit=2&before=" + paged.get("next").asString()).json();
        assertThat(rest.get("entries").size()).isEqualTo(1);
        assertThat(rest.get("entries").get(0).get("id").asString()).isEqualTo(entry.get("id").asString());
        assertThat(UUID.fromString(entry.get("id").asString())).isNotNull();
    }
}
