package dev.annota.prediction.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.annota.item.ItemPayloads;
import dev.annota.item.ItemRows;
import dev.annota.prediction.PredictionsSent;
import dev.annota.project.Projects;
import dev.annota.schema.LabelSchema;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The background batches, from any instance. A batch is handed out in a short tenant transaction that locks the
 * service row ({@code FOR UPDATE SKIP LOCKED}: two instances never hand out the same items), honours the rate limit
 * ({@code next_request_at}, shared by every instance), takes the items due again and then new items after the cursor,
 * marks them {@code SENDING} under a lease and publishes {@link PredictionsSent} (the access event of the batch). The
 * request is made outside any transaction; its outcome is written in a second one: each answer checked against the
 * schema and stored on its item with the model version, or the items asked again after an exponential backoff with
 * jitter (or the service's {@code Retry-After}) until they fail for good. An instance that stops mid-request leaves
 * the batch to be asked again when its lease ends.
 */
@Component
record PredictionBatches(PredictionStore store, ServiceConfiguration configuration, ItemRows items,
        ItemPayloads payloads, Projects projects, TenantScope tenants, ApplicationEventPublisher events,
        ServiceProtocols protocols, PredictionSettings settings, JsonMapper json, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(PredictionBatches.class);

    /** A batch handed out: its service, the call to make, and the items' current predictions (to merge into). */
    record Batch(StoredService service, ServiceCall call, Map<UUID, String> predictions) {
    }

    /** Runs the batches due on every tenant's services, one batch per service per sweep; how many were sent. */
    int runDue() {
        int sent = 0;
        for (var due : store.due(now(), 50)) {
            try {
                if (runOne(due.tenantId(), due.serviceId())) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Prediction batch of service {} waits for the next sweep: {}", due.serviceId(), e.toString());
            }
        }
        return sent;
    }

    /** Hands out, sends and records one batch of the service; false when nothing was due or another instance holds it. */
    boolean runOne(UUID tenant, UUID service) {
        Batch batch = tenants.write(tenant, () -> handOut(tenant, service));
        if (batch == null) {
            return false;
        }
        List<ServiceCall.Answer> answers;
        try {
            answers = protocols.of(batch.service().kind()).predict(batch.call());
        } catch (ServiceFailure failure) {
            tenants.write(tenant, () -> unanswered(batch, failure));
            return true;
        }
        tenants.write(tenant, () -> answered(batch, answers));
        return true;
    }

    private Batch handOut(UUID tenant, UUID serviceId) {
        var locked = store.lockEnabled(tenant, serviceId);
        if (locked.isEmpty()) {
            return null;
        }
        StoredService s = locked.get();
        Instant now = now();
        if (s.nextRequestAt() != null && s.nextRequestAt().isAfter(now)) {
            store.schedule(tenant, s.id(), s.nextRequestAt());
            return null;
        }
        var project = projects.find(tenant, s.projectId()).filter(p -> p.deletedAt() == null);
        if (project.isEmpty()) {
            store.unschedule(s.id());
            return null;
        }
        List<UUID> again = store.dueAgain(tenant, s.id(), now, s.batchSize());
        var rows = new ArrayList<>(items.forPrediction(tenant, s.projectId(), again));
        var found = new HashSet<UUID>();
        rows.forEach(r -> found.add(r.itemId()));
        store.forget(tenant, s.id(), again.stream().filter(id -> !found.contains(id)).toList());
        var fresh = rows.size() < s.batchSize()
                ? items.forPredictionAfter(tenant, s.projectId(), s.cursorItemId(), s.batchSize() - rows.size()) : List.<ItemRows.SealedForPrediction>of();
        rows.addAll(fresh);
        if (rows.isEmpty()) {
            store.schedule(tenant, s.id(), now.plus(settings.idleInterval()));
            return null;
        }
        Map<String, String> prompts = configuration.opened(s);
        int requests = s.kind() == ServiceKind.OPENAI ? rows.size() * Math.max(1, prompts.size()) : 1;
        Instant nextRequest = now.plusMillis(Math.max(1, requests * 60_000L / s.requestsPerMinute()));
        var freshIds = fresh.stream().map(ItemRows.SealedForPrediction::itemId).toList();
        store.sending(tenant, s.id(), freshIds, found, now.plus(settings.lease()));
        store.handedOut(tenant, s.id(), freshIds.isEmpty() ? s.cursorItemId() : freshIds.getLast(), nextRequest);
        store.schedule(tenant, s.id(), nextRequest);
        var tasks = new ArrayList<ServiceCall.Task>();
        var predictions = new HashMap<UUID, String>();
        for (var row : rows) {
            tasks.add(new ServiceCall.Task(row.itemId(), json.readTree(payloads.open(tenant, row.itemId(), row.sealedPayload()))));
            if (row.sealedPredictions() != null) {
                predictions.put(row.itemId(), row.sealedPredictions());
            }
        }
        LabelSchema schema = projects.schema(tenant, s.projectId(), project.get().schemaVersion());
        events.publishEvent(new PredictionsSent(tenant, s.projectId(), s.id(), s.enabledBy(), tenant, rows.size(),
                "kind=" + s.kind() + " host=" + java.net.URI.create(s.url()).getHost(), now));
        return new Batch(s, new ServiceCall(s.projectId(), s.url(), s.model(), configuration.apiKey(s), prompts, schema, tasks),
                predictions);
    }

    private void answered(Batch batch, List<ServiceCall.Answer> answers) {
        StoredService s = batch.service();
        UUID tenant = s.tenantId();
        var byItem = new HashMap<UUID, ServiceCall.Answer>();
        answers.forEach(a -> byItem.put(a.itemId(), a));
        String version = null;
        for (var task : batch.call().tasks()) {
            var answer = byItem.get(task.itemId());
            if (answer == null) {
                store.unanswered(tenant, s.id(), task.itemId(), "FAILED", now(), "The service gave no prediction for the item.");
                continue;
            }
            var violations = batch.call().schema().check(answer.answer(), task.data(), LabelSchema.Mode.PREDICTION);
            if (!violations.isEmpty()) {
                store.unanswered(tenant, s.id(), task.itemId(), "FAILED", now(),
                        "The prediction does not fit the schema: " + violations.getFirst());
                continue;
            }
            String model = answer.modelVersion() == null ? (s.model() == null ? "prediction-service" : s.model()) : answer.modelVersion();
            version = model;
            String merged = merged(tenant, task.itemId(), batch.predictions().get(task.itemId()), model, answer);
            items.replacePredictions(tenant, s.projectId(), task.itemId(), payloads.seal(tenant, task.itemId(), merged));
            store.predicted(tenant, s.id(), task.itemId(), model, answer.score() == null ? null : 1 - answer.score());
            if (s.queueOrder() == QueueOrder.LEAST_CONFIDENT) {
                items.rankForQueue(tenant, s.projectId(), task.itemId(), QueueOrder.rank(answer.score()));
            }
        }
        store.outcome(tenant, s.id(), version, null, now());
    }

    private void unanswered(Batch batch, ServiceFailure failure) {
        StoredService s = batch.service();
        UUID tenant = s.tenantId();
        Instant now = now();
        var ids = batch.call().tasks().stream().map(ServiceCall.Task::itemId).toList();
        var attempts = store.attempts(tenant, s.id(), ids);
        // One wait for the whole batch (its items were asked together and stay together), after the most attempts.
        int most = attempts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Instant retryAt = now.plus(failure.retryAfter() != null ? failure.retryAfter() : backoff(most));
        Instant earliest = null;
        for (UUID item : ids) {
            int tried = attempts.getOrDefault(item, 1);
            if (!failure.retryable() || tried >= settings.maxAttempts()) {
                store.unanswered(tenant, s.id(), item, "FAILED", now, failure.getMessage());
            } else {
                store.unanswered(tenant, s.id(), item, "RETRY", retryAt, failure.getMessage());
                earliest = retryAt;
            }
        }
        if (failure.retryAfter() != null) {
            store.notBefore(tenant, s.id(), now.plus(failure.retryAfter()));
        }
        store.outcome(tenant, s.id(), null, failure.getMessage(), now);
        store.schedule(tenant, s.id(), earliest == null ? now : earliest);
    }

    /** The wait before attempt {@code tried + 1}: the base doubled per attempt, capped, with up to half taken off at random. */
    Duration backoff(int tried) {
        long base = settings.retryBase().toMillis();
        long capped = Math.min(settings.retryMax().toMillis(), base << Math.min(20, Math.max(0, tried - 1)));
        return Duration.ofMillis(capped - ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** The item's predictions with this model version's replaced by the new one, put first (the pre-fill). */
    private String merged(UUID tenant, UUID item, String sealed, String model, ServiceCall.Answer answer) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        ObjectNode prediction = list.addObject().put("model", model);
        if (answer.score() != null) {
            prediction.put("score", answer.score());
        }
        prediction.set("answer", answer.answer());
        if (sealed != null) {
            JsonNode earlier = json.readTree(payloads.open(tenant, item, sealed));
            for (JsonNode p : earlier) {
                // At most 20 predictions per item, as an import allows: the oldest other models' go first.
                if (!model.equals(p.path("model").asString(null)) && list.size() < 20) {
                    list.add(p);
                }
            }
        }
        return json.writeValueAsString(list);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
