package dev.annota.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Pick one option, or with {@code multiple} one or more distinct options; with {@code other} the annotator may instead
 * (or, for multiple, also) write a free-text answer {@code {"other": "..."}}. Answer: {@code "safe"},
 * {@code ["spam", "scam"]}, {@code {"other": "self-harm"}} or {@code ["spam", {"other": "self-harm"}]}.
 */
public record Choice(String name, String title, boolean required, LabelSchema.Condition when, boolean multiple,
                     List<String> options, boolean other, int otherMaxLength) implements LabelSchema.Question {

    static final List<String> SETTINGS = List.of("multiple", "options", "other", "other_max_length");

    static Choice parse(JsonNode q, String at, String name, String title, boolean required, LabelSchema.Condition when,
                        SchemaReader reader) {
        reader.onlyKnown(q, at, concat(SETTINGS));
        List<String> options = reader.strings(q, "options", at, 2, true);
        return new Choice(name, title, required, when, reader.bool(q, "multiple", at, false), options,
                reader.bool(q, "other", at, false), reader.integer(q, "other_max_length", at, 500, 1, 10000));
    }

    static List<String> concat(List<String> settings) {
        var all = new ArrayList<>(LabelSchema.COMMON);
        all.addAll(settings);
        return all;
    }

    @Override
    public String type() {
        return "choice";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        if (!multiple) {
            if (value.isObject() && other) {
                checkOther(value, field, violations);
            } else if (!value.isString()) {
                violations.add(new Violation(field, "must be one of " + options + (other ? " or {\"other\": \"...\"}" : "")));
            } else if (!options.contains(value.stringValue())) {
                violations.add(new Violation(field, "'" + value.stringValue() + "' is not one of " + options));
            }
            return;
        }
        if (!value.isArray()) {
            violations.add(new Violation(field, "must be a list of options from " + options));
            return;
        }
        if (required && value.isEmpty() && mode == LabelSchema.Mode.ANSWER) {
            violations.add(new Violation(field, "choose at least one of " + options));
        }
        Set<String> seen = new HashSet<>();
        boolean otherSeen = false;
        for (int i = 0; i < value.size(); i++) {
            JsonNode option = value.get(i);
            String at = field + "[" + i + "]";
            if (option.isObject() && other) {
                if (otherSeen) {
                    violations.add(new Violation(at, "give at most one \"other\" answer"));
                }
                otherSeen = true;
                checkOther(option, at, violations);
            } else if (!option.isString() || !options.contains(option.stringValue())) {
                violations.add(new Violation(at, "is not one of " + options));
            } else if (!seen.add(option.stringValue())) {
                violations.add(new Violation(at, "'" + option.stringValue() + "' is chosen twice"));
            }
        }
    }

    private void checkOther(JsonNode value, String field, List<Violation> violations) {
        LabelSchema.onlyKnown(value, field, List.of("other"), violations);
        LabelSchema.checkText(value.get("other"), field + ".other", true, 1, otherMaxLength, violations);
    }
}
