package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A detector of candidates matched by a pattern and kept when {@code valid} accepts them (a checksum, ranges).
 * <p>
 * Our own fixed patterns ({@link #of}) run on java.util.regex and start only where a run of the characters they match
 * starts (a look-behind), so a long run is scanned once, never once per position: linear time on any text. A lab's
 * patterns ({@link #lab}) run on RE2J, linear whatever the pattern (no back-references, no look-arounds), so no
 * pattern a manager writes can make a claim hang.
 */
final class PatternDetector implements Detector {

    /** The {start, end} of each match of a pattern in a text, in UTF-16 units. */
    private interface Matches {
        List<int[]> in(String text);
    }

    private final String type;
    private final Matches matches;
    private final Predicate<String> valid;

    private PatternDetector(String type, Matches matches, Predicate<String> valid) {
        this.type = type;
        this.matches = matches;
        this.valid = valid;
    }

    static PatternDetector of(String type, String pattern, Predicate<String> valid) {
        Pattern compiled = Pattern.compile(pattern);
        return new PatternDetector(type, text -> {
            var m = compiled.matcher(text);
            return all(m::find, m::start, m::end);
        }, valid);
    }

    static PatternDetector lab(String type, com.google.re2j.Pattern compiled) {
        return new PatternDetector(type, text -> {
            var m = compiled.matcher(text);
            return all(m::find, m::start, m::end);
        }, s -> !s.isEmpty());
    }

    /** Every match, from a matcher of either engine (they share no interface). */
    private static List<int[]> all(BooleanSupplier find, IntSupplier start, IntSupplier end) {
        var found = new ArrayList<int[]>();
        while (find.getAsBoolean()) {
            found.add(new int[] {start.getAsInt(), end.getAsInt()});
        }
        return found;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public List<Finding> find(String text) {
        var found = new ArrayList<Finding>();
        for (int[] m : matches.in(text)) {
            if (valid.test(text.substring(m[0], m[1]))) {
                found.add(new Finding(m[0], m[1], type));
            }
        }
        return found;
    }
}
