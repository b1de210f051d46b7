package dev.annota.prediction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ItemPayloads;
import dev.annota.item.ItemRows;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.annota.testing.Eventually.await;

/**
 * Model-assisted labeling end to end through the REST API, on whichever database the subclass configures, with a real
 * prediction service on 127.0.0.1 ({@link FakePredictionService}, allowed by ANNOTA_WEBHOOK_ALLOWED_HOSTS here): the
 * key sealed and never shown, nothing sent until a manager switches the service on, batches of the configured size
 * each recorded as an access event, predictions stored with the model version, retries after 500 and 429, progress,
 * both protocols.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"annota.webhooks.allowed-hosts=127.0.0.1", "annota.predictions.retry-base=50ms",
                "annota.predictions.retry-max=200ms", "annota.predictions.idle-interval=100ms",
                "annota.predictions.sweep-interval=50ms", "annota.predictions.max-attempts=3"})
@Import(Fixtures.class)
abstract class ModelAssistanceScenario {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired ItemRows itemRows;
    @Autowired ItemPayloads payloads;

    Fixtures.LabProject setup;
    ApiClient manager;
    String base;

    @BeforeEach
    void lab() {
        setup = fixtures.labProject("Assisted lab", 1, 5);
        manager = fixtures.client(setup.manager());
        base = "/api/v1/projects/" + setup.project().id() + "/prediction-service";
    }

    JsonNode put(String body) {
        var r = manager.putJson(base, body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    JsonNode progress() {
        var r = manager.get(base + "/progress");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    void awaitProgress(String what, java.util.function.Predicate<JsonNode> condition) throws InterruptedException {
        await(what, Duration.ofSeconds(30), () -> condition.test(progress()));
    }

    /** Each item's predictions, opened, by its text. */
    Map<String, JsonNode> predictionsByText() {
        UUID tenant = setup.lab().id();
        UUID project = setup.project().id();
        return tenants.read(tenant, () -> {
            var byText = new java.util.TreeMap<String, JsonNode>();
            for (var row : itemRows.forPredictionAfter(tenant, project, null, 1000)) {
                String text = JSON.readTree(payloads.open(tenant, row.itemId(), row.sealedPayload())).path("text").asString();
                byText.put(text, row.sealedPredictions() == null ? null
                        : JSON.readTree(payloads.open(tenant, row.itemId(), row.sealedPredictions())));
            }
            return byText;
        });
    }

    /** The item counts of the project's payload.predict events, oldest first. */
    List<Long> predictEvents() {
        UUID tenant = setup.lab().id();
        return tenants.read(tenant, () -> jdbc.sql("select item_count from audit_events where tenant_id = ? and project_id = ? "
                        + "and action = 'payload.predict' order by occurred_at, item_count desc")
                .params(tenant, setup.project().id()).query(Long.class).list());
    }

    String labelStudio(String url, boolean enabled, int batch) {
        return "{\"kind\":\"LABEL_STUDIO\",\"url\":\"" + url + "\",\"apiKey\":\"sk-lab-secret-123\",\"enabled\":" + enabled
                + ",\"batchSize\":" + batch + ",\"requestsPerMinute\":600}";
    }

    @Test
    void theApiKeyIsSealedAtRestAndNeverShownOnlyThatOneIsSet() throws Exception {
        try (var service = FakePredictionService.answering(200)) {
            JsonNode saved = put(labelStudio(service.url(), false, 2));
            assertThat(saved.path("apiKey").path("set").asBoolean()).isTrue();
            assertThat(saved.toString()).doesNotContain("sk-lab-secret-123");
            assertThat(manager.get(base).text()).doesNotContain("sk-lab-secret-123").contains("\"set\":true");
            String stored = tenants.read(setup.lab().id(), () -> jdbc.sql("select api_key from prediction_services where tenant_id = ?")
                    .param(setup.lab().id()).query(String.class).single());
            assertThat(stored).isNotBlank().doesNotContain("sk-lab-secret-123");

            // Left out, the key is kept; "" removes it.
            assertThat(put("{\"kind\":\"LABEL_STUDIO\",\"url\":\"" + service.url() + "\"}").path("apiKey").path("set").asBoolean()).isTrue();
            assertThat(put("{\"kind\":\"LABEL_STUDIO\",\"url\":\"" + service.url() + "\",\"apiKey\":\"\"}").path("apiKey")
                    .path("set").asBoolean()).isFalse();
        }
    }

    @Test
    void nothingLeavesTheInstanceUntilAManagerSwitchesTheServiceOn() throws Exception {
        try (var service = FakePredictionService.answering(200)) {
            put(labelStudio(service.url(), false, 2));
            Thread.sleep(500);
            assertThat(service.received).isEmpty();
            assertThat(predictEvents()).isEmpty();
            assertThat(progress().path("toPredict").asInt()).isEqualTo(5);
        }
    }

    @Test
    void aLabelStudioBackendPredictsEveryItemInBatchesEachAnAccessEventStoredWithItsModelVersion() throws Exception {
        try (var service = FakePredictionService.answering(200)) {
            put(labelStudio(service.url(), true, 2));
            awaitProgress("5 predicted", p -> p.path("predicted").asInt() == 5);

            assertThat(service.received).hasSize(3);
            var first = service.received.getFirst();
            assertThat(first.path()).isEqualTo("/predict");
            assertThat(first.authorization()).isEqualTo("Bearer sk-lab-secret-123");
            assertThat(first.body().path("tasks")).hasSize(2);
            assertThat(first.body().path("tasks").path(0).path("data").path("text").asString()).isEqualTo("text 0");
            assertThat(first.body().path("project").asString()).isEqualTo(setup.project().id().toString());
            assertThat(first.body().path("label_config").asString()).contains("<Choices name=\"label\"").contains("<Choice value=\"c\"/>");
            assertThat(predictEvents()).containsExactlyInAnyOrder(2L, 2L, 1L);

            var predictions = predictionsByText();
            assertThat(predictions.get("text 0").path(0).path("model").asString()).isEqualTo("fake-backend-v2");
            assertThat(predictions.get("text 0").path(0).path("answer").path("label").asString()).isEqualTo("a");
            assertThat(predictions.get("text 1").path(0).path("answer").path("label").asString()).isEqualTo("b");
            assertThat(predictions.get("text 1").path(0).path("score").asDouble()).isEqualTo(0.6);
            JsonNode p = progress();
            assertThat(p.path("toPredict").asInt()).isZero();
            assertThat(p.path("modelVersion").asString()).isEqualTo("fake-backend-v2");

            // Items imported later are predicted too, and nothing is asked twice.
            fixtures.items(setup.project(), setup.manager(), 7);
            awaitProgress("7 predicted", q -> q.path("predicted").asInt() == 7);
            assertThat(service.received).hasSize(4);
            assertThat(predictEvents()).hasSize(4);

            // A deleted item leaves the progress with it.
            UUID deleted = tenants.read(setup.lab().id(), () -> itemRows.forPredictionAfter(setup.lab().id(),
                    setup.project().id(), null, 1)).getFirst().itemId();
            var removed = manager.delete("/api/v1/projects/" + setup.project().id() + "/items/" + deleted + "?reason=duplicate");
            assertThat(removed.status()).as(removed.text()).isBetween(200, 204);
            JsonNode after = progress();
            assertThat(after.path("items").asInt()).isEqualTo(6);
            assertThat(after.path("predicted").asInt()).isEqualTo(6);
            assertThat(after.path("toPredict").asInt()).isZero();
        }
    }

    @Test
    void aServiceAnswering500And429IsAskedAgainAfterABackoffAndTheProgressShowsTheLastError() throws Exception {
        try (var service = new FakePredictionService(n -> n == 0 ? 500 : n == 1 ? 429 : 200)) {
            put(labelStudio(service.url(), true, 5));
            awaitProgress("5 predicted", p -> p.path("predicted").asInt() == 5);
            assertThat(service.received).extracting(FakePredictionService.Received::answered).containsExactly(500, 429, 200);
            // Each attempt sent the items again: each is an access event.
            assertThat(predictEvents()).containsExactly(5L, 5L, 5L);
            assertThat(progress().path("lastError").isNull()).isTrue();
        }
        try (var failing = FakePredictionService.answering(503)) {
            put(labelStudio(failing.url(), true, 5));
            awaitProgress("5 failed", p -> p.path("failed").asInt() == 5);
            JsonNode p = progress();
            assertThat(p.path("lastError").asString()).contains("503");
            assertThat(p.path("predicted").asInt()).isZero();
            assertThat(failing.received).hasSize(3);
        }
    }

    @Test
    void anOpenAiCompatibleServiceIsAskedPerItemWithThePromptTemplateFilledFromTheData() throws Exception {
        try (var service = FakePredictionService.answering(200)) {
            put("{\"kind\":\"OPENAI\",\"url\":\"" + service.url() + "/v1\",\"model\":\"small-llm\",\"apiKey\":\"sk-x\","
                    + "\"prompts\":{\"label\":\"Classify: {{text}}\"},\"enabled\":true,\"batchSize\":3,\"requestsPerMinute\":600}");
            awaitProgress("5 predicted", p -> p.path("predicted").asInt() == 5);
            assertThat(service.received).hasSize(5).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/chat/completions"));
            var first = service.received.getFirst().body();
            assertThat(first.path("model").asString()).isEqualTo("small-llm");
            assertThat(first.path("response_format").path("type").asString()).isEqualTo("json_object");
            assertThat(first.path("messages").path(1).path("content").asString()).isEqualTo("Classify: text 0");
            assertThat(first.path("messages").path(0).path("content").asString()).contains("[\"a\",\"b\",\"c\"]");
            assertThat(predictEvents()).containsExactlyInAnyOrder(3L, 2L);
            var predictions = predictionsByText();
            assertThat(predictions.get("text 2").path(0).path("model").asString()).isEqualTo("small-llm-2026");
            assertThat(predictions.get("text 2").path(0).path("answer").path("label").asString()).isEqualTo("a");
            assertThat(predictions.get("text 3").path(0).path("score").asDouble()).isEqualTo(0.55);
        }
    }

    @Test
    void theModelsAgreementWithTheAnnotatorsIsGivenPerQuestionInTheAnnotatorsOwnFigures() throws Exception {
        var twice = fixtures.labProject("Twice-labeled lab", 2, 4);
        var twiceManager = fixtures.client(twice.manager());
        String twiceBase = "/api/v1/projects/" + twice.project().id();
        for (int i = 0; i < 2; i++) {
            assertThat(dev.annota.testing.WorkSteps.workUntilDone(fixtures.client(fixtures.user(twice.lab(), Role.ANNOTATOR)),
                    twiceBase)).isEqualTo(4);
        }
        try (var service = FakePredictionService.answering(200)) {
            var saved = twiceManager.putJson(twiceBase + "/prediction-service", labelStudio(service.url(), true, 10));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            await("4 predicted", Duration.ofSeconds(30), () -> twiceManager.get(twiceBase + "/prediction-service/progress").json().path("predicted").asInt() == 4);
        }
        // Both annotators answered "a" everywhere; the model says "a" for texts 0 and 2, "b" for 1 and 3.
        JsonNode report = twiceManager.get(twiceBase + "/prediction-service/agreement").json();
        assertThat(report.path("modelVersion").asString()).isEqualTo("fake-backend-v2");
        JsonNode label = report.path("questions").path(0);
        assertThat(label.path("question").asString()).isEqualTo("label");
        assertThat(label.path("items").asInt()).isEqualTo(4);
        assertThat(label.path("percentAgreement").asDouble()).isEqualTo(0.5);
        assertThat(label.path("pairsAgreeing").asDouble()).isEqualTo(0.5);
        assertThat(label.path("kappa").asDouble()).isEqualTo(0.0);
        assertThat(label.path("annotatorsPercentAgreement").asDouble()).isEqualTo(1.0);
        assertThat(label.path("annotatorsAlpha").isNull()).as("no variation among the annotators: undefined").isTrue();
    }

    @Test
    void aQueueOrderedByUncertaintyServesTheItemsTheModelIsLeastSureOfFirstAndBackInIdOrderWhenSwitchedOff() throws Exception {
        try (var service = FakePredictionService.answering(200)) {
            put(labelStudio(service.url(), true, 10).replace("}", ",\"queueOrder\":\"LEAST_CONFIDENT\"}"));
            awaitProgress("5 predicted", p -> p.path("predicted").asInt() == 5);
        }
        // The model is sure (0.9) of texts 0, 2 and 4 and unsure (0.6) of 1 and 3: those come first, in id order.
        var first = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        var claimed = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var next = first.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next");
            assertThat(next.status()).as(next.text()).isEqualTo(200);
            claimed.add(next.json().path("data").path("text").asString());
            var submitted = first.postJson("/api/v1/projects/" + setup.project().id() + "/assignments/"
                    + next.json().path("assignmentId").asString() + "/annotation", "{\"label\":\"a\"}");
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        }
        assertThat(claimed).containsExactly("text 1", "text 3", "text 0");

        put("{\"kind\":\"LABEL_STUDIO\",\"url\":\"http://127.0.0.1:1\",\"enabled\":false,\"queueOrder\":\"ID\"}");
        var second = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        var next = second.postEmpty("/api/v1/projects/" + setup.project().id() + "/tasks/next");
        assertThat(next.json().path("data").path("text").asString()).isEqualTo("text 2");
    }

    @Test
    void theSettingsAreCheckedAndOnlyTheOwningLabsManagersMayTouchThem() throws Exception {
        var refused = manager.putJson(base, "{\"kind\":\"LABEL_STUDIO\",\"url\":\"http://10.1.2.3:9090\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("url");
        var noModel = manager.putJson(base, "{\"kind\":\"OPENAI\",\"url\":\"http://127.0.0.1:1\",\"prompts\":{\"label\":\"x\"}}");
        assertThat(noModel.json().path("field").asString()).as(noModel.text()).isEqualTo("model");
        var unknown = manager.putJson(base, "{\"kind\":\"OPENAI\",\"url\":\"http://127.0.0.1:1\",\"model\":\"m\",\"prompts\":{\"nope\":\"x\"}}");
        assertThat(unknown.json().path("field").asString()).as(unknown.text()).isEqualTo("prompts.nope");
        assertThat(manager.get(base).status()).isEqualTo(404);

        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        assertThat(fixtures.client(annotator).putJson(base, labelStudio("http://127.0.0.1:1", true, 2)).status()).isEqualTo(403);
        var otherLab = fixtures.labProject("Other lab", 1, 0);
        assertThat(fixtures.client(otherLab.manager()).get(base).status()).isEqualTo(404);

        put(labelStudio("http://127.0.0.1:1", false, 2));
        assertThat(manager.delete(base).status()).isEqualTo(204);
        assertThat(manager.get(base).status()).isEqualTo(404);
    }
}
