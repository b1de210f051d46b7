package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.re2j.PatternSyntaxException;
import dev.annota.failure.Invalid;
import dev.annota.masking.MaskingSettings;

/**
 * A project's settings checked and compiled: per field path, its detectors. Built once per project and cached
 * ({@link MaskingRuleCache}): compiling the patterns is not redone for every claim.
 */
record MaskingRules(MaskingSettings settings, List<FieldRule> fields) {

    record FieldRule(String path, List<String> segments, List<Detector> detectors) {
    }

    static final List<String> BUILT_IN = List.of(Detectors.EMAIL, Detectors.PHONE, Detectors.CARD, Detectors.IBAN,
            Detectors.IP, Detectors.SECRET);
    private static final Pattern SEGMENT = Pattern.compile("\\*|[0-9]{1,4}|[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final int MAX_REGEX = 500;

    boolean masksNothing() {
        return fields.isEmpty();
    }

    /** Checks and compiles; throws {@link Invalid} naming the field (in the request's spelling) that is wrong. */
    static MaskingRules of(MaskingSettings s) {
        if (s.fields().size() > 50) {
            throw invalid("fields", "at most 50 fields");
        }
        if (s.patterns().size() > 20) {
            throw invalid("patterns", "at most 20 patterns");
        }
        String region = s.phoneRegion();
        if (region != null && !PhoneDetector.knownRegion(region)) {
            throw invalid("phoneRegion", "'" + region + "' is not a region libphonenumber knows (ISO 3166 alpha-2, upper case, such as US or DE)");
        }
        Map<String, Detector> custom = new HashMap<>();
        for (int i = 0; i < s.patterns().size(); i++) {
            var p = s.patterns().get(i);
            String at = "patterns[" + i + "]";
            if (p == null || p.name() == null || !NAME.matcher(p.name()).matches() || BUILT_IN.contains(p.name())) {
                throw invalid(at + ".name", "a name of A–Z, 0–9 and _ (up to 32, starting with a letter), not a built-in detector's");
            }
            if (custom.containsKey(p.name())) {
                throw invalid(at + ".name", "'" + p.name() + "' is named twice");
            }
            if (p.regex() == null || p.regex().isEmpty() || p.regex().length() > MAX_REGEX) {
                throw invalid(at + ".regex", "a regular expression of 1 to " + MAX_REGEX + " characters");
            }
            com.google.re2j.Pattern compiled;
            try {
                compiled = com.google.re2j.Pattern.compile(p.regex());
            } catch (PatternSyntaxException e) {
                throw invalid(at + ".regex", "is not a valid RE2 expression: " + e.getDescription());
            }
            if (compiled.matches("")) {
                throw invalid(at + ".regex", "matches the empty text: it would find nothing to mask, everywhere");
            }
            custom.put(p.name(), PatternDetector.lab(p.name(), compiled));
        }
        var rules = new ArrayList<FieldRule>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < s.fields().size(); i++) {
            var f = s.fields().get(i);
            String at = "fields[" + i + "]";
            if (f == null || f.path() == null || f.path().length() > 300) {
                throw invalid(at + ".path", "a path into the item data such as text or responses/*/content");
            }
            List<String> segments = List.of(f.path().split("/", -1));
            if (segments.size() > 6 || !segments.stream().allMatch(seg -> SEGMENT.matcher(seg).matches())) {
                throw invalid(at + ".path", "segments are property names, list indexes or *, separated by / (at most 6)");
            }
            if (!paths.add(f.path())) {
                throw invalid(at + ".path", "'" + f.path() + "' is listed twice: list its detectors once");
            }
            if (f.detectors() == null || f.detectors().isEmpty()) {
                throw invalid(at + ".detectors", "switch on at least one detector: " + String.join(", ", BUILT_IN) + " or a pattern's name");
            }
            var detectors = new ArrayList<Detector>();
            for (String name : new java.util.LinkedHashSet<>(f.detectors())) {
                Detector d = name == null ? null : switch (name) {
                    case Detectors.EMAIL -> Detectors.email();
                    case Detectors.PHONE -> new PhoneDetector(region == null ? "ZZ" : region);
                    case Detectors.CARD -> Detectors.card();
                    case Detectors.IBAN -> Detectors.iban();
                    case Detectors.IP -> Detectors.ip();
                    case Detectors.SECRET -> new SecretDetector();
                    default -> custom.get(name);
                };
                if (d == null) {
                    throw invalid(at + ".detectors", "'" + name + "' is neither " + String.join(", ", BUILT_IN) + " nor one of the patterns");
                }
                detectors.add(d);
            }
            rules.add(new FieldRule(f.path(), segments, List.copyOf(detectors)));
        }
        return new MaskingRules(s, List.copyOf(rules));
    }

    private static Invalid invalid(String field, String message) {
        return (Invalid) new Invalid("Invalid masking settings", field + ": " + message).with("field", field);
    }
}
