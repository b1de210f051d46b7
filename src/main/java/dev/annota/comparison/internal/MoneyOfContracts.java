package dev.annota.comparison.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.Period;
import org.springframework.stereotype.Component;

/** Costs and earnings from the contracts and pay rates. No rates kept yet: the money columns show "—". */
@Component
class MoneyOfContracts implements MoneyInput {

    @Override
    public boolean known() {
        return false;
    }

    @Override
    public Optional<Amount> cost(UUID tenantId, UUID projectId, UUID workforceId, Period period) {
        return Optional.empty();
    }

    @Override
    public Map<UUID, Amount> earnings(UUID tenantId, UUID projectId, UUID workforceId, Period period) {
        return Map.of();
    }
}
