package dev.annota.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;


import dev.annota.annotation.ExportFinished;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WebhookReceiver;
import dev.annota.testing.WorkSteps;
import dev.annota.work.AnswerSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.annota.testing.Eventually.await;

/**
 * A project's webhooks through the REST API, with a real receiver on 127.0.0.1 (allowed in {@link ApiTest}): events of
 * real work (answers, a completed item, a review decision) and a published export reach it signed as Standard Webhooks
 * say, checked here from the specification's definition; the outbox commits and rolls back with the event; failures are
 * retried and logged; a message is redelivered on request; a webhook failing for the whole retry period is disabled and
 * its creator told.
 */
@ApiTest
public class WebhooksApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    Fixtures.LabProject lab;
    String base;
    ApiClient manager;

    @BeforeEach
    void lab() {
        lab = fixtures.labProject("Webhook lab", 1, 2);
        base = "/api/v1/projects/" + lab.project().id();
        manager = fixtures.client(lab.manager());
    }

    /** Creates a webhook; answers the created document (webhook and secret). */
    JsonNode webhook(String url, String... events) {
        var created = manager.postJson(base + "/webhooks", "{\"url\":\"" + url + "\",\"events\":" + JSON.writeValueAsString(events) + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    static List<JsonNode> bodies(WebhookReceiver receiver) {
        return receiver.accepted().stream().map(r -> JSON.readTree(r.note())).toList();
    }

    static List<String> types(WebhookReceiver receiver) {
        return bodies(receiver).stream().map(b -> b.get("type").asString()).toList();
    }

    @Test
    void answersAndACompletedItemReachTheWebhookSignedAsStandardWebhooksSay() throws Exception {
        try (var receiver = WebhookReceiver.answering(204)) {
            JsonNode created = webhook(receiver.url(), "annotation.created", "item.completed");
            String secret = created.get("secret").asString();
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring(6)).length).isGreaterThanOrEqualTo(24);
            String id = created.get("webhook").get("id").asString();
            assertThat(manager.get(base + "/webhooks/" + id).text()).as("the secret is shown once").doesNotContain(secret);
            String stored = tenants.read(lab.lab().id(), () -> jdbc.sql("select secret from webhooks where id = ?")
                    .param(UUID.fromString(id)).query(String.class).single());
            assertThat(stored).as("sealed under the tenant's keys").startsWith("v1:").doesNotContain(secret.substring(6));

            CurrentUser annotator = fixtures.user(lab.lab(), Role.ANNOTATOR);
            assertThat(WorkSteps.workUntilDone(fixtures.client(annotator), base)).isEqualTo(2);
            await("two answers and two completed items", () -> receiver.accepted().size() == 4);
            // The outcome is written once the answer is back in the sender: wait for the log, not only the receiver.
            await("the log", () -> delivered(id) == 4);

            assertThat(types(receiver)).containsExactlyInAnyOrder("annotation.created", "annotation.created",
                    "item.completed", "item.completed");
            for (var r : receiver.received) {
                assertThat(r.signedWith(secret)).as(r.note()).isTrue();
                assertThat(r.contentType()).isEqualTo("application/json");
                assertThat(r.id()).startsWith("msg_");
            }
            JsonNode answer = bodies(receiver).stream().filter(b -> b.get("type").asString().equals("annotation.created"))
                    .findFirst().orElseThrow();
            assertThat(answer.get("data").get("projectId").asString()).isEqualTo(lab.project().id().toString());
            assertThat(answer.get("data").get("annotatorId").asString()).isEqualTo(annotator.id().toString());
            assertThat(answer.get("data").has("annotationId")).isTrue();
            assertThat(Instant.parse(answer.get("timestamp").asString())).isBefore(Instant.now().plusSeconds(1));
            assertThat(answer.toString()).as("ids only, never the item's text").doesNotContain("text 0", "text 1");
            JsonNode log = manager.get(base + "/webhooks/" + id + "/deliveries").json();
            assertThat(log).hasSize(4);
            assertThat(log.get(0).get("state").asString()).isEqualTo("DELIVERED");
            assertThat(log.get(0).get("log").get(0).get("statusCode").asInt()).isEqualTo(204);
            assertThat(manager.get(base + "/webhooks/" + id).json().get("lastDeliveredAt").isNull()).isFalse();
        }
    }

    @Test
    void anItemIsCompletedOnlyByTheAnswerThatReachesItsOverlap() throws Exception {
        var twice = fixtures.labProject("Overlap lab", 2, 1);
        String twiceBase = "/api/v1/projects/" + twice.project().id();
        ApiClient twiceManager = fixtures.client(twice.manager());
        try (var receiver = WebhookReceiver.answering(200)) {
            assertThat(twiceManager.postJson(twiceBase + "/webhooks", "{\"url\":\"" + receiver.url()
                    + "\",\"events\":[\"item.completed\"]}").status()).isEqualTo(201);
            WorkSteps.workUntilDone(fixtures.client(fixtures.user(twice.lab(), Role.ANNOTATOR)), twiceBase);
            Thread.sleep(700);
            assertThat(receiver.received).as("one answer of two: not complete").isEmpty();
            WorkSteps.workUntilDone(fixtures.client(fixtures.user(twice.lab(), Role.ANNOTATOR)), twiceBase);
            await("the item completed", () -> receiver.accepted().size() == 1);
            assertThat(types(receiver)).containsExactly("item.completed");
        }
    }

    @Test
    void aReviewDecisionAndAFinishedExportReachTheWebhooksThatAskedForThem() throws Exception {
        try (var receiver = WebhookReceiver.answering(200); var other = WebhookReceiver.answering(200)) {
            webhook(receiver.url(), "review.decided", "export.finished");
            webhook(other.url(), "annotation.created");
            assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
            WorkSteps.workUntilDone(fixtures.client(fixtures.user(lab.lab(), Role.ANNOTATOR)), base);
            ApiClient reviewer = fixtures.client(fixtures.user(lab.lab(), Role.REVIEWER));
            JsonNode review = WorkSteps.nextReview(reviewer, base);
            assertThat(reviewer.postJson(base + "/reviews/" + review.get("reviewId").asString() + "/decision",
                    "{\"decision\":\"ACCEPT\",\"fencingToken\":" + review.get("fencingToken").asLong() + "}").status()).isEqualTo(200);
            await("the decision", () -> types(receiver).contains("review.decided"));
            JsonNode decided = bodies(receiver).getFirst().get("data");
            assertThat(decided.get("decision").asString()).isEqualTo("ACCEPT");
            assertThat(decided.get("stage").asString()).isEqualTo("REVIEW");
            assertThat(decided.get("reviewId").asString()).isEqualTo(review.get("reviewId").asString());

            // The export jobs publish ExportFinished after their commit: outside any transaction.
            UUID export = UUID.randomUUID();
            events.publishEvent(new ExportFinished(lab.lab().id(), lab.project().id(), export, "jsonl", 2, Instant.now()));
            await("the export", () -> types(receiver).contains("export.finished"));
            JsonNode finished = bodies(receiver).stream().filter(b -> b.get("type").asString().equals("export.finished"))
                    .findFirst().orElseThrow().get("data");
            assertThat(finished.get("exportId").asString()).isEqualTo(export.toString());
            assertThat(finished.get("format").asString()).isEqualTo("jsonl");
            assertThat(finished.get("lines").asLong()).isEqualTo(2);
            assertThat(types(receiver)).as("nothing it did not ask for").containsOnly("review.decided", "export.finished");
            await("the other webhook's answers", () -> other.accepted().size() == 2);
            assertThat(types(other)).containsOnly("annotation.created");
        }
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverDeliveredAndOneThatCommitsIs() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            String id = webhook(receiver.url(), "annotation.created").get("webhook").get("id").asString();
            UUID tenant = lab.lab().id();
            AnswerSubmitted rolledBack = answer();
            try {
                tenants.write(tenant, () -> {
                    events.publishEvent(rolledBack);
                    throw new IllegalStateException("the submit fails after publishing");
                });
            } catch (IllegalStateException expected) {
                // rolled back with its outbox rows
            }
            assertThat(deliveries(id)).isZero();
            assertThat(jdbc.sql("select count(*) from webhook_due where tenant_id = ?").param(tenant).query(Long.class).single()).isZero();
            Thread.sleep(700);
            assertThat(receiver.received).isEmpty();

            AnswerSubmitted committed = answer();
            tenants.write(tenant, () -> events.publishEvent(committed));
            assertThat(deliveries(id)).as("written with the event, in its transaction").isOne();
            await("the committed event", () -> receiver.accepted().size() == 1);
            assertThat(bodies(receiver).getFirst().get("data").get("annotationId").asString())
                    .isEqualTo(committed.annotationId().toString());
        }
    }

    private AnswerSubmitted answer() {
        return new AnswerSubmitted(lab.lab().id(), lab.project().id(), UUID.randomUUID(), UUID.randomUUID(), lab.manager().id(),
                lab.lab().id(), false, false, Instant.now(), UUID.randomUUID(), 2);
    }

    private long delivered(String webhook) {
        return tenants.read(lab.lab().id(), () -> jdbc.sql(
                        "select count(*) from webhook_deliveries where tenant_id = ? and webhook_id = ? and state = 'DELIVERED'")
                .params(lab.lab().id(), UUID.fromString(webhook)).query(Long.class).single());
    }

    private long deliveries(String webhook) {
        return tenants.read(lab.lab().id(), () -> jdbc.sql("select count(*) from webhook_deliveries where tenant_id = ? and webhook_id = ?")
                .params(lab.lab().id(), UUID.fromString(webhook)).query(Long.class).single());
    }

    @Test
    void aReceiverThatFailsIsRetriedTheLogShowsEachAttemptAndAMessageIsRedeliveredWithItsId() throws Exception {
        try (var receiver = new WebhookReceiver(n -> n < 2 ? 500 : 200)) {
            String id = webhook(receiver.url(), "annotation.created").get("webhook").get("id").asString();
            tenants.write(lab.lab().id(), () -> events.publishEvent(answer()));
            await("accepted after two failures", () -> receiver.accepted().size() == 1);
            await("the log", () -> delivered(id) == 1);
            assertThat(receiver.received).hasSize(3);
            assertThat(receiver.received.stream().map(WebhookReceiver.Received::id).distinct()).as("one webhook-id").hasSize(1);
            JsonNode delivery = manager.get(base + "/webhooks/" + id + "/deliveries").json().get(0);
            assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            var statuses = new ArrayList<Integer>();
            delivery.get("log").forEach(a -> statuses.add(a.get("statusCode").asInt()));
            assertThat(statuses).as("newest first").containsExactly(200, 500, 500);
            assertThat(delivery.get("log").get(2).get("error").asString()).isEqualTo("HTTP 500");
            assertThat(delivery.get("log").get(0).has("durationMs")).isTrue();

            String message = delivery.get("messageId").asString();
            var again = manager.postEmpty(base + "/webhooks/" + id + "/deliveries/" + message + "/redeliver");
            assertThat(again.status()).as(again.text()).isEqualTo(202);
            await("the redelivery", () -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted().get(1).id()).isEqualTo(message);
            assertThat(receiver.accepted().get(1).note()).isEqualTo(receiver.accepted().get(0).note());
            assertThat(manager.postEmpty(base + "/webhooks/" + id + "/deliveries/msg_" + UUID.randomUUID() + "/redeliver").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void aWebhookFailingForTheWholeRetryPeriodIsDisabledItsCreatorToldAndEnablingItLetsMessagesThroughAgain() throws Exception {
        var status = new AtomicInteger(503);
        try (var receiver = new WebhookReceiver(n -> status.get())) {
            String id = webhook(receiver.url(), "annotation.created").get("webhook").get("id").asString();
            tenants.write(lab.lab().id(), () -> events.publishEvent(answer()));
            await("a first failed attempt", () -> !receiver.received.isEmpty());
            // As if the receiver had been failing since yesterday: the next failure is past the retry period.
            tenants.write(lab.lab().id(), () -> jdbc.sql("update webhook_deliveries set retry_until = ? where tenant_id = ?")
                    .params(Timestamp.from(Instant.now().minusSeconds(1)), lab.lab().id()).update());
            await("the webhook disabled", () -> !manager.get(base + "/webhooks/" + id).json().get("enabled").asBoolean());
            JsonNode disabled = manager.get(base + "/webhooks/" + id).json();
            assertThat(disabled.get("disabledReason").asString()).contains("failed for 26 hours");
            assertThat(disabled.get("pendingDeliveries").asLong()).isZero();
            assertThat(tenants.read(lab.lab().id(), () -> jdbc.sql(
                    "select count(*) from audit_events where tenant_id = ? and action = 'webhook.disable' and target_id = ?")
                    .params(lab.lab().id(), UUID.fromString(id)).query(Long.class).single())).as("in the access log").isOne();
            JsonNode notices = manager.get("/api/v1/me/notifications").json().get("notifications");
            assertThat(notices).extracting(n -> n.get("kind").asString()).contains("WEBHOOK_DISABLED");
            assertThat(notices.get(0).get("link").asString()).isEqualTo(base.replace("/api/v1", "") + "/webhooks");

            int attempts = receiver.received.size();
            tenants.write(lab.lab().id(), () -> events.publishEvent(answer()));
            Thread.sleep(700);
            assertThat(receiver.received).as("a disabled webhook is sent nothing").hasSize(attempts);
            String message = manager.get(base + "/webhooks/" + id + "/deliveries").json().get(0).get("messageId").asString();
            assertThat(manager.postEmpty(base + "/webhooks/" + id + "/deliveries/" + message + "/redeliver").status()).isEqualTo(409);

            status.set(200);
            var enabled = manager.patchJson(base + "/webhooks/" + id, "{\"enabled\":true}");
            assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);
            assertThat(enabled.json().get("disabledReason").isNull()).isTrue();
            assertThat(manager.postEmpty(base + "/webhooks/" + id + "/deliveries/" + message + "/redeliver").status()).isEqualTo(202);
            await("the failed message delivered", () -> receiver.accepted().size() == 1);
        }
    }

    @Test
    void manySendersAtOnceDeliverEachMessageExactlyOnce() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            webhook(receiver.url(), "export.finished");
            UUID tenant = lab.lab().id();
            // 40 events in one transaction: after its commit each starts a sender of its own (as many instances would
            // sweep at once), besides the periodic sweep; FOR UPDATE SKIP LOCKED and the lease keep them apart.
            tenants.write(tenant, () -> {
                for (int i = 0; i < 40; i++) {
                    events.publishEvent(new ExportFinished(tenant, lab.project().id(), UUID.randomUUID(), "jsonl", i, Instant.now()));
                }
            });
            await("40 messages", () -> receiver.received.size() >= 40);
            Thread.sleep(700);
            assertThat(receiver.received).hasSize(40);
            assertThat(receiver.received.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(40);
        }
    }

    @Test
    void badTargetsAndEventsAreRefusedNamingTheField() {
        for (String url : List.of("http://localhost:8080/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest",
                "http://[::1]:9000/h", "ftp://hooks.example/h", "not a url")) {
            var refused = manager.postJson(base + "/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"annotation.created\"]}");
            assertThat(refused.status()).as(url + ": " + refused.text()).isEqualTo(422);
            assertThat(refused.json().get("field").asString()).isEqualTo("url");
        }
        var unknown = manager.postJson(base + "/webhooks", "{\"url\":\"http://127.0.0.1:9/h\",\"events\":[\"item.completed\",\"item.exploded\"]}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("field").asString()).isEqualTo("events[1]");
        var none = manager.postJson(base + "/webhooks", "{\"url\":\"http://127.0.0.1:9/h\",\"events\":[]}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("field").asString()).isEqualTo("events");
        assertThat(manager.get(base + "/webhooks").json().size()).isZero();
    }

    @Test
    void onlyTheOwnersAdminsAndManagersSeeOrChangeWebhooks() throws Exception {
        String id = webhook("http://127.0.0.1:9/h", "annotation.created").get("webhook").get("id").asString();
        ApiClient admin = fixtures.client(fixtures.user(lab.lab(), Role.ADMIN));
        assertThat(admin.get(base + "/webhooks").json().size()).isOne();
        var changed = admin.patchJson(base + "/webhooks/" + id, "{\"events\":[\"item.completed\",\"review.decided\"],\"enabled\":false}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("events").toString()).isEqualTo("[\"item.completed\",\"review.decided\"]");
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();

        ApiClient annotator = fixtures.client(fixtures.user(lab.lab(), Role.ANNOTATOR, Role.REVIEWER));
        assertThat(annotator.get(base + "/webhooks").status()).isEqualTo(403);
        var vendor = fixtures.engagedVendor(lab);
        assertThat(fixtures.client(fixtures.user(vendor, Role.ADMIN, Role.MANAGER)).get(base + "/webhooks/" + id).status()).isEqualTo(403);
        ApiClient stranger = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN));
        assertThat(stranger.get(base + "/webhooks").status()).isEqualTo(404);
        assertThat(stranger.delete(base + "/webhooks/" + id).status()).isEqualTo(404);

        assertThat(manager.delete(base + "/webhooks/" + id).status()).isEqualTo(204);
        assertThat(manager.get(base + "/webhooks/" + id).status()).isEqualTo(404);

        // Every change is an administrative act in the lab's access log, in the change's transaction (never the secret).
        var acts = tenants.read(lab.lab().id(), () -> jdbc.sql("""
                        select action, actor_id, target_id, detail from audit_events
                        where tenant_id = ? and action like 'webhook.%' order by occurred_at, id""")
                .param(lab.lab().id()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getString(4)))).list());
        assertThat(acts).extracting(a -> a.get(0)).containsExactly("webhook.add", "webhook.change", "webhook.remove");
        assertThat(acts).allSatisfy(a -> assertThat(a.get(2)).isEqualTo(id));
        assertThat(acts.get(0).get(1)).isEqualTo(lab.manager().id().toString());
        assertThat(acts.get(0).get(3)).isEqualTo("host=127.0.0.1 events=annotation.created");
        assertThat(acts.get(1).get(3)).isEqualTo("events=item.completed,review.decided enabled=false");
    }
}
