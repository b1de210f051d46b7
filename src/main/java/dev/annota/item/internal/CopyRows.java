package dev.annota.item.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's COPY text format, encoded as UTF-8 straight into a byte array that is reused from chunk to
 * chunk. A StringBuilder turned into a String and then into bytes allocated two copies of every 4 MB chunk: in a
 * 256 MB heap each is a humongous object, and their churn kept G1's concurrent marking running through the whole
 * import (37% of the server's CPU in a profile of a million items). Appending a character at a time to the builder
 * was another 19%.
 */
final class CopyRows {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;
    private long rows;

    CopyRows(int capacity) {
        this.bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    long rows() {
        return rows;
    }

    byte[] array() {
        return bytes;
    }

    /** Starts over on {@code reused}, an array of an earlier chunk that the database is done with. */
    void reset(byte[] reused) {
        bytes = reused;
        size = 0;
        rows = 0;
    }

    CopyRows number(long value) {
        String digits = Long.toString(value);
        ensure(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            bytes[size++] = (byte) digits.charAt(i);
        }
        return this;
    }

    CopyRows uuid(UUID value) {
        if (value == null) {
            return raw(NULL);
        }
        ensure(36);
        hex(value.getMostSignificantBits() >>> 32, 8);
        bytes[size++] = '-';
        hex(value.getMostSignificantBits() >>> 16, 4);
        bytes[size++] = '-';
        hex(value.getMostSignificantBits(), 4);
        bytes[size++] = '-';
        hex(value.getLeastSignificantBits() >>> 48, 4);
        bytes[size++] = '-';
        hex(value.getLeastSignificantBits(), 12);
        return this;
    }

    /** A text column, or {@code \N} for null. Backslash, tab, newline and carriage return are written as escapes. */
    CopyRows text(String value) {
        if (value == null) {
            return raw(NULL);
        }
        int length = value.length();
        // Three bytes per char covers the worst case: an escape is two bytes, a BMP char at most three in UTF-8, and
        // a surrogate pair four for its two chars.
        ensure(3 * length);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '\\') {
                out[at++] = (byte) c;
            } else if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out[at++] = '\\';
                out[at++] = switch (c) {
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    default -> '\\';
                };
            } else if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                out[at++] = (byte) (0xf0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form; like String.getBytes, write '?'.
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        size = at;
        return this;
    }

    CopyRows tab() {
        ensure(1);
        bytes[size++] = '\t';
        return this;
    }

    void endRow() {
        ensure(1);
        bytes[size++] = '\n';
        rows++;
    }

    private CopyRows raw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    private void hex(long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            bytes[size++] = HEX[(int) (value >>> shift) & 0xf];
        }
    }

    /** Grows the array for a row larger than what is left (a big item); the next chunk reuses the larger array. */
    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
