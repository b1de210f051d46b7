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
        int shift = 0;
        for (Replacement r : replacements) {
            if (maskedStart < r.maskedStart) {
                break;
            }
            if (maskedStart < r.maskedEnd) {
                return r.originalStart;
            }
            shift = r.originalEnd - r.maskedEnd;
        }
        return maskedStart + shift;
    }

    /** The original offset of a span's (exclusive) end given on the masked text. */
    public int originalEnd(int maskedEnd) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (maskedEnd <= r.maskedStart) {
                break;
            }
            if (maskedEnd <= r.maskedEnd) {
                return r.originalEnd;
            }
            shift = r.originalEnd - r.maskedEnd;
        }
        return maskedEnd + shift;
    }

    /** The masked offset of a span's start given on the original text. */
    public int maskedStart(int originalStart) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (originalStart < r.originalStart) {
                break;
            }
            if (originalStart < r.originalEnd) {
                return r.maskedStart;
            }
            shift = r.maskedEnd - r.originalEnd;
        }
        return originalStart + shift;
    }

    /** The masked offset of a span's (exclusive) end given on the original text. */
    public int maskedEnd(int originalEnd) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (originalEnd <= r.originalStart) {
                break;
            }
            if (originalEnd <= r.originalEnd) {
                return r.maskedEnd;
            }
            shift = r.maskedEnd - r.originalEnd;
        }
        return originalEnd + shift;
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
