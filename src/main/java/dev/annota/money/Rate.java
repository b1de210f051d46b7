package dev.annota.money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A rate of one ledger: what {@code vendorOrgId} is paid (CONTRACT, kept by the lab) or pays its people (PAY, kept by
 * the vendor itself) for work in a scope. A null {@code projectId}, {@code taskType} or {@code tier} means "any"; the
 * most specific rate that matches wins (project before task type before tier: project + type + tier, project + type,
 * project + tier, project, type + tier, type, tier, the contract's default).
 */
public record Rate(UUID id, UUID tenantId, Ledger ledger, UUID vendorOrgId, UUID projectId, String taskType, String tier,
                   RateBasis basis, Money price, UUID setBy, Instant setAt) {

    /** Whether this rate applies to work on the project of that task type by an annotator of that tier (may be null). */
    public boolean matches(UUID project, String type, String annotatorTier) {
        return (projectId == null || projectId.equals(project)) && (taskType == null || taskType.equals(type))
                && (tier == null || tier.equals(annotatorTier));
    }

    /** How specific the scope is: project counts 4, task type 2, tier 1. */
    public int specificity() {
        return (projectId != null ? 4 : 0) + (taskType != null ? 2 : 0) + (tier != null ? 1 : 0);
    }

    /** The scope as one key ("*" for any), unique per ledger and vendor. */
    public static String scopeKey(UUID projectId, String taskType, String tier) {
        return (projectId == null ? "*" : projectId.toString()) + "|" + (taskType == null ? "*" : taskType) + "|"
                + (tier == null ? "*" : tier);
    }

    /** The most specific of {@code rates} that matches, if any. */
    public static Optional<Rate> bestMatch(List<Rate> rates, UUID project, String type, String annotatorTier) {
        return rates.stream().filter(r -> r.matches(project, type, annotatorTier)).max(Comparator.comparingInt(Rate::specificity));
    }
}
