package dev.annota.masking.internal;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.annota.masking.MaskingSettings;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each project's compiled masking rules, so a claim or a submit reads no settings from the database (their round
 * trips stay as counted in WorkRoundTripsPostgresTests): read on first use, forgotten here when they change and after
 * {@code annota.masking.cache-ttl} (default 30 s) at the latest, which bounds how long another instance sharing a
 * PostgreSQL database serves the old settings.
 */
@Component
class MaskingRuleCache {

    private final Cache<UUID, MaskingRules> rules;
    private final MaskingStore store;
    private final TenantScope tenants;
    private final JsonMapper json;

    MaskingRuleCache(@Value("${annota.masking.cache-ttl:30s}") Duration ttl, MaskingStore store, TenantScope tenants,
                     JsonMapper json) {
        this.rules = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
        this.store = store;
        this.tenants = tenants;
        this.json = json;
    }

    MaskingRules of(UUID tenantId, UUID projectId) {
        return rules.get(projectId, id -> MaskingRules.of(settings(tenantId, projectId)));
    }

    MaskingSettings settings(UUID tenantId, UUID projectId) {
        return tenants.read(tenantId, () -> store.find(tenantId, projectId))
                .map(s -> json.readValue(s, MaskingSettings.class)).orElse(MaskingSettings.none());
    }

    void forget(UUID projectId) {
        rules.invalidate(projectId);
    }
}
