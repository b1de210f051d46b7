package dev.annota.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.annotation.AnnotationReview;
import dev.annota.review.ReviewFigures;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import dev.annota.statistics.Agreement;

/**
 * The arithmetic of the review figures, over a project's reviews with their decisions (in annotation order, as
 * {@link ReviewStore#ofProject} reads them) and the annotations' submit times; no Spring, no database.
 */
final class FigureTally {

    /** One reviewed annotation: who made it, its stages, and when it was submitted (null if unknown). */
    record Reviewed(UUID annotatorId, UUID annotatorOrgId, AnnotationReview review, List<ReviewStore.Decided> rows,
                    Instant submittedAt) {
    }

    private FigureTally() {
    }

    /** Groups the rows (in annotation order) into reviewed annotations. */
    static List<Reviewed> group(List<ReviewStore.Decided> rows, Map<UUID, Instant> submitted) {
        var byAnnotation = new LinkedHashMap<UUID, List<ReviewStore.Decided>>();
        rows.forEach(r -> byAnnotation.computeIfAbsent(r.annotationId(), k -> new ArrayList<>()).add(r));
        var result = new ArrayList<Reviewed>();
        byAnnotation.forEach((annotation, list) -> {
            var steps = list.stream().map(r -> new AnnotationReview.Step(r.stage().name(), r.state(), r.decisionId(),
                    r.decision() == null ? null : r.decision().name(), null, null, null, null, r.schemaVersion(), r.decidedAt())).toList();
            ReviewStore.Decided first = list.getFirst();
            result.add(new Reviewed(first.annotatorId(), first.annotatorOrgId(), new AnnotationReview(annotation, first.itemId(), steps),
                    list, submitted.get(annotation)));
        });
        return result;
    }

    /** The work figures of each group (annotator, workforce) the key picks, in first-seen order. */
    static Map<UUID, ReviewFigures.Work> work(List<Reviewed> reviewed, Function<Reviewed, UUID> key) {
        var groups = new LinkedHashMap<UUID, List<Reviewed>>();
        reviewed.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        var result = new LinkedHashMap<UUID, ReviewFigures.Work>();
        groups.forEach((id, list) -> result.put(id, work(list)));
        return result;
    }

    static ReviewFigures.Work work(List<Reviewed> reviewed) {
        long accepted = 0;
        long corrected = 0;
        long rejected = 0;
        long rounds = 0;
        var seconds = new ArrayList<Double>();
        for (Reviewed r : reviewed) {
            switch (r.review().status()) {
                case ACCEPTED -> accepted++;
                case CORRECTED -> corrected++;
                case REJECTED -> rejected++;
                default -> { }
            }
            for (ReviewStore.Decided row : r.rows()) {
                if (row.decision() == ReviewOutcome.REJECT) {
                    rounds++;
                }
                if (row.stage() == ReviewStage.REVIEW && row.decidedAt() != null && r.submittedAt() != null) {
                    seconds.add(Duration.between(r.submittedAt(), row.decidedAt()).toMillis() / 1000.0);
                }
            }
        }
        long decided = accepted + corrected + rejected;
        return new ReviewFigures.Work(decided, accepted, corrected, rejected,
                decided == 0 ? null : (double) (accepted + corrected) / decided,
                decided == 0 ? null : (double) corrected / decided, rounds, median(seconds),
                seconds.isEmpty() ? null : seconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Per reviewer: their decisions by outcome, the UTC days they decided on, decisions per such day. */
    record ReviewerCount(UUID reviewerId, long decisions, long accepted, long corrected, long rejected, long activeDays,
                         double decisionsPerDay) {
    }

    static List<ReviewerCount> reviewers(List<Reviewed> reviewed) {
        var counts = new LinkedHashMap<UUID, long[]>();
        var days = new HashMap<UUID, Set<java.time.LocalDate>>();
        for (Reviewed r : reviewed) {
            for (ReviewStore.Decided row : r.rows()) {
                if (row.decision() == null) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(row.reviewerId(), k -> new long[4]);
                c[0]++;
                c[1 + row.decision().ordinal()]++;
                days.computeIfAbsent(row.reviewerId(), k -> new HashSet<>()).add(row.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate());
            }
        }
        var result = new ArrayList<ReviewerCount>();
        counts.forEach((id, c) -> {
            long active = days.get(id).size();
            result.add(new ReviewerCount(id, c[0], c[1], c[2], c[3], active, (double) c[0] / active));
        });
        return result;
    }

    /** REVIEW against QA on the annotations both stages decided: share of equal decisions and Cohen's kappa. */
    static ReviewFigures.DoubleReviewed doubleReviewed(List<Reviewed> reviewed) {
        var first = new ArrayList<String>();
        var second = new ArrayList<String>();
        for (Reviewed r : reviewed) {
            String review = null;
            String qa = null;
            for (ReviewStore.Decided row : r.rows()) {
                if (row.decision() != null) {
                    if (row.stage() == ReviewStage.REVIEW) {
                        review = row.decision().name();
                    } else {
                        qa = row.decision().name();
                    }
                }
            }
            if (review != null && qa != null) {
                first.add(review);
                second.add(qa);
            }
        }
        if (first.isEmpty()) {
            return new ReviewFigures.DoubleReviewed(0, null, null);
        }
        long same = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).equals(second.get(i))) {
                same++;
            }
        }
        double kappa = Agreement.cohensKappa(first.toArray(String[]::new), second.toArray(String[]::new));
        return new ReviewFigures.DoubleReviewed(first.size(), (double) same / first.size(), Double.isNaN(kappa) ? null : kappa);
    }
}
