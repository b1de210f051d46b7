package dev.annota.annotation;

/**
 * What an export holds: {@code records} lines (JSONL, TRL pairs, SFT examples) or COCO objects, from
 * {@code annotations} annotations of {@code items} items, and what was left out: tied pairs (TRL has no tie) and
 * annotations that did not answer the exported question (hidden by a condition, or optional).
 */
public record ExportSummary(String format, String question, long items, long annotations, long records,
                            long skippedTies, long skippedUnanswered) {
}
