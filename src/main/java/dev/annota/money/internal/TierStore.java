package dev.annota.money.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Annotators' expertise tiers, kept by their own organization (in its tenant). */
@Component
record TierStore(JdbcClient jdbc) {

    Optional<String> of(UUID tenantId, UUID personId) {
        return jdbc.sql("select tier from pay_tiers where tenant_id = ? and person_id = ?").params(tenantId, personId)
                .query(String.class).optional();
    }

    java.util.function.Supplier<Optional<String>> of(dev.annota.tenancy.RoundTrip trip, UUID tenantId, UUID personId) {
        var row = trip.queryOptional("select tier from pay_tiers where tenant_id = ? and person_id = ?", (rs, n) -> rs.getString(1),
                tenantId, personId);
        return row::get;
    }

    Map<UUID, String> all(UUID tenantId) {
        return jdbc.sql("select person_id, tier from pay_tiers where tenant_id = ?").param(tenantId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets a tier, or removes it ({@code tier} null). */
    void set(UUID tenantId, UUID personId, String tier, UUID by, Instant at) {
        jdbc.sql("delete from pay_tiers where tenant_id = ? and person_id = ?").params(tenantId, personId).update();
        if (tier != null) {
            jdbc.sql("insert into pay_tiers (tenant_id, person_id, tier, set_by, set_at) values (?, ?, ?, ?, ?)")
                    .params(tenantId, personId, tier, by, Timestamp.from(at)).update();
        }
    }
}
