package dev.annota.schema;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Labelled spans over a text field of the item (default {@code text}). Answer: a list of
 * {@code {"start": 0, "end": 5, "label": "PER", "text": "Alice"}}. Offsets count Unicode code points (not UTF-16
 * units, not bytes, not grapheme clusters), {@code start} inclusive, {@code end} exclusive, and both must fall on a
 * grapheme cluster boundary: a span never cuts an emoji sequence or separates a letter from its combining mark.
 * {@code text} is optional; when given it must equal the covered text, which catches UTF-16/code point mix-ups.
 * Overlapping spans only when the schema says {@code "overlap": true}; the same span twice never.
 */
public record Spans(String name, String title, boolean required, LabelSchema.Condition when, String field,
                    List<String> labels, boolean overlap, int minSpans, int maxSpans) implements LabelSchema.Question {

    static Spans parse(JsonNode q, String at, String name, String title, boolean required, LabelSchema.Condition when,
                       SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("field", "labels", "overlap", "min_spans", "max_spans")));
        String field = reader.string(q, "field", at, "text");
        if (!field.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
            reader.add(at + ".field", "must name a property of the item's data");
        }
        return new Spans(name, title, required, when, field, reader.strings(q, "labels", at, 1, true),
                reader.bool(q, "overlap", at, false), reader.integer(q, "min_spans", at, 0, 0, 10_000),
                reader.integer(q, "max_spans", at, 10_000, 1, 100_000));
    }

    @Override
    public String type() {
        return "spans";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String path, LabelSchema.Mode mode, List<Violation> violations) {
        JsonNode textNode = data.get(field);
        if (textNode == null || !textNode.isString()) {
            violations.add(new Violation(path, "the item has no text in 'data." + field + "' to label"));
            return;
        }
        if (!value.isArray()) {
            violations.add(new Violation(path, "must be a list of {\"start\", \"end\", \"label\"}"));
            return;
        }
        if (!LabelSchema.countWithin(value, minSpans, maxSpans, path, "mark", "span", mode, violations)) {
            return;
        }
        String text = textNode.stringValue();
        int length = LabelSchema.length(text);
        BitSet boundaries = graphemeBoundaries(text);
        var valid = new ArrayList<int[]>(); // {start, end, index}
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode span = value.get(i);
            String at = path + "[" + i + "]";
            if (!span.isObject()) {
                violations.add(new Violation(at, "must be {\"start\", \"end\", \"label\"}"));
                continue;
            }
            int before = violations.size();
            LabelSchema.onlyKnown(span, at, List.of("start", "end", "label", "text"), violations);
            Integer start = offset(span.get("start"), at + ".start", violations);
            Integer end = offset(span.get("end"), at + ".end", violations);
            JsonNode label = span.get("label");
            if (label == null || !label.isString() || !labels.contains(label.stringValue())) {
                violations.add(new Violation(at + ".label", "must be one of " + labels));
            }
            if (start != null && end != null) {
                if (start > length) {
                    violations.add(new Violation(at + ".start", "is " + start + " but the text has " + length + " code points"));
                } else if (end > length) {
                    violations.add(new Violation(at + ".end", "is " + end + " but the text has " + length + " code points"));
                } else if (start >= end) {
                    violations.add(new Violation(at + ".end", "must be greater than start (" + start + ")"));
                } else {
                    if (!boundaries.get(start)) {
                        violations.add(new Violation(at + ".start", "falls inside a character (a letter and its combining "
                                + "mark, or an emoji sequence); offsets count code points and must fall between characters"));
                    }
                    if (!boundaries.get(end)) {
                        violations.add(new Violation(at + ".end", "falls inside a character (a letter and its combining "
                                + "mark, or an emoji sequence); offsets count code points and must fall between characters"));
                    }
                    JsonNode covered = span.get("text");
                    if (covered != null && !covered.isNull()) {
                        String actual = substring(text, start, end);
                        if (!covered.isString() || !covered.stringValue().equals(actual)) {
                            violations.add(new Violation(at + ".text", "does not match the text at " + start + ".." + end
                                    + " (\"" + actual + "\"); offsets count Unicode code points"));
                        }
                    }
                }
            }
            if (violations.size() == before) {
                if (!seen.add(start + ":" + end + ":" + label.stringValue())) {
                    violations.add(new Violation(at, "the same span is marked twice"));
                } else {
                    valid.add(new int[] {start, end, i});
                }
            }
        }
        if (!overlap) {
            valid.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
            for (int k = 1; k < valid.size(); k++) {
                int[] previous = valid.get(k - 1);
                int[] current = valid.get(k);
                if (current[0] < previous[1]) {
                    int later = Math.max(previous[2], current[2]);
                    violations.add(new Violation(path + "[" + later + "]", "overlaps " + path.substring(path.lastIndexOf('.') + 1)
                            + "[" + Math.min(previous[2], current[2]) + "]; this schema does not allow overlapping spans"));
                }
            }
        }
    }

    /** Spans compared as a set: sorted, without the optional echo of the covered text. */
    @Override
    public JsonNode normalize(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        var spans = new ArrayList<ObjectNode>();
        for (JsonNode span : value) {
            if (!span.isObject()) {
                return value;
            }
            ObjectNode copy = ((ObjectNode) span).deepCopy();
            copy.remove("text");
            spans.add(copy);
        }
        spans.sort(Comparator.<ObjectNode>comparingLong(s -> s.path("start").asLong())
                .thenComparingLong(s -> s.path("end").asLong())
                .thenComparing(s -> s.path("label").asString("")));
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        spans.forEach(sorted::add);
        return sorted;
    }

    private static Integer offset(JsonNode node, String field, List<Violation> violations) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            violations.add(new Violation(field, "must be a whole number ≥ 0 (a Unicode code point offset)"));
            return null;
        }
        return node.intValue();
    }

    /** Code point offsets at which a grapheme cluster (a user-perceived character) starts or the text ends. */
    static BitSet graphemeBoundaries(String text) {
        BitSet result = new BitSet();
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int codePoints = 0;
        int utf16 = 0;
        for (int boundary = clusters.first(); boundary != BreakIterator.DONE; boundary = clusters.next()) {
            codePoints += text.codePointCount(utf16, boundary);
            utf16 = boundary;
            result.set(codePoints);
        }
        return result;
    }

    /** The text between two code point offsets. */
    public static String substring(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
