package dev.annota.annotation.internal;

import java.io.OutputStream;
import java.util.List;

import dev.annota.annotation.ExportFormat;
import dev.annota.schema.Comparison;
import dev.annota.schema.LabelSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HelpSteer's shape (NVIDIA's HelpSteer/HelpSteer2 JSONL): one line per scored response of each annotation,
 * {@code {"prompt", "response", <criterion>: whole number…}} with a property per rubric criterion of the comparison.
 * A conversation's prompt is its turns joined as HelpSteer2 writes them ({@code <extra_id_1>User\n…}).
 * Counts: annotations, records, 0, annotations without scores.
 */
final class HelpSteerRecords {

    private final JsonMapper json;
    private final String question;
    private final List<Comparison.Criterion> rubric;

    HelpSteerRecords(JsonMapper json, LabelSchema schema, String question) {
        this.json = json;
        this.question = question;
        this.rubric = ((Comparison) schema.question(question)).rubric();
    }

    /** 422 naming {@code question} when the comparison scores no rubric: HelpSteer is the rubric's scores. */
    static void requireRubric(LabelSchema schema, String question) {
        if (!(schema.question(question) instanceof Comparison c) || c.rubric() == null || c.rubric().isEmpty()) {
            throw ExportFormat.invalid("The helpsteer format holds the rubric scores of each response; the comparison '"
                    + question + "' has no rubric.").with("field", "question");
        }
    }

    long[] write(ExchangeExport.Walk walk, OutputStream out) {
        var count = new long[4];
        try (JsonGenerator gen = json.createGenerator(out)) {
            walk.each(false, r -> {
                count[0]++;
                JsonNode scores = r.answer().path(question).get("scores");
                JsonNode responses = r.data().get("responses");
                if (scores == null || !scores.isArray() || responses == null || !responses.isArray()) {
                    count[3]++;
                    return;
                }
                String prompt = prompt(r.data());
                for (int i = 0; i < Math.min(scores.size(), responses.size()); i++) {
                    gen.writeStartObject();
                    gen.writeStringProperty("prompt", prompt);
                    gen.writeStringProperty("response", Comparison.responseContent(responses.get(i)));
                    for (Comparison.Criterion c : rubric) {
                        JsonNode score = scores.get(i).get(c.name());
                        if (score != null && score.isIntegralNumber()) {
                            gen.writeNumberProperty(c.name(), score.intValue());
                        } else {
                            gen.writeNullProperty(c.name());
                        }
                    }
                    gen.writeEndObject();
                    gen.writeRaw('\n');
                    count[1]++;
                }
            });
        }
        return count;
    }

    private static String prompt(JsonNode data) {
        JsonNode messages = data.get("messages");
        if (messages == null || !messages.isArray()) {
            return data.path("prompt").asString("");
        }
        var text = new StringBuilder();
        for (JsonNode m : messages) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("<extra_id_1>").append(m.path("role").asString("user").equals("assistant") ? "Assistant" : "User")
                    .append('\n').append(m.path("content").asString(""));
        }
        return text.toString();
    }
}
