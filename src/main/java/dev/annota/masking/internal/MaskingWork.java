package dev.annota.masking.internal;

import java.time.Instant;
import java.util.UUID;

import dev.annota.masking.MaskedItem;
import dev.annota.masking.MaskingSettings;
import dev.annota.schema.LabelSchema;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The masking module's work behind its facade {@link dev.annota.masking.Masking}. */
@Component
public record MaskingWork(MaskingRuleCache cache, MaskingStore store, TenantScope tenants, JsonMapper json) {

    public MaskedItem mask(UUID tenantId, UUID projectId, JsonNode data) {
        MaskingRules rules = cache.of(tenantId, projectId);
        return rules.masksNothing() || data == null ? MaskedItem.nothing() : ItemMasker.mask(data, rules);
    }

    public boolean masksAnything(UUID tenantId, UUID projectId) {
        return !cache.of(tenantId, projectId).masksNothing();
    }

    public JsonNode toMasked(LabelSchema schema, MaskedItem item, JsonNode answer) {
        return SpanMapping.toMasked(schema, item, answer);
    }

    public JsonNode toOriginal(LabelSchema schema, MaskedItem item, JsonNode answer) {
        return SpanMapping.toOriginal(schema, item, answer);
    }

    public MaskingSettings settings(UUID tenantId, UUID projectId) {
        return cache.settings(tenantId, projectId);
    }

    /** Checks (throws {@code Invalid}) and stores, running {@code alongside} in the same transaction. */
    public void save(UUID tenantId, UUID projectId, MaskingSettings settings, UUID by, Instant at, Runnable alongside) {
        MaskingRules.of(settings);
        tenants.write(tenantId, () -> {
            store.save(tenantId, projectId, json.writeValueAsString(settings), by, at);
            alongside.run();
        });
        cache.forget(projectId);
    }

    public void forget(UUID projectId) {
        cache.forget(projectId);
    }
}
