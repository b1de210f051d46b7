package dev.annota.schema;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** A standalone score on a scale ({@code "likert5"}, {@code "likert7"} or custom). Answer: a whole number, e.g. 4. */
public record Rating(String name, String title, boolean required, LabelSchema.Condition when, Scale scale)
        implements LabelSchema.Question {

    static Rating parse(JsonNode q, String at, String name, String title, boolean required, LabelSchema.Condition when,
                        SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("scale")));
        Scale scale = reader.scale(q, "scale", at, true);
        return new Rating(name, title, required, when, scale == null ? new Scale(1, 5, java.util.Map.of()) : scale);
    }

    @Override
    public String type() {
        return "rating";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        scale.check(value, field, violations);
    }
}
