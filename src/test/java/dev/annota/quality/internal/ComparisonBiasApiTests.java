package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.BiFunction;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.ShownOrder;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Position bias over HTTP, end to end: the claim serves each assignment its own order (recomputable from the
 * assignment id) and no model names; an annotator who always picks the response shown first is flagged with the
 * evidence, one who alternates is not; answers sent in another order than served are counted; the models are ranked
 * with and without the order effect; only the owner's staff see it.
 */
@ApiTest
class ComparisonBiasApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ITEMS = 30;

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;

    /** Claims and answers every item; {@code choose(task, n)} gives the answer's {@code shown_order} and preferred. */
    private int answerAll(ApiClient annotator, UUID project, BiFunction<JsonNode, Integer, int[][]> choose) {
        int notAsServed = 0;
        for (int n = 0; ; n++) {
            var next = annotator.postEmpty("/api/v1/projects/" + project + "/tasks/next");
            if (next.status() == 204) {
                return notAsServed;
            }
            assertThat(next.status()).as(next.text()).isEqualTo(200);
            JsonNode task = next.json();
            UUID assignment = UUID.fromString(task.get("assignmentId").asString());
            int[] served = JSON.treeToValue(task.get("shownOrder"), int[].class);
            assertThat(served).as("the order drawn for the assignment").isEqualTo(ShownOrder.of(assignment, 2));
            assertThat(task.get("data").get("responses").toString()).as("models are not named to annotators").doesNotContain("model");
            int[][] answer = choose.apply(task, n);
            notAsServed += Arrays.equals(answer[0], served) ? 0 : 1;
            var submitted = annotator.postJson("/api/v1/projects/" + project + "/assignments/" + assignment + "/annotation",
                    "{\"pref\": {\"shown_order\": " + Arrays.toString(answer[0]) + ", \"preferred\": " + answer[1][0] + "}}");
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        }
    }

    private static int[] served(JsonNode task) {
        return JSON.treeToValue(task.get("shownOrder"), int[].class);
    }

    private static JsonNode annotator(JsonNode question, CurrentUser who) {
        for (JsonNode g : question.get("annotators")) {
            if (g.get("id").asString().equals(who.id().toString())) {
                return g;
            }
        }
        throw new AssertionError("no figures for " + who.id());
    }

    @Test
    void theAnnotatorWhoAlwaysPicksTheFirstShownIsFlaggedWithTheEvidenceAndOnlyTheOwnersStaffSeeIt() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Bias lab");
        CurrentUser managerUser = fixtures.user(lab, Role.MANAGER);
        // Responses of equal length: the longest-response finding (compared with the median annotator, whose rate
        // here depends on the random orders drawn) stays out of this test; ComparisonBiasTests covers it.
        Project p = projects.create(managerUser, new ProjectSettings("Bias", "# Guidelines", TaskType.RESPONSE_COMPARISON,
                JSON.readTree("{\"questions\": [{\"name\": \"pref\", \"type\": \"comparison\"}]}"), 3, 600, 0));
        var lines = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            lines.append("{\"external_id\": \"p").append(i).append("\", \"data\": {\"prompt\": \"q").append(i)
                    .append("\", \"responses\": [{\"content\": \"first answer ").append(i).append("\", \"model\": \"alpha\"},")
                    .append(" {\"content\": \"other answer ").append(i).append("\", \"model\": \"beta\"}]}}\n");
        }
        fixtures.importItems(p, managerUser, lines.toString());
        CurrentUser first = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser alternating = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser ownOrder = fixtures.user(lab, Role.ANNOTATOR);

        answerAll(fixtures.client(first), p.id(), (task, n) -> new int[][] {served(task), {served(task)[0]}});
        answerAll(fixtures.client(alternating), p.id(), (task, n) -> new int[][] {served(task), {served(task)[n % 2]}});
        // A client that shows its own order (always item order) and says so in shown_order.
        int sentOther = answerAll(fixtures.client(ownOrder), p.id(), (task, n) -> new int[][] {{0, 1}, {0}});

        var reviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        var response = reviewer.get("/api/v1/projects/" + p.id() + "/quality/bias");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode question = response.json().get("questions").get(0);
        assertThat(question.get("question").asString()).isEqualTo("pref");

        JsonNode biased = annotator(question, first);
        assertThat(biased.get("flagged").asBoolean()).isTrue();
        assertThat(biased.get("firstShown").get("hits").asInt()).isEqualTo(ITEMS);
        assertThat(biased.get("firstShown").get("trials").asInt()).isEqualTo(ITEMS);
        assertThat(biased.get("firstShown").get("expected").asDouble()).isEqualTo(0.5);
        assertThat(biased.get("firstShown").get("pValue").asDouble()).isLessThan(1e-8);
        assertThat(biased.get("evidence").get(0).asString()).startsWith("Chose the response shown first in 30 of 30 comparisons");
        assertThat(biased.get("notAsServed").asInt()).isZero();
        assertThat(question.get("annotators").get(0).get("id").asString()).as("flagged first").isEqualTo(first.id().toString());

        JsonNode fair = annotator(question, alternating);
        assertThat(fair.get("flagged").asBoolean()).isFalse();
        assertThat(fair.get("firstShown").get("rate").asDouble()).isEqualTo(0.5);
        assertThat(fair.get("firstShown").get("pValue").asDouble()).isEqualTo(1.0);

        assertThat(annotator(question, ownOrder).get("notAsServed").asInt()).isEqualTo(sentOther);
        assertThat(question.get("project").get("answers").asInt()).isEqualTo(3 * ITEMS);
        assertThat(question.get("vendors")).singleElement().satisfies(v -> assertThat(v.get("name").asString()).isEqualTo(lab.name()));
        assertThat(question.get("project").get("models")).extracting(m -> m.get("model").asString()).containsExactly("alpha", "beta");
        assertThat(question.get("models")).hasSize(2);
        assertThat(question.get("modelsPositionCorrected")).hasSize(2);
        assertThat(question.get("firstShownOdds").asDouble()).isGreaterThan(1);

        assertThat(fixtures.client(first).get("/api/v1/projects/" + p.id() + "/quality/bias").status()).isEqualTo(403);
        var otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other bias lab");
        assertThat(fixtures.client(fixtures.user(otherLab, Role.MANAGER)).get("/api/v1/projects/" + p.id() + "/quality/bias").status())
                .isEqualTo(404);
    }
}
