package dev.annota.schema;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Free text (type {@code text}) of {@code min_length..max_length} code points; {@code multiline} only tells the UI
 * which input to show. Answer: a string.
 */
public record TextQuestion(String name, String title, boolean required, LabelSchema.Condition when, int minLength,
                           int maxLength, boolean multiline) implements LabelSchema.Question {

    static TextQuestion parse(JsonNode q, String at, String name, String title, boolean required,
                              LabelSchema.Condition when, SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("min_length", "max_length", "multiline", "placeholder")));
        int min = reader.integer(q, "min_length", at, 0, 0, 100_000);
        int max = reader.integer(q, "max_length", at, 5000, 1, 100_000);
        if (max < min) {
            reader.add(at + ".max_length", "must not be below min_length");
        }
        return new TextQuestion(name, title, required, when, min, max, reader.bool(q, "multiline", at, true));
    }

    @Override
    public String type() {
        return "text";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        LabelSchema.checkText(value, field, required, minLength, maxLength, violations);
    }
}
