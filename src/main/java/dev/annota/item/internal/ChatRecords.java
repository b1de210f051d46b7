package dev.annota.item.internal;

import java.util.Set;

import dev.annota.item.ImportRejected;
import dev.annota.schema.Demonstration;
import dev.annota.schema.TaskType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat JSON Lines ({@code {"messages": [...]}} per line, the fine-tuning file format) as items. Into a
 * conversation-rating project the whole conversation is the item. Into a demonstration project the conversation up to
 * its last assistant message is the context and that message, when there is one, the model draft the annotator
 * starts from ({@code data.draft}): a demonstration is the ideal last reply.
 */
final class ChatRecords implements ImportReader.Converter {

    private static final Set<String> KNOWN = Set.of("messages", "external_id", "id", "tools", "parallel_tool_calls");

    private final TaskType type;

    ChatRecords(TaskType type) {
        this.type = type;
    }

    @Override
    public ImportReader.ItemRecord convert(long line, JsonNode node) {
        for (String name : node.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw new ImportRejected(line, name, "unknown field; an OpenAI chat line has 'messages' (and optionally 'external_id')");
            }
        }
        if (node.has("tools") && !node.get("tools").isEmpty()) {
            throw new ImportRejected(line, "tools", "conversations with tool definitions are not importable");
        }
        ArrayNode messages = ChatMessages.read(line, "messages", node.get("messages"));
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (type == TaskType.DEMONSTRATION && "assistant".equals(messages.get(messages.size() - 1).get("role").stringValue())) {
            if (messages.size() == 1) {
                throw new ImportRejected(line, "messages", "a demonstration needs the conversation before the assistant's reply");
            }
            JsonNode last = messages.remove(messages.size() - 1);
            data.put(Demonstration.DRAFT_FIELD, last.get("content").stringValue());
        }
        data.set("messages", messages);
        return new ImportReader.ItemRecord(line, externalId(line, node), data, null, null);
    }

    /** {@code external_id}, or else {@code id}: a string or an integer of 1 to 200 characters. */
    static String externalId(long line, JsonNode node) {
        String field = node.has("external_id") ? "external_id" : "id";
        JsonNode id = node.get(field);
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isString() && !id.isIntegralNumber() || id.asString().isEmpty() || id.asString().length() > 200) {
            throw new ImportRejected(line, field, "must be a string or an integer of 1 to 200 characters");
        }
        return id.asString();
    }
}
