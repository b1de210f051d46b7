package dev.annota.schema;

/** One thing wrong with a document, at a JSON path such as {@code questions[0].options}. */
public record Violation(String field, String message) {
}
