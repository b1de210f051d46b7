package dev.annota.crypto.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.annota.crypto.KeysetRewrapped;
import dev.annota.crypto.RewrapReport;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves every organization's keyset from the previous master key to the current one (a new key file, or from the
 * key file to a KMS): each keyset is unwrapped with whichever of the two wraps it and wrapped again by the current
 * one, in that organization's own tenant transaction (row-level security applies) with its {@link KeysetRewrapped}
 * event in its access log. The keys inside do not change, so no stored value is touched. Idempotent: keysets already
 * under the current key are skipped, so an interrupted run is simply run again.
 */
@Component
public class MasterKeyRewrap {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRewrap.class);

    private final Organizations organizations;
    private final TenantScope tenants;
    private final TenantKeysets keysets;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MasterKeyRewrap(Organizations organizations, TenantScope tenants, TenantKeysets keysets, JdbcClient jdbc,
                    ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.tenants = tenants;
        this.keysets = keysets;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public RewrapReport run(UUID by, UUID byOrg) {
        int rewrapped = 0;
        int current = 0;
        int none = 0;
        int failed = 0;
        for (Organization org : organizations.all()) {
            try {
                String from = tenants.write(org.id(), () -> {
                    String before = keysets.rewrap(org.id());
                    if (before != null) {
                        events.publishEvent(new KeysetRewrapped(org.id(), before, keysets.masterKeyId(), by, byOrg, Instant.now(clock)));
                    }
                    return before;
                });
                if (from != null) {
                    rewrapped++;
                } else if (keysets.stored(org.id()) == null || keysets.stored(org.id()).keyset() == null) {
                    none++;
                } else {
                    current++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Could not re-wrap the keyset of organization {}: {}", org.id(), e.getMessage());
            }
        }
        return new RewrapReport(keysets.masterKeyId(), keysets.previousMasterKeyId(), rewrapped, current, none, failed);
    }

    /** How many keysets each master key wraps now (ids only), counted per organization in its tenant transaction. */
    public Map<String, Integer> keysetsByMasterKey() {
        var counts = new LinkedHashMap<String, Integer>();
        for (Organization org : organizations.all()) {
            var stored = keysets.stored(org.id());
            if (stored != null && stored.keyset() != null) {
                counts.merge(stored.masterKey(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
