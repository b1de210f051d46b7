package dev.annota.conflict.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The wall decision, without Spring or a database: given what an annotator has been shown and declared, may they
 * receive items of a customer? Brewer–Nash: access to one side of a conflict closes the other side.
 * <ol>
 *     <li>The customer's own people are always admitted to its own projects.</li>
 *     <li>Exposure to a conflicting customer (same conflict class, or a competitor either of the two declared) closes
 *     the wall, forever, or until the last exposure plus the cooling-off period. When the two customers set different
 *     periods the stricter (longer; "forever" strictest) holds: either may demand it.</li>
 *     <li>A declared affiliation the customer excludes closes it while the affiliation lasts and, after it ended, for
 *     the customer's cooling-off period (forever when none is set).</li>
 * </ol>
 * Explanations are for the refusing customer's managers and never name the other customer: that would reveal a
 * business relationship (who used this vendor, when) that the other customer did not agree to share. Nor do they tell
 * what only the other customer set: that it declared the refusing one a competitor, or its cooling-off period.
 */
public final class WallRules {

    /** Why two customers conflict: a class both belong to, or a declared competitor. */
    public record Conflict(Rule rule, String className) {
    }

    /**
     * {@code DECLARED_COMPETITOR}: the refusing customer declared the other; {@code ANOTHER_CUSTOMERS_WALL}: the other
     * declared the refusing customer (which the refusing customer is not told).
     */
    public enum Rule { CONFLICT_CLASS, DECLARED_COMPETITOR, ANOTHER_CUSTOMERS_WALL, EXCLUDED_AFFILIATION }

    public record Exposure(UUID tenantId, Instant firstSeen, Instant lastSeen) {
    }

    public record Affiliation(String employerKey, String employer, LocalDate startedOn, LocalDate endedOn) {
    }

    public record Exclusion(String employerKey, String employer) {
    }

    public record Decision(boolean permitted, Rule rule, String explanation, Instant firstSeen, Instant lastSeen,
                           Instant wallUntil) {
        static final Decision PERMIT = new Decision(true, null, null, null, null, null);
    }

    /**
     * @param coolingOff a customer's cooling-off period; empty = forever (the default when a customer set none)
     */
    public static Decision decide(UUID tenant, UUID annotatorOrg, List<Exposure> exposures, Map<UUID, Conflict> conflictsOfTenant,
                                  Function<UUID, Optional<Duration>> coolingOff, List<Affiliation> affiliations,
                                  List<Exclusion> exclusions, Instant now) {
        if (tenant.equals(annotatorOrg)) {
            return Decision.PERMIT;
        }
        for (Exposure e : exposures) {
            if (e.tenantId().equals(tenant)) {
                continue;
            }
            Conflict conflict = conflictsOfTenant.get(e.tenantId());
            if (conflict == null) {
                continue;
            }
            Optional<Duration> own = coolingOff.apply(tenant);
            Optional<Duration> period = stricter(own, coolingOff.apply(e.tenantId()));
            Instant until = period.map(d -> e.lastSeen().plus(d)).orElse(null);
            if (until == null || now.isBefore(until)) {
                return refusal(conflict, e, until, own.equals(period));
            }
        }
        for (Affiliation a : affiliations) {
            for (Exclusion x : exclusions) {
                if (!x.employerKey().equals(a.employerKey())) {
                    continue;
                }
                Optional<Duration> period = coolingOff.apply(tenant);
                Instant ended = a.endedOn() == null ? null : a.endedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
                Instant until = ended == null || period.isEmpty() ? null : ended.plus(period.get());
                boolean current = ended == null || now.isBefore(ended);
                if (current || until == null || now.isBefore(until)) {
                    String dates = (a.startedOn() == null ? "" : " from " + a.startedOn())
                            + (a.endedOn() == null ? ", current" : " to " + a.endedOn());
                    return new Decision(false, Rule.EXCLUDED_AFFILIATION, "This annotator declared an affiliation with '"
                            + a.employer() + "'" + dates + ", which your organization excludes; the wall lasts "
                            + (until == null ? (current ? "while it lasts" + (period.isEmpty() ? " and forever after." : ".") : "forever.")
                               : "until " + day(until) + "."), null, null, until);
                }
            }
        }
        return Decision.PERMIT;
    }

    /**
     * The refusal as the refusing customer may read it. A wall the other customer declared (it named this one its
     * competitor) is told as another customer's, without the exposure's dates; an end of the wall that comes from the
     * other customer's longer cooling-off is "until further notice", without a date: either would tell this customer
     * something the other one set and did not share.
     */
    private static Decision refusal(Conflict conflict, Exposure e, Instant until, boolean ownPeriodHolds) {
        if (conflict.rule() == Rule.ANOTHER_CUSTOMERS_WALL) {
            return new Decision(false, conflict.rule(), "This annotator was shown items of another customer whose conflict "
                    + "settings keep them from your projects; the wall lasts until further notice.", null, null, null);
        }
        String why = conflict.rule() == Rule.CONFLICT_CLASS
                ? "another customer of the conflict class '" + conflict.className() + "'"
                : "a customer that is a declared competitor of yours";
        String lasts = !ownPeriodHolds ? "until further notice." : until == null ? "forever." : "until " + day(until) + ".";
        return new Decision(false, conflict.rule(), "This annotator was shown items of " + why + " (first " + day(e.firstSeen())
                + ", last " + day(e.lastSeen()) + "); the wall lasts " + lasts, e.firstSeen(), e.lastSeen(),
                ownPeriodHolds ? until : null);
    }

    /** The longer of two periods, "forever" (empty) winning. */
    static Optional<Duration> stricter(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    /** An employer name as compared: case, surrounding and repeated spaces do not matter. */
    public static String employerKey(String employer) {
        return employer.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String day(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    private WallRules() {
    }
}
