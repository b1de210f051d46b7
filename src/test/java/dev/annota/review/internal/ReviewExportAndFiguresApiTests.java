package dev.annota.review.internal;

import dev.annota.identity.Pseudonyms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * What review does to the exports, the aggregation and the review figures, over HTTP: a vendor's annotation corrected,
 * a lab annotation accepted (and accepted again in QA), another rejected.
 */
@ApiTest
class ReviewExportAndFiguresApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    private Organization lab;
    private Organization vendor;
    private ApiClient manager;
    private String base;
    private CurrentUser vendorAnnotator;
    private CurrentUser labAnnotator;
    private CurrentUser labReviewer;
    private final Map<String, String> items = new HashMap<>();

    @BeforeEach
    void aProjectWhoseThreeAnswersWereCorrectedAcceptedAndRejected() throws InterruptedException {
        var setup = fixtures.labProject("Figures lab", 1, 3);
        lab = setup.lab();
        vendor = fixtures.engagedVendor(setup);
        Project project = setup.project();
        manager = client(setup.manager());
        base = "/api/v1/projects/" + project.id();
        assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW_AND_QA\",\"reviewShare\":100,\"qaShare\":100}")
                .status()).isEqualTo(200);
        vendorAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        labAnnotator = fixtures.user(lab, Role.ANNOTATOR);
        items.put("corrected", label(client(vendorAnnotator), "a"));
        items.put("accepted", label(client(labAnnotator), "a"));
        items.put("rejected", label(client(labAnnotator), "c"));
        awaitWaiting(3);

        labReviewer = fixtures.user(lab, Role.REVIEWER);
        ApiClient reviewer = client(labReviewer);
        for (int i = 0; i < 3; i++) {
            JsonNode task = reviewer.postEmpty(base + "/reviews/next").json();
            String item = task.get("item").get("id").asString();
            String extra = item.equals(items.get("corrected")) ? "\"CORRECT\",\"answer\":{\"label\":\"b\"},\"feedback\":\"It is b.\""
                    : item.equals(items.get("accepted")) ? "\"ACCEPT\"" : "\"REJECT\",\"feedback\":\"Redo.\"";
            var decided = reviewer.postJson(base + "/reviews/" + task.get("reviewId").asString() + "/decision",
                    "{\"fencingToken\":" + task.get("fencingToken").asLong() + ",\"decision\":" + extra + "}");
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        }
        // QA (qaShare 100) takes the one accepted in REVIEW; a second reviewer accepts it too.
        ApiClient qa = client(fixtures.user(lab, Role.REVIEWER));
        JsonNode task = qa.postEmpty(base + "/reviews/next").json();
        assertThat(task.get("stage").asString()).isEqualTo("QA");
        assertThat(qa.postJson(base + "/reviews/" + task.get("reviewId").asString() + "/decision",
                "{\"fencingToken\":" + task.get("fencingToken").asLong() + ",\"decision\":\"ACCEPT\"}").status()).isEqualTo(200);
    }

    private ApiClient client(CurrentUser user) {
        return fixtures.client(user);
    }

    private String label(ApiClient annotator, String label) {
        return WorkSteps.answerNext(annotator, base, "{\"label\":\"" + label + "\"}");
    }

    private void awaitWaiting(int reviews) throws InterruptedException {
        WorkSteps.awaitWaitingReviews(manager, base, reviews);
    }

    /** The export's lines by item id. */
    private Map<String, JsonNode> export(String query) {
        var answer = manager.get(base + "/export" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var lines = new HashMap<String, JsonNode>();
        for (String line : answer.text().split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                lines.put(node.get("item_id").asString(), node);
            }
        }
        return lines;
    }

    @Test
    void theAcceptedExportHoldsOnlyAcceptedWorkWithTheCorrectionInPlaceOfTheAnswer() {
        var lines = export("?review=accepted");
        assertThat(lines.keySet()).as("the rejected item has no accepted work")
                .containsExactlyInAnyOrder(items.get("corrected"), items.get("accepted"));
        JsonNode corrected = lines.get(items.get("corrected")).get("annotations").get(0);
        assertThat(corrected.get("answer").get("label").asString()).isEqualTo("b");
        assertThat(corrected.get("original_answer").get("label").asString()).isEqualTo("a");
        assertThat(corrected.get("review").get("status").asString()).isEqualTo("corrected");
        JsonNode accepted = lines.get(items.get("accepted")).get("annotations").get(0);
        assertThat(accepted.get("answer").get("label").asString()).isEqualTo("a");
        assertThat(accepted.get("review").get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.has("original_answer")).isFalse();

        var summary = manager.get(base + "/export/summary?review=accepted");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().get("items").asLong()).isEqualTo(2);
        assertThat(summary.json().get("annotations").asLong()).isEqualTo(2);
        assertThat(summary.json().get("review").asString()).isEqualTo("accepted");
        assertThat(summary.json().get("reviewed").toString()).isEqualTo(
                "{\"accepted\":1,\"corrected\":1,\"rejected\":1,\"inReview\":0,\"unreviewed\":0}");
    }

    @Test
    void theDefaultExportIsUnchangedAndTheHistoryExportKeepsEveryAnswerWithItsReviews() {
        var plain = export("");
        assertThat(plain).hasSize(3);
        JsonNode original = plain.get(items.get("corrected")).get("annotations").get(0);
        assertThat(original.get("answer").get("label").asString()).as("as submitted").isEqualTo("a");
        assertThat(original.has("review")).isFalse();
        assertThat(manager.get(base + "/export/summary").json().get("annotations").asLong()).isEqualTo(3);

        var history = export("?review=history");
        assertThat(history).hasSize(3);
        JsonNode corrected = history.get(items.get("corrected")).get("annotations").get(0);
        assertThat(corrected.get("answer").get("label").asString()).as("the original, kept").isEqualTo("a");
        assertThat(corrected.has("supersedes")).isTrue();
        assertThat(corrected.get("review").get("status").asString()).isEqualTo("corrected");
        assertThat(corrected.get("review").get("answer").get("label").asString()).isEqualTo("b");
        JsonNode step = corrected.get("review").get("history").get(0);
        assertThat(step.get("stage").asString()).isEqualTo("REVIEW");
        assertThat(step.get("decision").asString()).isEqualTo("CORRECT");
        assertThat(step.get("reviewer").asString()).isEqualTo(Pseudonyms.of(lab.id(), labReviewer.id()));
        assertThat(step.get("feedback").asString()).isEqualTo("It is b.");
        assertThat(step.get("correction").get("label").asString()).isEqualTo("b");
        assertThat(step.get("schema_version").asInt()).isEqualTo(1);
        assertThat(step.get("decided_at").asString()).isNotBlank();
        JsonNode accepted = history.get(items.get("accepted")).get("annotations").get(0).get("review");
        assertThat(accepted.get("history").size()).as("REVIEW and QA").isEqualTo(2);
        assertThat(accepted.get("history").get(1).get("stage").asString()).isEqualTo("QA");
        JsonNode rejected = history.get(items.get("rejected")).get("annotations").get(0).get("review");
        assertThat(rejected.get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.get("history").get(0).get("feedback").asString()).isEqualTo("Redo.");
        assertThat(history.toString()).doesNotContain(labReviewer.id().toString());

        var wrong = manager.get(base + "/export?review=approved");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("field").asString()).isEqualTo("review");
    }

    @Test
    void theAggregateTakesTheCorrectionAndLeavesTheRejectedAnswerOut() {
        var aggregate = manager.get(base + "/aggregate?method=mv");
        assertThat(aggregate.status()).as(aggregate.toString()).isEqualTo(200);
        var labels = new HashMap<String, String>();
        aggregate.json().get("items").forEach(i -> labels.put(i.get("itemId").asString(), i.get("answer").get("label").asString()));
        assertThat(labels).containsOnly(Map.entry(items.get("corrected"), "b"), Map.entry(items.get("accepted"), "a"));
        var consensus = export("?aggregate=mv").get(items.get("corrected")).get("consensus");
        assertThat(consensus.get("answer").get("label").asString()).isEqualTo("b");
    }

    @Test
    void theLabSeesEveryonesFiguresWithPeopleOutsideItByPseudonym() {
        var answer = manager.get(base + "/reviews/figures");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode figures = answer.json();
        var annotators = new HashMap<String, JsonNode>();
        figures.get("annotators").forEach(a -> annotators.put(a.get("annotator").get("pseudonym").asString(), a));
        JsonNode ours = annotators.get(Pseudonyms.of(lab.id(), labAnnotator.id()));
        assertThat(ours.get("annotator").get("name").asString()).isEqualTo(labAnnotator.displayName());
        assertThat(ours.get("work").get("decided").asLong()).isEqualTo(2);
        assertThat(ours.get("work").get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(ours.get("work").get("correctionRate").asDouble()).isEqualTo(0.0);
        assertThat(ours.get("work").get("reworkRounds").asLong()).isEqualTo(1);
        assertThat(ours.get("work").get("medianSecondsToReview").asDouble()).isGreaterThanOrEqualTo(0);
        JsonNode theirs = annotators.get(Pseudonyms.of(lab.id(), vendorAnnotator.id()));
        assertThat(theirs.get("annotator").get("name").isNull()).as("outside the lab: a pseudonym only").isTrue();
        assertThat(theirs.get("work").get("correctionRate").asDouble()).isEqualTo(1.0);
        assertThat(theirs.get("work").get("acceptanceRate").asDouble()).isEqualTo(1.0);
        var workforces = new ArrayList<String>();
        figures.get("workforces").forEach(w -> workforces.add(w.get("organizationId").asString() + " " + w.get("name").asString()));
        assertThat(workforces).containsExactlyInAnyOrder(lab.id() + " " + lab.name(), vendor.id() + " " + vendor.name());
        assertThat(figures.get("reviewers").size()).isEqualTo(2);
        JsonNode first = figures.get("reviewers").get(0);
        assertThat(first.get("decisions").asLong() + figures.get("reviewers").get(1).get("decisions").asLong()).isEqualTo(4);
        assertThat(first.get("decisionsPerDay").asDouble()).isEqualTo(first.get("decisions").asDouble() / first.get("activeDays").asLong());
        assertThat(figures.get("doubleReviewed").toString()).isEqualTo("{\"count\":1,\"agreement\":1.0,\"kappa\":null}");
        assertThat(answer.text()).doesNotContain(vendorAnnotator.email(), vendorAnnotator.id().toString());
    }

    @Test
    void aVendorSeesOnlyItsOwnPeopleAnAnnotatorGets403AnotherTenant404AndNobodyAnonymousGetsIn() {
        var vendorView = client(fixtures.user(vendor, Role.MANAGER)).get(base + "/reviews/figures");
        assertThat(vendorView.status()).as(vendorView.toString()).isEqualTo(200);
        JsonNode figures = vendorView.json();
        assertThat(figures.get("annotators").size()).isEqualTo(1);
        assertThat(figures.get("annotators").get(0).get("annotator").get("name").asString()).isEqualTo(vendorAnnotator.displayName());
        assertThat(figures.get("workforces").size()).isEqualTo(1);
        assertThat(figures.get("workforces").get(0).get("organizationId").asString()).isEqualTo(vendor.id().toString());
        assertThat(figures.get("reviewers").size()).as("the lab's reviewers are not the vendor's people").isZero();
        assertThat(figures.get("doubleReviewed").get("count").asLong()).isZero();
        assertThat(vendorView.text()).doesNotContain(Pseudonyms.of(lab.id(), labAnnotator.id()), lab.id().toString(), lab.name());

        assertThat(client(fixtures.user(vendor, Role.ANNOTATOR)).get(base + "/reviews/figures").status()).isEqualTo(403);
        assertThat(client(labAnnotator).get(base + "/reviews/figures").status()).isEqualTo(403);
        assertThat(client(labReviewer).get(base + "/reviews/figures").status()).isEqualTo(403);
        Organization other = fixtures.organization(OrganizationKind.CUSTOMER, "Figures other lab");
        assertThat(client(fixtures.user(other, Role.MANAGER)).get(base + "/reviews/figures").status()).isEqualTo(404);
        Organization otherVendor = fixtures.organization(OrganizationKind.WORKFORCE, "Figures other vendor");
        assertThat(client(fixtures.user(otherVendor, Role.ADMIN)).get(base + "/reviews/figures").status()).as("not engaged").isEqualTo(404);
        assertThat(fixtures.anonymous().get(base + "/reviews/figures").status()).isEqualTo(401);
    }
}
