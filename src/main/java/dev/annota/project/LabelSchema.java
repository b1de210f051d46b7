package dev.annota.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A project's label configuration: the questions an annotator answers for each item. Documented in
 * docs/label-schema.md. Example:
 * <pre>{"questions":[{"name":"sentiment","type":"choice","multiple":false,"options":["positive","negative"]}]}</pre>
 * An answer is a JSON object with one property per question name.
 */
public record LabelSchema(List<Question> questions) {

    public sealed interface Question permits Choice {
        String name();

        boolean required();

        void check(JsonNode value, String field, List<Violation> violations);
    }

    /** Pick one option, or with {@code multiple} one or more distinct options. */
    public record Choice(String name, String title, boolean multiple, boolean required, List<String> options)
            implements Question {

        @Override
        public void check(JsonNode value, String field, List<Violation> violations) {
            if (!multiple) {
                if (!value.isString()) {
                    violations.add(new Violation(field, "must be one of " + options));
                } else if (!options.contains(value.stringValue())) {
                    violations.add(new Violation(field, "'" + value.stringValue() + "' is not one of " + options));
                }
                return;
            }
            if (!value.isArray()) {
                violations.add(new Violation(field, "must be a list of options from " + options));
                return;
            }
            if (required && value.isEmpty()) {
                violations.add(new Violation(field, "choose at least one of " + options));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode option = value.get(i);
                if (!option.isString() || !options.contains(option.stringValue())) {
                    violations.add(new Violation(field + "[" + i + "]", "is not one of " + options));
                } else if (!seen.add(option.stringValue())) {
                    violations.add(new Violation(field + "[" + i + "]", "'" + option.stringValue() + "' is chosen twice"));
                }
            }
        }
    }

    /** Reads and checks a schema document; throws {@link InvalidLabelSchema} naming every wrong field. */
    public static LabelSchema parse(JsonNode document) {
        var violations = new ArrayList<Violation>();
        var questions = new ArrayList<Question>();
        JsonNode list = document == null ? null : document.get("questions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            violations.add(new Violation("questions", "list at least one question"));
            throw new InvalidLabelSchema(violations);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode q = list.get(i);
            String at = "questions[" + i + "]";
            if (!q.isObject()) {
                violations.add(new Violation(at, "must be an object"));
                continue;
            }
            String name = q.path("name").asString("");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                violations.add(new Violation(at + ".name", "must be an identifier (letters, digits, _; up to 64)"));
            } else if (!names.add(name)) {
                violations.add(new Violation(at + ".name", "'" + name + "' is used by another question"));
            }
            String type = q.path("type").asString("");
            if (!type.equals("choice")) {
                violations.add(new Violation(at + ".type", "unknown type '" + type + "'; known: choice"));
                continue;
            }
            JsonNode options = q.get("options");
            var values = new LinkedHashSet<String>();
            if (options == null || !options.isArray() || options.size() < 2) {
                violations.add(new Violation(at + ".options", "list at least two options"));
            } else {
                for (int j = 0; j < options.size(); j++) {
                    JsonNode option = options.get(j);
                    if (!option.isString() || option.stringValue().isBlank()) {
                        violations.add(new Violation(at + ".options[" + j + "]", "must be a non-empty string"));
                    } else if (!values.add(option.stringValue())) {
                        violations.add(new Violation(at + ".options[" + j + "]", "'" + option.stringValue() + "' is listed twice"));
                    }
                }
            }
            questions.add(new Choice(name, q.path("title").asString(name), q.path("multiple").asBoolean(false),
                    q.path("required").asBoolean(true), List.copyOf(values)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidLabelSchema(violations);
        }
        return new LabelSchema(List.copyOf(questions));
    }

    /** What is wrong with an answer, as violations naming each field; empty when the answer is valid. */
    public List<Violation> check(JsonNode answer) {
        var violations = new ArrayList<Violation>();
        if (answer == null || !answer.isObject()) {
            violations.add(new Violation("answer", "must be an object with one property per question"));
            return violations;
        }
        Set<String> known = new HashSet<>();
        for (Question question : questions) {
            known.add(question.name());
            JsonNode value = answer.get(question.name());
            if (value == null || value.isNull()) {
                if (question.required()) {
                    violations.add(new Violation("answer." + question.name(), "is required"));
                }
                continue;
            }
            question.check(value, "answer." + question.name(), violations);
        }
        for (String name : answer.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(new Violation("answer." + name, "is not a question of this schema"));
            }
        }
        return violations;
    }
}
