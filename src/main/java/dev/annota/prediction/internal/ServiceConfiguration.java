package dev.annota.prediction.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.uuid.Generators;
import dev.annota.crypto.TenantCrypto;
import dev.annota.failure.Invalid;
import dev.annota.item.ItemRows;
import dev.annota.prediction.PredictionServiceChanged;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.Choice;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.TextQuestion;
import dev.annota.tenancy.TenantScope;
import dev.annota.webhook.OutboundHosts;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's prediction service as its managers set it: checked (kind, URL under the outbound host rule, model and
 * prompt templates for an OpenAI-compatible service, batch size, rate), the API key and the templates sealed under the
 * tenant's keyset, the key never shown again. A change of what the service is asked (kind, URL, model, templates)
 * starts a new generation: every item is asked again. Switching it on schedules the first batch at once; each change
 * is a {@link PredictionServiceChanged} event for the access log, in the transaction of the change.
 */
@Service
record ServiceConfiguration(PredictionStore store, Projects projects, TenantScope tenants, TenantCrypto crypto,
        OutboundHosts hosts, ItemRows items, ApplicationEventPublisher events, JsonMapper json, Clock clock) {

    static final int MAX_BATCH = 100;
    static final int MAX_RATE = 600;

    /** What a manager sends; {@code apiKey} null keeps the stored key, "" removes it. */
    record Settings(
            @Schema(requiredMode = REQUIRED, description = "LABEL_STUDIO: a Label Studio ML backend (POST {url}/predict "
                    + "with the label config); OPENAI: an OpenAI-compatible API (POST {url}/chat/completions, one request "
                    + "per item and templated question)") ServiceKind kind,
            @Schema(requiredMode = REQUIRED, example = "https://ml.example.org/v1", description = "The service's base URL: "
                    + "http(s) with a host, no user name, password, query or fragment, up to 2000 characters; a host in "
                    + "the server's own network is refused (422) unless the operator allows it")
            @jakarta.validation.constraints.Size(max = 2000) String url,
            @Schema(description = "The model name the endpoint serves, up to 200 characters; required for OPENAI")
            @jakarta.validation.constraints.Size(max = 200) String model,
            @Schema(writeOnly = true, description = "The key sent as a bearer token; write-only, stored encrypted, never "
                    + "returned. Left out: the stored key is kept; empty string: it is removed")
            @jakarta.validation.constraints.Size(max = 2000) String apiKey,
            @Schema(description = "OPENAI only (none for LABEL_STUDIO): question name -> prompt template, for at least one "
                    + "choice, rating or text question of the schema, each 1 to 20000 characters; {{field}} in a template "
                    + "is replaced by the item's data field") Map<String, String> prompts,
            @Schema(description = "Whether items are sent for predictions now; left out: unchanged (false for a new "
                    + "service)") Boolean enabled,
            @Schema(minimum = "1", maximum = "100", description = "Items per batch, 1 to 100; left out: 10") Integer batchSize,
            @Schema(minimum = "1", maximum = "600", description = "The most requests a minute sent to the service, 1 to "
                    + "600; left out: 60") Integer requestsPerMinute,
            @Schema(description = "The order claims serve items in: ID (import order) or LEAST_CONFIDENT (active "
                    + "learning: the items the model is least sure of first); left out: unchanged (ID for a new service)")
            QueueOrder queueOrder) {
    }

    /** What is shown: the key only as whether one is set. */
    record View(ServiceKind kind, String url, String model, KeyState apiKey, Map<String, String> prompts, boolean enabled,
                QueueOrder queueOrder, int batchSize, int requestsPerMinute, int generation, String modelVersion, UUID enabledBy, UUID updatedBy,
                Instant updatedAt) {
    }

    record KeyState(boolean set) {
    }

    Optional<View> get(ProjectAccess access) {
        Projects.requireManage(access);
        return tenants.read(access.tenantId(), () -> store.find(access.tenantId(), access.project().id())).map(this::view);
    }

    View save(ProjectAccess access, Settings settings) {
        Projects.requireManage(access);
        if (settings == null || settings.kind() == null) {
            throw invalid("kind", "kind is required: LABEL_STUDIO (an ML backend's /predict) or OPENAI (chat completions).");
        }
        String url = hosts.check(settings.url(), "url").url().toString();
        if (URI.create(url).getRawQuery() != null) {
            // The protocols append their paths (/predict, /chat/completions) to the URL.
            throw invalid("url", "url must not have a query: the protocol's path is appended to it.");
        }
        LabelSchema schema = projects.schema(access.tenantId(), access.project().id(), access.project().schemaVersion());
        Map<String, String> prompts = prompts(settings, schema);
        String model = settings.model() == null || settings.model().isBlank() ? null : settings.model().strip();
        if (model != null && model.length() > 200) {
            throw invalid("model", "model is longer than 200 characters.");
        }
        if (settings.kind() == ServiceKind.OPENAI && model == null) {
            throw invalid("model", "model is required for an OpenAI-compatible service: the model name the endpoint serves.");
        }
        int batch = bounded(settings.batchSize(), 10, MAX_BATCH, "batchSize");
        int rate = bounded(settings.requestsPerMinute(), 60, MAX_RATE, "requestsPerMinute");
        UUID tenant = access.tenantId();
        UUID project = access.project().id();
        var caller = access.caller();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return tenants.write(tenant, () -> {
            var existing = store.findForUpdate(tenant, project);
            UUID id = existing.map(StoredService::id).orElseGet(() -> Generators.timeBasedEpochGenerator().generate());
            String sealedKey = settings.apiKey() == null ? existing.map(StoredService::sealedApiKey).orElse(null)
                    : settings.apiKey().isBlank() ? null : crypto.seal(PredictionStore.API_KEY, tenant, id, settings.apiKey().strip());
            String sealedPrompts = prompts.isEmpty() ? null : crypto.seal(PredictionStore.PROMPTS, tenant, id, json.writeValueAsString(prompts));
            boolean enabled = settings.enabled() != null ? settings.enabled() : existing.map(StoredService::enabled).orElse(false);
            boolean sameQuestions = existing.isPresent() && existing.get().kind() == settings.kind()
                    && existing.get().url().equals(url) && Objects.equals(existing.get().model(), model)
                    && prompts.equals(opened(existing.get()));
            int generation = existing.map(s -> sameQuestions ? s.generation() : s.generation() + 1).orElse(1);
            UUID enabledBy = enabled ? existing.filter(StoredService::enabled).map(StoredService::enabledBy).orElse(caller.id()) : null;
            QueueOrder order = settings.queueOrder() != null ? settings.queueOrder()
                    : existing.map(StoredService::queueOrder).orElse(QueueOrder.ID);
            var saved = new StoredService(tenant, id, project, settings.kind(), url, model, sealedKey, sealedPrompts, enabled,
                    order, batch, rate, generation, sameQuestions ? existing.get().cursorItemId() : null,
                    existing.map(StoredService::nextRequestAt).orElse(null), existing.map(StoredService::modelVersion).orElse(null),
                    sameQuestions ? existing.get().lastError() : null, sameQuestions ? existing.get().lastErrorAt() : null,
                    enabledBy, caller.id(), now);
            if (existing.isEmpty()) {
                store.insert(saved);
            } else {
                if (!sameQuestions) {
                    store.forgetItems(tenant, id);
                }
                store.update(saved);
            }
            if (order != existing.map(StoredService::queueOrder).orElse(QueueOrder.ID)) {
                reorder(tenant, id, project, order);
            }
            if (enabled) {
                store.schedule(tenant, id, now);
            } else {
                store.unschedule(id);
            }
            events.publishEvent(new PredictionServiceChanged(tenant, project, id, PredictionServiceChanged.Change.CONFIGURED,
                    caller.id(), caller.orgId(), "kind=" + settings.kind() + " host=" + java.net.URI.create(url).getHost()
                    + " enabled=" + enabled + " generation=" + generation, now));
            return view(saved);
        });
    }

    boolean remove(ProjectAccess access) {
        Projects.requireManage(access);
        UUID tenant = access.tenantId();
        var caller = access.caller();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return tenants.write(tenant, () -> {
            var existing = store.findForUpdate(tenant, access.project().id());
            if (existing.isEmpty()) {
                return false;
            }
            if (existing.get().queueOrder() != QueueOrder.ID) {
                items.resetQueueRanks(tenant, access.project().id());
            }
            store.delete(tenant, existing.get().id());
            events.publishEvent(new PredictionServiceChanged(tenant, access.project().id(), existing.get().id(),
                    PredictionServiceChanged.Change.REMOVED, caller.id(), caller.orgId(), null, now));
            return true;
        });
    }

    /** The claim's order changed: every predicted item ranked by its score, or every item back to id order. */
    private void reorder(UUID tenant, UUID service, UUID project, QueueOrder order) {
        if (order == QueueOrder.ID) {
            items.resetQueueRanks(tenant, project);
            return;
        }
        store.uncertainties(tenant, service).forEach((item, uncertainty) ->
                items.rankForQueue(tenant, project, item, QueueOrder.rank(uncertainty == null ? null : 1 - uncertainty)));
    }

    /** The prompt templates of a stored service, opened (empty when it has none). */
    Map<String, String> opened(StoredService s) {
        if (s.sealedPrompts() == null) {
            return Map.of();
        }
        return json.readValue(crypto.open(PredictionStore.PROMPTS, s.tenantId(), s.id(), s.sealedPrompts()),
                new TypeReference<LinkedHashMap<String, String>>() {
                });
    }

    /** The API key of a stored service, opened (null when it has none). */
    String apiKey(StoredService s) {
        return s.sealedApiKey() == null ? null : crypto.open(PredictionStore.API_KEY, s.tenantId(), s.id(), s.sealedApiKey());
    }

    private View view(StoredService s) {
        return new View(s.kind(), s.url(), s.model(), new KeyState(s.sealedApiKey() != null), opened(s), s.enabled(),
                s.queueOrder(), s.batchSize(), s.requestsPerMinute(), s.generation(), s.modelVersion(), s.enabledBy(), s.updatedBy(), s.updatedAt());
    }

    /** The templates, each naming a choice, rating or text question of the schema; none for a Label Studio backend. */
    private static Map<String, String> prompts(Settings settings, LabelSchema schema) {
        Map<String, String> given = settings.prompts() == null ? Map.of() : settings.prompts();
        if (settings.kind() == ServiceKind.LABEL_STUDIO) {
            if (!given.isEmpty()) {
                throw invalid("prompts", "A Label Studio ML backend takes no prompt templates: it reads the label config.");
            }
            return Map.of();
        }
        if (given.isEmpty()) {
            throw invalid("prompts", "An OpenAI-compatible service needs a prompt template for at least one question.");
        }
        var checked = new LinkedHashMap<String, String>();
        for (var q : schema.questions()) {
            String template = given.get(q.name());
            if (template == null) {
                continue;
            }
            if (!(q instanceof Choice || q instanceof Rating || q instanceof TextQuestion)) {
                throw invalid("prompts." + q.name(), "Question '" + q.name() + "' is a " + q.type()
                        + " question: prompt templates are for choice, rating and text questions.");
            }
            if (template.isBlank() || template.length() > 20000) {
                throw invalid("prompts." + q.name(), "The template of '" + q.name() + "' is empty or longer than 20000 characters.");
            }
            checked.put(q.name(), template);
        }
        for (String name : given.keySet()) {
            if (!checked.containsKey(name)) {
                throw invalid("prompts." + name, "'" + name + "' is no question of the project's schema.");
            }
        }
        return checked;
    }

    private static int bounded(Integer value, int fallback, int max, String field) {
        int v = value == null ? fallback : value;
        if (v < 1 || v > max) {
            throw invalid(field, field + " must be between 1 and " + max + ".");
        }
        return v;
    }

    static Invalid invalid(String field, String detail) {
        return (Invalid) new Invalid("Prediction service refused", detail).with("field", field);
    }
}
