package dev.annota.annotation;

/**
 * What an export holds: {@code records} lines (JSONL, TRL pairs, SFT examples) or COCO objects, from
 * {@code annotations} annotations of {@code items} items, and what was left out: tied pairs (TRL has no tie) and
 * annotations that did not answer the exported question (hidden by a condition, or optional). {@code review}: the
 * review filter ({@code all}, {@code accepted}, {@code history}); {@code reviewed}: how every annotation of the project
 * stands after review, whatever the filter (null where review was not consulted).
 */
public record ExportSummary(String format, String question, long items, long annotations, long records,
                            long skippedTies, long skippedUnanswered, String review, ReviewCounts reviewed) {

    public ExportSummary(String format, String question, long items, long annotations, long records, long skippedTies,
                         long skippedUnanswered) {
        this(format, question, items, annotations, records, skippedTies, skippedUnanswered, ExportReview.ALL.id(), null);
    }

    /** The project's annotations by their standing after review ({@link AnnotationReview.Status}). */
    public record ReviewCounts(long accepted, long corrected, long rejected, long inReview, long unreviewed) {
    }

    public ExportSummary with(ExportReview mode, ReviewCounts counts) {
        return new ExportSummary(format, question, items, annotations, records, skippedTies, skippedUnanswered, mode.id(), counts);
    }
}
