package dev.annota.comparison.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.Consensus;
import dev.annota.comparison.Amount;
import dev.annota.comparison.Comparison;
import dev.annota.comparison.Figures;
import dev.annota.comparison.ComparisonPeriod;

/**
 * The arithmetic of the vendor comparison over one project's work in a period, already read: no Spring, no database.
 * Every figure of a workforce, a person or a day is counted by the same code, so the rows of a view always add up.
 */
final class ComparisonTally {

    /** An answer made in the period, by whom (and their workforce), on which day, and where review left it. */
    record Label(UUID annotationId, UUID itemId, UUID annotatorId, UUID workforceId, LocalDate day,
                 AnnotationReview.Status review) {
    }

    /** A gold answer made in the period. */
    record Gold(UUID annotatorId, UUID workforceId, LocalDate day, boolean correct) {
    }

    /** One of the period's answers to an aggregated question, compared with the item's consensus. */
    record Compared(UUID annotatorId, UUID workforceId, boolean agrees) {
    }

    /**
     * The work of the period: labels, gold answers, comparisons with the consensus, and the active time per person and
     * day ({@code activeMillis} null where active time is not measured).
     */
    record Work(ComparisonPeriod period, List<Label> labels, List<Gold> gold, List<Compared> compared,
                Map<UUID, Map<LocalDate, Long>> activeMillis, Map<UUID, UUID> workforceOf) {
    }

    /** Which people a figure counts. */
    record Scope(Predicate<UUID> annotator) {

        static Scope workforce(Work work, UUID workforceId) {
            return new Scope(a -> workforceId.equals(work.workforceOf().get(a)));
        }

        static Scope person(UUID annotatorId) {
            return new Scope(annotatorId::equals);
        }
    }

    private ComparisonTally() {
    }

    static Figures figures(Work work, Scope scope, Amount cost) {
        long labels = 0;
        long reviewed = 0;
        long acceptedInReview = 0;
        long accepted = 0;
        for (Label l : work.labels()) {
            if (!scope.annotator().test(l.annotatorId())) {
                continue;
            }
            labels++;
            switch (l.review()) {
                case ACCEPTED, CORRECTED -> {
                    reviewed++;
                    acceptedInReview++;
                    accepted++;
                }
                case REJECTED -> reviewed++;
                case UNREVIEWED -> accepted++;
                case IN_REVIEW -> { }
            }
        }
        long goldAnswered = 0;
        long goldCorrect = 0;
        for (Gold g : work.gold()) {
            if (scope.annotator().test(g.annotatorId())) {
                goldAnswered++;
                goldCorrect += g.correct() ? 1 : 0;
            }
        }
        long compared = 0;
        long agreeing = 0;
        for (Compared c : work.compared()) {
            if (scope.annotator().test(c.annotatorId())) {
                compared++;
                agreeing += c.agrees() ? 1 : 0;
            }
        }
        Long active = activeMillis(work, scope, null);
        return new Figures(labels, (double) labels / work.period().length(), goldAnswered, goldCorrect,
                share(goldCorrect, goldAnswered), compared, share(agreeing, compared), reviewed,
                share(acceptedInReview, reviewed), accepted, active,
                active == null || labels == 0 ? null : active / 1000.0 / labels, cost, perLabel(cost, accepted));
    }

    /** The active milliseconds of the people in scope, on one day or (day null) the whole period; null if not measured. */
    static Long activeMillis(Work work, Scope scope, LocalDate day) {
        if (work.activeMillis() == null) {
            return null;
        }
        long sum = 0;
        for (var person : work.activeMillis().entrySet()) {
            if (!scope.annotator().test(person.getKey())) {
                continue;
            }
            for (var entry : person.getValue().entrySet()) {
                if ((day == null && !entry.getKey().isBefore(work.period().from()) && !entry.getKey().isAfter(work.period().to()))
                        || entry.getKey().equals(day)) {
                    sum += entry.getValue();
                }
            }
        }
        return sum;
    }

    static Double hours(Long millis) {
        return millis == null ? null : Math.round(millis / 36_000.0) / 100.0;
    }

