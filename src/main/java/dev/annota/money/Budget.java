package dev.annota.money;

import java.util.List;
import java.util.UUID;

/**
 * A project's budget: the most its work may cost (contract entries and in-house pay in the budget's currency), the
 * percentages at which the lab's managers are told, and the highest of them told so far; {@code spent}: the costs
 * posted so far in the budget's currency.
 */
public record Budget(UUID projectId, Money amount, List<Integer> thresholds, int alertedPercent, Money spent) {
}
