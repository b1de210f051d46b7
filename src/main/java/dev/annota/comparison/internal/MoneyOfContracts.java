package dev.annota.comparison.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.ComparisonPeriod;
import dev.annota.money.Costs;
import dev.annota.money.Money;
import org.springframework.stereotype.Component;

/**
 * Costs and earnings from the ledgers of module {@code money} ({@link Costs}): the lab's contract entries with each
 * vendor and its own people's pay on the project, and each person's pay on it, over the period's UTC days. Sums in
 * more than one currency are not added up: such a workforce or person shows "—".
 */
@Component
record MoneyOfContracts(Costs costs) implements MoneyInput {

    @Override
    public boolean known() {
        return true;
    }

    @Override
    public Map<UUID, Amount> costs(UUID tenantId, UUID projectId, ComparisonPeriod period) {
        var sums = new HashMap<UUID, List<Money>>();
        for (Costs.WorkforceCost c : costs.ofProject(tenantId, projectId, of(period))) {
            sums.computeIfAbsent(c.workforceOrgId(), w -> new ArrayList<>()).add(c.total());
        }
        return inOneCurrency(sums);
    }

    @Override
    public Map<UUID, Amount> earnings(UUID employerId, UUID projectId, ComparisonPeriod period) {
        var sums = new HashMap<UUID, List<Money>>();
        for (Costs.PersonEarnings e : costs.earningsOn(employerId, projectId, of(period))) {
            sums.computeIfAbsent(e.personId(), p -> new ArrayList<>()).add(e.earned());
        }
        return inOneCurrency(sums);
    }

    private static dev.annota.money.Period of(ComparisonPeriod period) {
        return new dev.annota.money.Period(period.from(), period.to());
    }

    private static Map<UUID, Amount> inOneCurrency(Map<UUID, List<Money>> sums) {
        var result = new HashMap<UUID, Amount>();
        sums.forEach((id, list) -> {
            if (list.size() == 1) {
                Money m = list.getFirst();
                result.put(id, new Amount(m.amount(), m.currency().getCurrencyCode()));
            }
        });
        return result;
    }
}
