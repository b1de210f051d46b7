package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector of candidates matched by a fixed pattern of our own and kept when {@code valid} accepts them (a checksum,
 * ranges). The patterns start only where a run of the characters they match starts (a look-behind), so a long run is
 * scanned once, never once per position: linear time on any text.
 */
class PatternDetector implements Detector {

    private final String type;
    private final Pattern pattern;
    private final Predicate<String> valid;

    PatternDetector(String type, String pattern, Predicate<String> valid) {
        this.type = type;
        this.pattern = Pattern.compile(pattern);
        this.valid = valid;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public List<Finding> find(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (valid.test(m.group())) {
                found.add(new Finding(m.start(), m.end(), type));
            }
        }
        return found;
    }
}
