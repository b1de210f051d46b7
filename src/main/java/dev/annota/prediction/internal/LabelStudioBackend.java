package dev.annota.prediction.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.annota.schema.Choice;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.TextQuestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Label Studio ML backend's {@code /predict} protocol, so labs reuse the backends they have:
 * {@code {"tasks": [{"id", "data"}], "project", "label_config"}} in, {@code {"results": [{"result": [...], "score",
 * "model_version"}]}} out, one result per task in the tasks' order. A result's regions name Annota's questions by
 * {@code from_name}: {@code choices} for a choice question, {@code rating} for a rating, {@code textarea} for a text;
 * regions of other types or of no question are left out. The label config sent is written from the schema (one control
 * per such question, on the item's first text field) so a backend that reads it finds the questions and options.
 */
final class LabelStudioBackend implements ServiceCall.Protocol {

    private final ServicePost post;

    LabelStudioBackend(ServicePost post) {
        this.post = post;
    }

    @Override
    public List<ServiceCall.Answer> predict(ServiceCall call) {
        var tasks = new ArrayList<Map<String, Object>>();
        for (var task : call.tasks()) {
            tasks.add(Map.of("id", task.itemId().toString(), "data", task.data()));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("tasks", tasks);
        body.put("project", call.projectId().toString());
        body.put("label_config", labelConfig(call.schema(), call.tasks().isEmpty() ? null : call.tasks().getFirst().data()));
        JsonNode reply = post.post(call.url(), "/predict", call.apiKey(), body);
        JsonNode results = reply.isArray() ? reply : reply.path("results");
        if (!results.isArray()) {
            throw new ServiceFailure("The backend's answer has no \"results\" list.", false, null);
        }
        var answers = new ArrayList<ServiceCall.Answer>();
        for (int i = 0; i < call.tasks().size() && i < results.size(); i++) {
            JsonNode r = results.get(i);
            ObjectNode answer = answer(call.schema(), r.path("result"));
            if (answer.isEmpty()) {
                continue;
            }
            Double score = r.path("score").isNumber() ? r.path("score").asDouble() : null;
            String version = r.path("model_version").isString() ? r.path("model_version").asString()
                    : reply.path("model_version").isString() ? reply.path("model_version").asString() : null;
            answers.add(new ServiceCall.Answer(call.tasks().get(i).itemId(), answer, score, version));
        }
        return answers;
    }

    /** The regions of one result as an Annota answer (question name → value). */
    static ObjectNode answer(LabelSchema schema, JsonNode regions) {
        ObjectNode answer = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (JsonNode region : regions) {
            LabelSchema.Question q = schema.question(region.path("from_name").asString(""));
            JsonNode value = region.path("value");
            switch (q) {
                case Choice c when value.path("choices").isArray() && !value.path("choices").isEmpty() -> {
                    if (c.multiple()) {
                        answer.set(c.name(), value.path("choices"));
                    } else {
                        answer.set(c.name(), value.path("choices").get(0));
                    }
                }
                case Rating r when value.path("rating").isNumber() -> answer.put(r.name(), value.path("rating").asInt());
                case TextQuestion t when value.path("text").isArray() && !value.path("text").isEmpty() -> {
                    var lines = new ArrayList<String>();
                    value.path("text").forEach(line -> lines.add(line.asString("")));
                    answer.put(t.name(), String.join("\n", lines));
                }
                case null, default -> {
                }
            }
        }
        return answer;
    }

    /** A Label Studio label config for the schema's choice, rating and text questions, on the item's first text field. */
    static String labelConfig(LabelSchema schema, JsonNode sample) {
        String field = "text";
        if (sample != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sample.properties().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isString()) {
                    field = e.getKey();
                    break;
                }
            }
        }
        var xml = new StringBuilder("<View>\n  <Text name=\"item\" value=\"$").append(escape(field)).append("\"/>\n");
        for (var q : schema.questions()) {
            switch (q) {
                case Choice c -> {
                    xml.append("  <Choices name=\"").append(escape(c.name())).append("\" toName=\"item\" choice=\"")
                            .append(c.multiple() ? "multiple" : "single").append("\">\n");
                    c.options().forEach(o -> xml.append("    <Choice value=\"").append(escape(o)).append("\"/>\n"));
                    xml.append("  </Choices>\n");
                }
                case Rating r -> xml.append("  <Rating name=\"").append(escape(r.name())).append("\" toName=\"item\" maxRating=\"")
                        .append(r.scale().max()).append("\"/>\n");
                case TextQuestion t -> xml.append("  <TextArea name=\"").append(escape(t.name())).append("\" toName=\"item\"/>\n");
                default -> {
                }
            }
        }
        return xml.append("</View>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
