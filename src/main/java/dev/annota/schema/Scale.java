package dev.annota.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * An ordered rating scale of whole numbers {@code min..max}, some or all of them labelled. Answers always carry the
 * number, so scores stay comparable and averageable whatever the labels. Written in a schema as {@code "likert5"}
 * (1..5), {@code "likert7"} (1..7), {@code {"min": 0, "max": 10, "labels": {"0": "useless", "10": "perfect"}}}, or
 * {@code {"labels": ["unsafe", "borderline", "safe"]}} (values 1..3).
 */
public record Scale(int min, int max, Map<Integer, String> labels) {

    static Scale parse(JsonNode node, String at, SchemaReader reader) {
        if (node.isString()) {
            return switch (node.stringValue()) {
                case "likert5" -> new Scale(1, 5, Map.of());
                case "likert7" -> new Scale(1, 7, Map.of());
                default -> {
                    reader.add(at, "unknown scale '" + node.stringValue() + "'; known: likert5, likert7, or an object");
                    yield null;
                }
            };
        }
        if (!node.isObject()) {
            reader.add(at, "must be \"likert5\", \"likert7\" or an object with min/max or labels");
            return null;
        }
        reader.onlyKnown(node, at, List.of("min", "max", "labels"));
        JsonNode labels = node.get("labels");
        if (labels != null && labels.isArray()) {
            List<String> names = reader.strings(node, "labels", at, 2, true);
            if (node.has("min") || node.has("max")) {
                reader.add(at, "a list of labels numbers them 1..n itself; leave out min and max");
            }
            var map = new LinkedHashMap<Integer, String>();
            for (int i = 0; i < names.size(); i++) {
                map.put(i + 1, names.get(i));
            }
            return new Scale(1, Math.max(2, names.size()), Map.copyOf(map));
        }
        int min = reader.integer(node, "min", at, 1, -1000, 1000);
        int max = reader.integer(node, "max", at, 5, -1000, 1000);
        if (!node.has("max")) {
            reader.add(at + ".max", "is required (or give a list of labels)");
        }
        if (max <= min || max - min > 100) {
            reader.add(at, "max must be above min, by at most 100");
        }
        var map = new LinkedHashMap<Integer, String>();
        if (labels != null && !labels.isNull()) {
            if (!labels.isObject()) {
                reader.add(at + ".labels", "must be a list of labels or an object {\"<value>\": \"label\"}");
            } else {
                for (var entry : labels.properties()) {
                    Integer value = parseInt(entry.getKey());
                    if (value == null || value < min || value > max) {
                        reader.add(at + ".labels." + entry.getKey(), "is not a value of the scale " + min + ".." + max);
                    } else if (!entry.getValue().isString() || entry.getValue().stringValue().isBlank()) {
                        reader.add(at + ".labels." + entry.getKey(), "must be a non-empty string");
                    } else {
                        map.put(value, entry.getValue().stringValue());
                    }
                }
            }
        }
        return new Scale(min, max, Map.copyOf(map));
    }

    /** Adds a violation unless {@code value} is a whole number on this scale. */
    void check(JsonNode value, String field, List<Violation> violations) {
        if (!contains(value)) {
            violations.add(new Violation(field, "must be a whole number from " + min + " to " + max));
        }
    }

    boolean contains(JsonNode value) {
        return value != null && value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= min
                && value.intValue() <= max;
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