    /** Cost ÷ accepted labels to the hundredth of a cent (4 places), null when either is missing. */
    static Amount perLabel(Amount cost, long accepted) {
        if (cost == null || accepted == 0) {
            return null;
        }
        return new Amount(cost.amount().divide(BigDecimal.valueOf(accepted), 4, RoundingMode.HALF_EVEN), cost.currency());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The people who labelled or answered gold in the period and are in scope, in first-seen order. */
    static List<UUID> people(Work work, Scope scope) {
        var seen = new java.util.LinkedHashSet<UUID>();
        work.labels().forEach(l -> seen.add(l.annotatorId()));
        work.gold().forEach(g -> seen.add(g.annotatorId()));
        return seen.stream().filter(scope.annotator()).toList();
    }

    /** A row per day of the period, with a figure per workforce given (in the order given). */
    static List<Comparison.TrendDay> trend(Work work, Collection<UUID> workforces, Scope scope) {
        var counts = new HashMap<LocalDate, Map<UUID, long[]>>();
        for (Label l : work.labels()) {
            if (scope.annotator().test(l.annotatorId())) {
                long[] c = cell(counts, l.day(), l.workforceId());
                c[0]++;
                if (l.review() == AnnotationReview.Status.ACCEPTED || l.review() == AnnotationReview.Status.CORRECTED) {
                    c[3]++;
                    c[4]++;
                } else if (l.review() == AnnotationReview.Status.REJECTED) {
                    c[3]++;
                }
            }
        }
        for (Gold g : work.gold()) {
            if (scope.annotator().test(g.annotatorId())) {
                long[] c = cell(counts, g.day(), g.workforceId());
                c[1]++;
                c[2] += g.correct() ? 1 : 0;
            }
        }
        var days = new ArrayList<Comparison.TrendDay>();
        for (LocalDate day : work.period().days()) {
            var row = new ArrayList<Comparison.TrendFigures>();
            for (UUID workforce : workforces) {
                long[] c = counts.getOrDefault(day, Map.of()).getOrDefault(workforce, new long[5]);
                Scope of = new Scope(a -> scope.annotator().test(a) && workforce.equals(work.workforceOf().get(a)));
                row.add(new Comparison.TrendFigures(workforce, c[0], c[1], c[2], c[3], c[4], activeMillis(work, of, day)));
            }
            days.add(new Comparison.TrendDay(day, row));
        }
        return days;
    }

    private static long[] cell(Map<LocalDate, Map<UUID, long[]>> counts, LocalDate day, UUID workforce) {
        return counts.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(workforce, w -> new long[5]);
    }

    /** The people of a workforce in scope spread over ten bins of gold accuracy (people without gold answers left out). */
    static Comparison.AccuracySpread distribution(Work work, UUID workforce, Scope scope) {
        var answered = new HashMap<UUID, long[]>();
        for (Gold g : work.gold()) {
            if (workforce.equals(g.workforceId()) && scope.annotator().test(g.annotatorId())) {
                long[] c = answered.computeIfAbsent(g.annotatorId(), a -> new long[2]);
                c[0]++;
                c[1] += g.correct() ? 1 : 0;
            }
        }
        Long[] bins = new Long[10];
        java.util.Arrays.fill(bins, 0L);
        for (long[] c : answered.values()) {
            int bin = (int) Math.min(9, Math.floor((double) c[1] / c[0] * 10));
            bins[bin]++;
        }
        return new Comparison.AccuracySpread(workforce, List.of(bins));
    }

    /** The key of an answer: one person's answer to one item. */
    record ItemAnnotator(UUID itemId, UUID annotatorId) {
    }

    /**
     * Compares the period's answers with the consensus: per aggregated question, each vote of a label of the period on
     * an item at least two people answered, against the item's consensus label (an item answered once agrees with
     * itself, which says nothing).
     */
    static List<Compared> compared(Map<String, List<Consensus.Vote>> votes, Consensus.Result consensus,
                                   Map<ItemAnnotator, Label> inPeriod) {
        var result = new ArrayList<Compared>();
        votes.forEach((question, list) -> {
            var voters = new HashMap<UUID, Set<UUID>>();
            list.forEach(v -> voters.computeIfAbsent(v.item(), i -> new java.util.HashSet<>()).add(v.annotator()));
            Map<UUID, Consensus.Label> agreed = consensus.questions().getOrDefault(question, Map.of());
            for (Consensus.Vote v : list) {
                Label label = inPeriod.get(new ItemAnnotator(v.item(), v.annotator()));
                Consensus.Label agreedLabel = agreed.get(v.item());
                if (label == null || agreedLabel == null || voters.get(v.item()).size() < 2) {
                    continue;
                }
                result.add(new Compared(v.annotator(), label.workforceId(), agreedLabel.label().equals(v.label())));
            }
        });
        return result;
    }

    /** The period's labels by item and person (the latest, for a person who answered an item again in a rework). */
    static Map<ItemAnnotator, Label> byItemAndAnnotator(List<Label> labels) {
        var map = new LinkedHashMap<ItemAnnotator, Label>();
        labels.forEach(l -> map.put(new ItemAnnotator(l.itemId(), l.annotatorId()), l));
        return map;
    }
}
