package dev.annota.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Invisible per-view marks in served text, and their removal and reading. A mark is one frame: WORD JOINER (U+2060)
 * then the view's 48-bit code, most significant bit first, ZERO WIDTH SPACE (U+200B) for 0 and ZERO WIDTH NON-JOINER
 * (U+200C) for 1. A frame goes before the first word of each text, of each paragraph and then before the first word
 * once {@link #INTERVAL} characters have passed since the last, so any pasted run of text longer than about that
 * carries at least one whole code. Frames sit only between a space and a word (never inside a word, a grapheme or
 * an emoji sequence), so they change neither what is shown nor how it wraps.
 *
 * <p>The code is derived from the view's id (the assignment or review id the access log records with the view):
 * nothing is stored for it, and only the server, which knows the views, can name one from a code.
 */
public final class LeakMarks {

    /** Bits of a code: a wrong view among a million shares a given code with probability 10^6 / 2^48 ≈ 4·10^-9. */
    public static final int CODE_BITS = 48;
    /** Characters (code points) shown between two frames, at least; a frame follows at the next word start. */
    public static final int INTERVAL = 64;
    /** Strings shorter than this, or without a space (ids, URLs, labels), carry no marks: they are not prose. */
    static final int PROSE = 40;

    static final char START = '\u2060';
    static final char ZERO = '\u200B';
    static final char ONE = '\u200C';
    /** A frame or a cut frame's beginning; and runs of mark bits cut from their start (a legitimate ZWSP or ZWNJ comes alone). */
    private static final Pattern MARKS = Pattern.compile("\u2060[\u200B\u200C]{0," + CODE_BITS + "}|[\u200B\u200C]{2,}");

    private LeakMarks() {
    }

    /** The code of a view: the first 48 bits of SHA-256 over a fixed label and the view's id. */
    public static long code(UUID view) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("annota leak mark:" + view).getBytes(StandardCharsets.US_ASCII));
            long code = 0;
            for (int i = 0; i < CODE_BITS / 8; i++) {
                code = code << 8 | (d[i] & 0xff);
            }
            return code;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One frame carrying {@code code}. */
    static String frame(long code) {
        var s = new StringBuilder(CODE_BITS + 1).append(START);
        for (int bit = CODE_BITS - 1; bit >= 0; bit--) {
            s.append((code >>> bit & 1) == 0 ? ZERO : ONE);
        }
        return s.toString();
    }

    /** {@code text} with frames of {@code code} at its start, at each paragraph and at least every {@link #INTERVAL} characters. */
    public static String mark(String text, long code) {
        String frame = frame(code);
        var out = new StringBuilder(text.length() + text.length() / INTERVAL * frame.length() + frame.length());
        int since = INTERVAL;
        boolean paragraph = true;
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && afterSpace && !joins(c) && (paragraph || since >= INTERVAL)) {
                out.append(frame);
                since = 0;
                paragraph = false;
            }
            if (c == '\n') {
                paragraph = true;
            }
            afterSpace = space;
            out.appendCodePoint(c);
            since++;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** A code point that belongs to the grapheme before it (a combining mark, a joiner, a variation selector): no frame before it. */
    private static boolean joins(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }

    /** True for the strings {@link #marked} marks: prose of at least {@link #PROSE} characters. */
    static boolean prose(String s) {
        return s.length() >= PROSE && s.codePointCount(0, s.length()) >= PROSE && s.indexOf(' ') >= 0;
    }

    /** Marks every prose string of {@code data} (objects and arrays walked) with the code of {@code view}, in place. */
    public static JsonNode marked(JsonNode data, UUID view) {
        long code = code(view);
        walk(data, code, true);
        return data;
    }

    /** {@code answer} with every mark removed from its strings (in place; returned): what was shown, not what is stored. */
    public static JsonNode stripped(JsonNode answer) {
        walk(answer, 0, false);
        return answer;
    }

    private static void walk(JsonNode node, long code, boolean mark) {
        if (node instanceof ObjectNode o) {
            for (String name : List.copyOf(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (v.isString()) {
                    String next = changed(v.asString(), code, mark);
                    if (next != null) {
                        o.put(name, next);
                    }
                } else {
                    walk(v, code, mark);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isString()) {
                    String next = changed(v.asString(), code, mark);
                    if (next != null) {
                        a.set(i, StringNode.valueOf(next));
                    }
                } else {
                    walk(v, code, mark);
                }
            }
        }
    }

    /** The string marked (prose only) or stripped, or null when that changes nothing. */
    private static String changed(String s, long code, boolean mark) {
        String next = mark ? (prose(s) ? mark(s, code) : s) : strip(s);
        return next.equals(s) ? null : next;
    }

    /** {@code text} without marks, whole or cut. */
    public static String strip(String text) {
        if (text.indexOf(START) < 0 && text.indexOf(ZERO) < 0 && text.indexOf(ONE) < 0) {
            return text;
        }
        return MARKS.matcher(text).replaceAll("");
    }

    /** What a text carries: whole codes, and cut frames as their first bits. */
    public static Found read(String text) {
        var codes = new ArrayList<Long>();
        var partial = new ArrayList<Partial>();
        for (int i = text.indexOf(START); i >= 0; i = text.indexOf(START, i + 1)) {
            long bits = 0;
            int n = 0;
            for (int j = i + 1; j < text.length() && n < CODE_BITS; j++, n++) {
                char c = text.charAt(j);
                if (c != ZERO && c != ONE) {
                    break;
                }
                bits = bits << 1 | (c == ONE ? 1 : 0);
            }
            if (n == CODE_BITS) {
                codes.add(bits);
            } else if (n > 0) {
                partial.add(new Partial(bits, n));
            }
        }
        return new Found(codes, partial);
    }

    /** The marks found in a text: {@code codes} whole (one per frame, repeats kept), {@code partial} cut frames. */
    public record Found(List<Long> codes, List<Partial> partial) {

        public Found {
            codes = List.copyOf(codes);
            partial = List.copyOf(partial);
        }
    }

    /** The first {@code length} bits of a code ({@code bits} holds them right-aligned). */
    public record Partial(long bits, int length) {

        /** True when these are the first bits of {@code code}. */
        public boolean of(long code) {
            return code >>> (CODE_BITS - length) == bits;
        }
    }
}
