package dev.annota.annotation.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.AnnotationReviews;
import dev.annota.annotation.ExportReview;
import dev.annota.annotation.ExportSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An export's view of review: which annotations it holds under its filter, the answer that stands for each, and the
 * tally of every annotation's standing for the summary. Read once per export, inside its transaction, so the rows and
 * the review records agree.
 */
@Component
record ReviewedAnswers(ObjectProvider<AnnotationReviews> reviews) {

    /** The review records of a project for an export under {@code mode}; inside the export's tenant transaction. */
    Reading read(UUID tenantId, UUID projectId, ExportReview mode) {
        AnnotationReviews source = reviews.getIfAvailable();
        Map<UUID, AnnotationReview> records = source == null ? Map.of() : source.ofProject(tenantId, projectId, mode == ExportReview.HISTORY);
        return new Reading(mode, records);
    }

    static final class Reading {
        private final ExportReview mode;
        private final Map<UUID, AnnotationReview> records;
        private final EnumMap<AnnotationReview.Status, long[]> tally = new EnumMap<>(AnnotationReview.Status.class);

        Reading(ExportReview mode, Map<UUID, AnnotationReview> records) {
            this.mode = mode;
            this.records = records;
        }

        ExportReview mode() {
            return mode;
        }

        AnnotationReview of(UUID annotation, UUID item) {
            AnnotationReview review = records.get(annotation);
            return review == null ? AnnotationReview.none(annotation, item) : review;
        }

        /** Whether the export holds the annotation. */
        boolean holds(AnnotationReview review) {
            return mode != ExportReview.ACCEPTED || review.status().accepted();
        }

        /** Counts the annotation's standing for the summary (once per annotation: a two-pass export counts in one). */
        void tally(AnnotationReview review) {
            tally.computeIfAbsent(review.status(), k -> new long[1])[0]++;
        }

        /** The answer the export shows: the standing one (a correction) for accepted work, the submitted one otherwise. */
        JsonNode answer(AnnotationReview review, JsonNode submitted) {
            return mode == ExportReview.ACCEPTED ? review.standing(submitted) : submitted;
        }

        /** How many items hold accepted work: the items an accepted-only export shows. */
        long itemsWithAcceptedWork() {
            return records.values().stream().filter(r -> r.status().accepted()).map(AnnotationReview::itemId).distinct().count();
        }

        ExportSummary summarize(ExportSummary counted) {
            return counted.with(mode, new ExportSummary.ReviewCounts(count(AnnotationReview.Status.ACCEPTED),
                    count(AnnotationReview.Status.CORRECTED), count(AnnotationReview.Status.REJECTED),
                    count(AnnotationReview.Status.IN_REVIEW), count(AnnotationReview.Status.UNREVIEWED)));
        }

        private long count(AnnotationReview.Status status) {
            long[] n = tally.get(status);
            return n == null ? 0 : n[0];
        }
    }
}
