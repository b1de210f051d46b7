package dev.annota.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a schema document, collecting every violation instead of stopping at the first, so a manager
 * sees all mistakes of a schema at once. Missing optional fields take their defaults.
 */
final class SchemaReader {

    final List<Violation> violations = new ArrayList<>();

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Fails on properties the control does not know: a typo ("mutliple") must not silently become a default. */
    void onlyKnown(JsonNode node, String at, List<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                add(at + "." + name, "is not a setting of this control; known: " + known);
            }
        }
    }

    String string(JsonNode node, String name, String at, String fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            add(at + "." + name, "must be a non-empty string");
            return fallback;
        }
        return value.stringValue();
    }

    boolean bool(JsonNode node, String name, String at, boolean fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            add(at + "." + name, "must be true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    int integer(JsonNode node, String name, String at, int fallback, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            add(at + "." + name, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return value.intValue();
    }

    /** A list of distinct non-blank strings (option values, labels, classes, flags). */
    List<String> strings(JsonNode node, String name, String at, int minSize, boolean required) {
        JsonNode list = node.get(name);
        if (list == null || list.isNull()) {
            if (required) {
                add(at + "." + name, "list at least " + minSize + (minSize == 1 ? " entry" : " entries"));
            }
            return List.of();
        }
        if (!list.isArray() || list.size() < minSize) {
            add(at + "." + name, "must be a list of at least " + minSize + (minSize == 1 ? " string" : " strings"));
            return List.of();
        }
        var values = new LinkedHashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isString() || entry.stringValue().isBlank() || entry.stringValue().length() > 200) {
                add(at + "." + name + "[" + i + "]", "must be a non-empty string of up to 200 characters");
            } else if (!values.add(entry.stringValue())) {
                add(at + "." + name + "[" + i + "]", "'" + entry.stringValue() + "' is listed twice");
            }
        }
        return List.copyOf(values);
    }

    /** A scale, or null (with a violation when {@code required}) if absent. */
    Scale scale(JsonNode node, String name, String at, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add(at + "." + name, "is required: \"likert5\", \"likert7\", {\"min\":1,\"max\":10} or {\"labels\":[...]}");
            }
            return null;
        }
        return Scale.parse(value, at + "." + name, this);
    }
}
