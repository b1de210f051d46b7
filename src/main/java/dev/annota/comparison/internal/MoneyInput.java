package dev.annota.comparison.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.Period;

/** What the comparison needs of the money rules: what the lab owes a workforce, and what a workforce pays its people. */
interface MoneyInput {

    /** Whether this instance keeps rates at all; when not, the money columns show "—". */
    boolean known();

    /** What the lab owes the workforce for its work on the project in the period under their contract; empty when none. */
    Optional<Amount> cost(UUID tenantId, UUID projectId, UUID workforceId, Period period);

    /** What the workforce owes each of its people for their work on the project in the period (people without pay left out). */
    Map<UUID, Amount> earnings(UUID tenantId, UUID projectId, UUID workforceId, Period period);
}
