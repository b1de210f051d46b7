package dev.annota.item.internal;

import java.util.Set;

import dev.annota.item.ImportRejected;
import dev.annota.schema.Comparison;
import dev.annota.schema.LabelSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Preference JSON Lines ({@code {"prompt", "chosen", "rejected"}}, TRL's preference shape, standard or conversational)
 * as comparison items with a prediction. The item's responses are the chosen one then the rejected one (the workbench
 * shuffles them per annotator); the pair's verdict becomes a prediction of the project's first comparison question
 * (preferred 0, or the ranking [1, 2]), so a lab can have people check an existing data set.
 */
final class PreferenceRecords implements ImportReader.Converter {

    static final String DEFAULT_MODEL = "preference-import";
    private static final Set<String> KNOWN = Set.of("prompt", "chosen", "rejected", "external_id", "id");

    private final Comparison question;
    private final String model;

    PreferenceRecords(LabelSchema schema, String model) {
        this.question = schema.questions().stream().filter(Comparison.class::isInstance).map(Comparison.class::cast)
                .findFirst().orElseThrow();
        this.model = model;
    }

    @Override
    public ImportReader.ItemRecord convert(long line, JsonNode node) {
        for (String name : node.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw new ImportRejected(line, name, "unknown field; a preference line has 'prompt', 'chosen', "
                        + "'rejected' (and optionally 'external_id')");
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        JsonNode prompt = node.get("prompt");
        if (prompt != null && prompt.isString() && !prompt.stringValue().isBlank()) {
            data.put("prompt", prompt.stringValue());
        } else if (prompt != null && prompt.isArray()) {
            data.set("messages", ChatMessages.read(line, "prompt", prompt));
        } else {
            throw new ImportRejected(line, "prompt", "required: a string, or a list of messages");
        }
        ArrayNode responses = data.putArray("responses");
        responses.add(response(line, "chosen", node.get("chosen")));
        responses.add(response(line, "rejected", node.get("rejected")));
        ObjectNode verdict = JsonNodeFactory.instance.objectNode();
        if (question.ranking()) {
            verdict.putArray("ranking").add(1).add(2);
        } else {
            verdict.put("preferred", 0);
        }
        ObjectNode prediction = JsonNodeFactory.instance.objectNode();
        prediction.put("model", model);
        prediction.putObject("answer").set(question.name(), verdict);
        ArrayNode predictions = JsonNodeFactory.instance.arrayNode().add(prediction);
        return new ImportReader.ItemRecord(line, ChatRecords.externalId(line, node), data, predictions, null);
    }

    /** A response: a string, or (conversational) a list of messages whose last one is the assistant's reply. */
    private static String response(long line, String field, JsonNode value) {
        if (value != null && value.isString() && !value.stringValue().isBlank()) {
            return value.stringValue();
        }
        if (value != null && value.isArray() && !value.isEmpty()) {
            ArrayNode messages = ChatMessages.read(line, field, value);
            ObjectNode last = (ObjectNode) messages.get(messages.size() - 1);
            if (!"assistant".equals(last.get("role").stringValue())) {
                throw new ImportRejected(line, field + "[" + (messages.size() - 1) + "].role", "the last message of a "
                        + "conversational response must be the assistant's");
            }
            if (messages.size() > 1) {
                throw new ImportRejected(line, field, "a response is one assistant message; put the conversation before it in 'prompt'");
            }
            return last.get("content").stringValue();
        }
        throw new ImportRejected(line, field, "required: a non-empty string, or a list of one assistant message");
    }
}
