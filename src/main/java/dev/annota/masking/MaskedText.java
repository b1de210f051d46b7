package dev.annota.masking;

import java.util.List;

/**
 * One text field as a person is shown it: {@code masked} is {@code original} with each detected value replaced by its
 * placeholder. {@code replacements} are in text order, their offsets in Unicode code points (the unit of span offsets,
 * docs/label-schema.md), so offsets can be carried between the two texts both ways.
 * <p>
 * An offset inside a placeholder has no exact counterpart in the original value (nor the other way round): a start
 * snaps to the beginning of the value, an end to its end, so a span covering part of a placeholder covers the whole
 * value, never part of it.
 */
public record MaskedText(String original, String masked, List<Replacement> replacements) {

    /** The value at {@code [originalStart, originalEnd)} is shown as the placeholder at {@code [maskedStart, maskedEnd)}. */
    public record Replacement(int originalStart, int originalEnd, int maskedStart, int maskedEnd, String placeholder) {
    }

    public MaskedText {
        replacements = List.copyOf(replacements);
    }

    /** A text with nothing detected in it. */
    public static MaskedText unchanged(String text) {
        return new MaskedText(text, text, List.of());
    }

    /** The original offset of a span's start given on the masked text. */
    public int originalStart(int maskedStart) {
        return carried(maskedStart, true, true);
    }

    /** The original offset of a span's (exclusive) end given on the masked text. */
    public int originalEnd(int maskedEnd) {
        return carried(maskedEnd, false, true);
    }

    /** The masked offset of a span's start given on the original text. */
    public int maskedStart(int originalStart) {
        return carried(originalStart, true, false);
    }

    /** The masked offset of a span's (exclusive) end given on the original text. */
    public int maskedEnd(int originalEnd) {
        return carried(originalEnd, false, false);
    }

    /**
     * An offset carried from one text to the other: shifted by the length differences of the replacements before it,
     * or snapped to the counterpart's start (a span's start) or end (a span's end) when it falls inside a replacement.
     */
    private int carried(int offset, boolean start, boolean toOriginal) {
        int shift = 0;
        for (Replacement r : replacements) {
            int from = toOriginal ? r.maskedStart : r.originalStart;
            int to = toOriginal ? r.maskedEnd : r.originalEnd;
            // A start inside is [from, to); an end inside is (from, to].
            if (start ? offset < from : offset <= from) {
                break;
            }
            if (start ? offset < to : offset <= to) {
                return start ? (toOriginal ? r.originalStart : r.maskedStart) : (toOriginal ? r.originalEnd : r.maskedEnd);
            }
            shift = toOriginal ? r.originalEnd - r.maskedEnd : r.maskedEnd - r.originalEnd;
        }
        return offset + shift;
    }

    /** The original text between two code point offsets. */
    public String originalBetween(int start, int end) {
        return between(original, start, end);
    }

    /** The masked text between two code point offsets. */
    public String maskedBetween(int start, int end) {
        return between(masked, start, end);
    }

    private static String between(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start > end) {
            return null;
        }
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
