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
 * Moves every organization's keys under the current master key (a new key file, or from the key file to a KMS), in
 * that organization's own tenant transaction (row-level security applies) with its {@link KeysetRewrapped} event in
 * its access log: the organization's key-encryption key file, when the previous master key wraps it, is re-wrapped
 * by the current one (the database is not touched); a keyset stored before the tenant key files, still wrapped
 * directly by a master key, is wrapped by a new key-encryption key instead (the upgrade). The keys inside do not
 * change, so no stored value is touched. Idempotent: what is already under the current key is skipped, so an
 * interrupted run is simply run again.
 */
@Component
public record MasterKeyRewrap(Organizations organizations, TenantScope tenants, TenantKeysets keysets, JdbcClient jdbc,
        ApplicationEventPublisher events, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRewrap.class);

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

    /**
     * How many keysets each master key protects now (ids only), counted per organization in its tenant transaction:
     * through the organization's key-encryption key file (the master key that wraps that file), or directly for a
     * keyset stored before the tenant key files. A keyset whose key file is missing counts under "missing key file".
     */
    public Map<String, Integer> keysetsByMasterKey() {
        var counts = new LinkedHashMap<String, Integer>();
        for (Organization org : organizations.all()) {
            String wrappedBy = keysets.wrappedBy(org.id());
            if (wrappedBy == null) {
                continue;
            }
            if (KeysetWrapping.byMasterKeyDirectly(wrappedBy)) {
                counts.merge(wrappedBy, 1, Integer::sum);
            } else {
                String kekWrappedBy = keysets.keyStore().wrappedBy(org.id());
                counts.merge(kekWrappedBy == null ? "missing key file" : kekWrappedBy, 1, Integer::sum);
            }
        }
        return counts;
    }
}
