package dev.annota.comparison.internal;

import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.ComparisonPeriod;
import org.springframework.stereotype.Component;

/** Costs and earnings from the contracts and pay rates. No rates kept yet: the money columns show "—". */
@Component
class MoneyOfContracts implements MoneyInput {

    @Override
    public boolean known() {
        return false;
    }

    @Override
    public Map<UUID, Amount> costs(UUID tenantId, UUID projectId, ComparisonPeriod period) {
        return Map.of();
    }

    @Override
    public Map<UUID, Amount> earnings(UUID employerId, UUID projectId, ComparisonPeriod period) {
        return Map.of();
    }
}
