package dev.annota.masking.internal;

/** A value a detector found: {@code [start, end)} in UTF-16 units of the text (Java's own indices), and its type. */
record Finding(int start, int end, String type) {
}
