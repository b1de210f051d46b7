package dev.annota.comparison.internal;

import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.Amount;
import dev.annota.comparison.ComparisonPeriod;

/** What the comparison needs of the money rules: what the lab owes each workforce, and what an employer pays its people. */
interface MoneyInput {

    /** Whether this instance keeps rates at all; when not, the money columns show "—". */
    boolean known();

    /**
     * What the lab owes each workforce for its work on the project in the period (under their contract; for the lab's
     * own people, their pay), by workforce organization; a workforce without costs, or with costs in more than one
     * currency, is left out.
     */
    Map<UUID, Amount> costs(UUID tenantId, UUID projectId, ComparisonPeriod period);

    /** What an organization owes each of its people for their work on the project in the period, by person. */
    Map<UUID, Amount> earnings(UUID employerId, UUID projectId, ComparisonPeriod period);
}
