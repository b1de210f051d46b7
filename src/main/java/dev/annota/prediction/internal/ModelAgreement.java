package dev.annota.prediction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.Consensus;
import dev.annota.item.ItemPayloads;
import dev.annota.item.ItemRows;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's agreement with the annotators per question ({@link AgreementWithModel}): the questions the quality page
 * aggregates (single choice and rating), the annotators' labels as the consensus reads them, and on each item the
 * prediction of the service's model version (or, before the service reported one, the item's first prediction).
 */
@Component
record ModelAgreement(PredictionStore store, Consensus consensus, ItemRows items, ItemPayloads payloads,
        TenantScope tenants, JsonMapper json) {

    record Report(String modelVersion, List<AgreementWithModel> questions) {
    }

    java.util.Optional<Report> of(ProjectAccess access) {
        Projects.requireManage(access);
        var p = access.project();
        UUID tenant = p.tenantId();
        return tenants.read(tenant, () -> store.find(tenant, p.id()).map(service -> {
            var votes = consensus.votes(tenant, p.id(), p.schemaVersion());
            var itemIds = new java.util.HashSet<UUID>();
            votes.values().forEach(list -> list.forEach(v -> itemIds.add(v.item())));
            Map<UUID, JsonNode> answers = new HashMap<>();
            items.predictions(tenant, p.id(), itemIds).forEach((item, sealed) -> {
                JsonNode prediction = chosen(json.readTree(payloads.open(tenant, item, sealed)), service.modelVersion());
                if (prediction != null) {
                    answers.put(item, prediction.path("answer"));
                }
            });
            var questions = new ArrayList<AgreementWithModel>();
            for (var e : votes.entrySet()) {
                Map<UUID, List<String>> byItem = new LinkedHashMap<>();
                e.getValue().forEach(v -> byItem.computeIfAbsent(v.item(), k -> new ArrayList<>()).add(v.label()));
                Map<UUID, String> model = new HashMap<>();
                answers.forEach((item, answer) -> {
                    JsonNode value = answer.path(e.getKey());
                    if (value.isString() || value.isNumber()) {
                        model.put(item, value.asString());
                    }
                });
                questions.add(AgreementWithModel.of(e.getKey(), byItem, model));
            }
            return new Report(service.modelVersion(), questions);
        }));
    }

    private static JsonNode chosen(JsonNode predictions, String modelVersion) {
        if (!predictions.isArray() || predictions.isEmpty()) {
            return null;
        }
        for (JsonNode p : predictions) {
            if (modelVersion != null && modelVersion.equals(p.path("model").asString(null))) {
                return p;
            }
        }
        return modelVersion == null ? predictions.get(0) : null;
    }
}
