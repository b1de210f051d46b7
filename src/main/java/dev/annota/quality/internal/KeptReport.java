package dev.annota.quality.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.annota.quality.QualitySettings;

/**
 * The rules of a quality report kept per project (table quality_reports): whether the kept one may be served, or the
 * report must be computed now, or served with its age while it is computed in the background. Pure rules, no store.
 *
 * @param body           the report's JSON (opened), null when none was computed yet
 * @param basis          what it was computed from
 * @param computedAt     when that was read
 * @param computingSince the lease of the instance recomputing it in the background, null when none
 */
record KeptReport(String body, Basis basis, Instant computedAt, Instant computingSince) {

    /**
     * What a report is computed from, as far as it is cheap to read on every page load: the project's answer count
     * (kept by a trigger, annotation_counts) and the rest as text — its item and gold item counts (item_counts: items
     * imported or deleted, gold marked), its label schema version and, for the manager's report, its quality settings.
     * Answers are only ever inserted or deleted, never edited, and gold results are written with their answer, so
     * every change of the report's input moves one of these — except renamed people and organizations, shown under
     * their old name until the next recompute.
     */
    record Basis(long answers, String rest) {

        static Basis of(long answers, Map<String, Long> itemsByState, int schemaVersion, QualitySettings settings) {
            long items = itemsByState.values().stream().mapToLong(Long::longValue).sum();
            return new Basis(answers, "items=" + items + ";gold=" + itemsByState.getOrDefault("GOLD", 0L) + ";schema="
                    + schemaVersion + (settings == null ? "" : ";settings=" + settings));
        }
    }

    /** What a request for a report gets. */
    enum Answer {
        /** The kept report is current: served as it is. */
        KEPT,
        /** Not current (or none kept), and the project is small enough to compute it within the request. */
        COMPUTE_NOW,
        /** Not current and the project is large: the kept report, marked stale, while it is computed again. */
        KEPT_STALE,
        /** None kept yet and the project is large: 202, computed in the background. */
        COMPUTING,
        /**
         * Not current on the primary, but the read database the report is computed from (a lagging replica) still
         * shows the basis the kept report was computed from: computing it again would give the same report. The kept
         * report, marked stale, and nothing computed until the read database moves.
         */
        READ_DATABASE_BEHIND
    }

    /**
     * @param kept            the kept report, null when the project has none of this variant
     * @param now             the project's basis now
     * @param keptFromAnswers from how many answers on a report is no longer computed within the request
     */
    static Answer answer(KeptReport kept, Basis now, long keptFromAnswers) {
        boolean computed = kept != null && kept.body() != null;
        if (computed && now.equals(kept.basis())) {
            return Answer.KEPT;
        }
        if (now.answers() < keptFromAnswers) {
            return Answer.COMPUTE_NOW;
        }
        return computed ? Answer.KEPT_STALE : Answer.COMPUTING;
    }

    /**
     * As {@link #answer(KeptReport, Basis, long)}, except that a report which would be computed again is not while
     * {@code onReadDatabase} (the basis as the read database shows it now, read only then) is still the kept one's.
     *
     * <p>Why: the basis is compared on the primary (cheap, and current), but the report is computed on the read
     * database ({@code ANNOTA_READ_DATABASE_URL}) and keeps the basis read there, in the same snapshot as its answers,
     * so that a kept report never claims answers it did not see. While a replica lags, that kept basis trails the
     * primary's, and without this rule every page load (and the background refresh) would compute the same report
     * again, in a loop, until the replica caught up. Keeping the primary's basis instead would stop the loop but mark
     * a report current that misses the answers the replica had not yet seen, until the next change. With this rule it
     * is computed once per move of the read database, and served stale (with its age) meanwhile.
     */
    static Answer answer(KeptReport kept, Basis now, java.util.function.Supplier<Basis> onReadDatabase, long keptFromAnswers) {
        Answer answer = answer(kept, now, keptFromAnswers);
        boolean again = answer == Answer.COMPUTE_NOW || answer == Answer.KEPT_STALE;
        if (again && kept != null && kept.body() != null && kept.basis().equals(onReadDatabase.get())) {
            return Answer.READ_DATABASE_BEHIND;
        }
        return answer;
    }

    /** Whether another instance holds the lease to recompute: taken less than {@code lease} ago. */
    boolean beingComputed(Instant now, Duration lease) {
        return computingSince != null && computingSince.isAfter(now.minus(lease));
    }

    /** The {@code Retry-After} of a 202: a guess from the basis, one second per 20,000 answers, 5 s to 5 min. */
    static Duration retryAfter(Basis basis) {
        return Duration.ofSeconds(Math.clamp(basis.answers() / 20_000, 5, 300));
    }
}
