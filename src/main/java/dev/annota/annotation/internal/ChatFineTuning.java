package dev.annota.annotation.internal;

import java.io.OutputStream;

import dev.annota.schema.Comparison;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's fine-tuning files, one JSON object per line. Supervised: {@code {"messages": [prompt…, {"role":
 * "assistant", "content": demonstration}]}}. DPO: {@code {"input": {"messages": [prompt…]}, "preferred_output":
 * [{"role": "assistant", …}], "non_preferred_output": [{"role": "assistant", …}]}} per preference pair
 * ({@link PreferencePairs}). The prompt is the item's {@code messages}, or its {@code prompt} as one user message.
 * Counts: annotations, records, tied pairs skipped, annotations without an answer to the question.
 */
final class ChatFineTuning {

    private final JsonMapper json;
    private final String question;

    ChatFineTuning(JsonMapper json, String question) {
        this.json = json;
        this.question = question;
    }

    long[] demonstrations(ExchangeExport.Walk walk, OutputStream out) {
        var count = new long[4];
        try (JsonGenerator gen = json.createGenerator(out)) {
            walk.each(false, r -> {
                count[0]++;
                JsonNode text = r.answer().path(question).get("text");
                if (text == null || !text.isString()) {
                    count[3]++;
                    return;
                }
                gen.writeStartObject();
                gen.writeArrayPropertyStart("messages");
                prompt(gen, r.data());
                assistant(gen, text.stringValue());
                gen.writeEndArray();
                gen.writeEndObject();
                gen.writeRaw('\n');
                count[1]++;
            });
        }
        return count;
    }

    long[] preferences(ExchangeExport.Walk walk, OutputStream out) {
        var count = new long[4];
        try (JsonGenerator gen = json.createGenerator(out)) {
            walk.each(false, r -> {
                count[0]++;
                JsonNode responses = r.data().get("responses");
                PreferencePairs found = responses == null || !responses.isArray() ? null
                        : PreferencePairs.of(r.answer().get(question), responses.size());
                if (found == null || !found.answered()) {
                    count[3]++;
                    return;
                }
                count[2] += found.ties();
                for (int[] pair : found.pairs()) {
                    gen.writeStartObject();
                    gen.writeObjectPropertyStart("input");
                    gen.writeArrayPropertyStart("messages");
                    prompt(gen, r.data());
                    gen.writeEndArray();
                    gen.writeEndObject();
                    gen.writeArrayPropertyStart("preferred_output");
                    assistant(gen, Comparison.responseContent(responses.get(pair[0])));
                    gen.writeEndArray();
                    gen.writeArrayPropertyStart("non_preferred_output");
                    assistant(gen, Comparison.responseContent(responses.get(pair[1])));
                    gen.writeEndArray();
                    gen.writeEndObject();
                    gen.writeRaw('\n');
                    count[1]++;
                }
            });
        }
        return count;
    }

    /** The item's conversation, or its prompt as one user message. */
    private static void prompt(JsonGenerator gen, JsonNode data) {
        JsonNode messages = data.get("messages");
        if (messages != null && messages.isArray()) {
            for (JsonNode m : messages) {
                gen.writeStartObject();
                gen.writeStringProperty("role", m.path("role").asString("user"));
                gen.writeStringProperty("content", m.path("content").asString(""));
                gen.writeEndObject();
            }
        } else {
            gen.writeStartObject();
            gen.writeStringProperty("role", "user");
            gen.writeStringProperty("content", data.path("prompt").asString(""));
            gen.writeEndObject();
        }
    }

    private static void assistant(JsonGenerator gen, String content) {
        gen.writeStartObject();
        gen.writeStringProperty("role", "assistant");
        gen.writeStringProperty("content", content);
        gen.writeEndObject();
    }
}
