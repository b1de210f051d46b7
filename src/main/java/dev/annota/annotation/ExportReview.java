package dev.annota.annotation;

import java.util.Arrays;
import java.util.Locale;

import dev.annota.failure.Invalid;

/**
 * Which annotations an export holds with respect to review: every answer as submitted (the default, as before review
 * existed), accepted work only (corrections in place of the originals), or every answer with its review history.
 */
public enum ExportReview {
    /** Every annotation as submitted, review ignored. */
    ALL,
    /** Only annotations accepted or corrected in every stage they entered; a correction replaces the answer. */
    ACCEPTED,
    /** Every annotation with its review history (stages, decisions, feedback, corrections); JSONL only. */
    HISTORY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a request parameter names (absent or blank: {@link #ALL}); 422 naming the field {@code review}. */
    public static ExportReview of(String id) {
        if (id == null || id.isBlank()) {
            return ALL;
        }
        return Arrays.stream(values()).filter(r -> r.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new Invalid("Export not possible", "Unknown review filter '" + id + "'; known: all, accepted, history.")
                        .with("field", "review"));
    }

    /** Refuses {@link #HISTORY} for the training shapes: their lines have no place for a history. */
    public void requireFits(ExportFormat format) {
        if (this == HISTORY && format != ExportFormat.JSONL) {
            throw new Invalid("Export not possible", "review=history is for the jsonl format; " + format.id()
                    + " takes review=accepted or all.").with("field", "review");
        }
    }
}
