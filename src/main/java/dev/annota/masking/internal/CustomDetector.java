package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A lab's own pattern (an employee number, a case reference...), run by RE2J: RE2 matches in time linear in the text
 * whatever the pattern, so no pattern a manager writes can make a claim hang (no back-references, no look-arounds).
 */
class CustomDetector implements Detector {

    private final String type;
    private final Pattern pattern;

    CustomDetector(String type, Pattern pattern) {
        this.type = type;
        this.pattern = pattern;
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
            if (m.end() > m.start()) {
                found.add(new Finding(m.start(), m.end(), type));
            }
        }
        return found;
    }
}
