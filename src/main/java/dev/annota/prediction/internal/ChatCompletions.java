package dev.annota.prediction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.annota.schema.Choice;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.TextQuestion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat-completions endpoint ({@code POST {url}/chat/completions}): for each item and each question
 * with a prompt template, one request in JSON mode whose system message says what answer the question takes and whose
 * user message is the template with {@code {{field}}} replaced by the item's data field (a string as it is, anything
 * else as JSON). The reply's content is read as {@code {"answer": …, "confidence": 0..1}}; an answer that is not one
 * the question takes is left out. The item's score is its lowest confidence.
 */
final class ChatCompletions implements ServiceCall.Protocol {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private final ServicePost post;
    private final JsonMapper json;

    ChatCompletions(ServicePost post, JsonMapper json) {
        this.post = post;
        this.json = json;
    }

    @Override
    public List<ServiceCall.Answer> predict(ServiceCall call) {
        var answers = new ArrayList<ServiceCall.Answer>();
        for (var task : call.tasks()) {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            Double score = null;
            String version = null;
            for (var prompt : call.prompts().entrySet()) {
                LabelSchema.Question q = call.schema().question(prompt.getKey());
                String instruction = instruction(q);
                if (instruction == null) {
                    continue;
                }
                var body = new LinkedHashMap<String, Object>();
                body.put("model", call.model());
                body.put("messages", List.of(Map.of("role", "system", "content", instruction),
                        Map.of("role", "user", "content", render(prompt.getValue(), task.data()))));
                body.put("response_format", Map.of("type", "json_object"));
                body.put("temperature", 0);
                JsonNode reply = post.post(call.url(), "/chat/completions", call.apiKey(), body);
                if (reply.path("model").isString()) {
                    version = reply.path("model").asString();
                }
                JsonNode content = content(reply.path("choices").path(0).path("message").path("content").asString(""));
                JsonNode value = accepted(q, content.path("answer"));
                if (value != null) {
                    answer.set(q.name(), value);
                    if (content.path("confidence").isNumber()) {
                        double c = Math.max(0, Math.min(1, content.path("confidence").asDouble()));
                        score = score == null ? c : Math.min(score, c);
                    }
                }
            }
            if (!answer.isEmpty()) {
                answers.add(new ServiceCall.Answer(task.itemId(), answer, score, version == null ? call.model() : version));
            }
        }
        return answers;
    }

    /** The template with each {@code {{field}}} replaced by the item's data field (empty when it has none). */
    String render(String template, JsonNode data) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            JsonNode v = data.path(m.group(1));
            String text = v.isMissingNode() || v.isNull() ? "" : v.isString() ? v.asString() : json.writeValueAsString(v);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What the model is told to reply for the question; null for a kind it is not asked about. */
    String instruction(LabelSchema.Question q) {
        String shape = switch (q) {
            case Choice c when c.multiple() -> "\"answer\" is a list of one or more of " + json.writeValueAsString(c.options());
            case Choice c -> "\"answer\" is exactly one of " + json.writeValueAsString(c.options());
            case Rating r -> "\"answer\" is a whole number from " + r.scale().min() + " to " + r.scale().max();
            case TextQuestion t -> "\"answer\" is a string";
            case null, default -> null;
        };
        return shape == null ? null : "You label data for the question \"" + q.title() + "\". Reply with a JSON object "
                + "{\"answer\": ..., \"confidence\": ...} where " + shape + " and \"confidence\" is your confidence from 0 to 1.";
    }

    private JsonNode content(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node.isObject() ? node : JsonNodeFactory.instance.objectNode().set("answer", node);
        } catch (JacksonException e) {
            // Not JSON: a model that ignored JSON mode may still have answered with the bare option.
            return JsonNodeFactory.instance.objectNode().put("answer", text.strip());
        }
    }

    /** The reply's answer if the question takes it, else null. */
    static JsonNode accepted(LabelSchema.Question q, JsonNode v) {
        return switch (q) {
            case Choice c when c.multiple() && v.isArray() && !v.isEmpty() -> {
                for (JsonNode e : v) {
                    if (!e.isString() || !c.options().contains(e.asString())) {
                        yield null;
                    }
                }
                yield v;
            }
            case Choice c when !c.multiple() && v.isString() && c.options().contains(v.asString()) -> v;
            case Rating r when v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= r.scale().min()
                    && v.asInt() <= r.scale().max() -> v;
            case TextQuestion t when v.isString() && !v.asString().isBlank() -> v;
            default -> null;
        };
    }
}
