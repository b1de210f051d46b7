package dev.annota.item.internal;

import java.util.Set;

import dev.annota.item.ImportRejected;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat messages as items carry them: {@code {"role", "content"}} with text content. A content given as a list
 * of parts (the multimodal form) is kept when every part is text; tool calls and images are refused, naming the
 * message, rather than dropped. {@code weight} (a fine-tuning instruction, not part of the conversation) is left out.
 */
final class ChatMessages {

    private static final Set<String> KNOWN = Set.of("role", "content", "weight", "name");

    private ChatMessages() {
    }

    static ArrayNode read(long line, String field, JsonNode messages) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new ImportRejected(line, field, "must be a non-empty list of {\"role\", \"content\"}");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < messages.size(); i++) {
            out.add(message(line, field + "[" + i + "]", messages.get(i)));
        }
        return out;
    }

    static ObjectNode message(long line, String at, JsonNode m) {
        if (!m.isObject()) {
            throw new ImportRejected(line, at, "must be {\"role\": \"user\", \"content\": \"...\"}");
        }
        for (String name : m.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw new ImportRejected(line, at + "." + name, "not importable; a message is kept as its role and "
                        + "text content (tool calls, function calls and audio are not)");
            }
        }
        JsonNode role = m.get("role");
        if (role == null || !role.isString() || role.stringValue().isBlank()) {
            throw new ImportRejected(line, at + ".role", "required: a string such as user or assistant");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("role", role.stringValue());
        out.put("content", content(line, at + ".content", m.get("content")));
        if (m.get("name") instanceof JsonNode name && name.isString()) {
            out.put("name", name.stringValue());
        }
        return out;
    }

    /** The text of a content: a string, or the text parts of a list joined by blank lines. */
    static String content(long line, String at, JsonNode content) {
        if (content != null && content.isString()) {
            return content.stringValue();
        }
        if (content != null && content.isArray() && !content.isEmpty()) {
            var text = new StringBuilder();
            for (int i = 0; i < content.size(); i++) {
                JsonNode part = content.get(i);
                if (!part.isObject() || !"text".equals(part.path("type").asString()) || !part.path("text").isString()) {
                    throw new ImportRejected(line, at + "[" + i + "]", "only text parts ({\"type\": \"text\", \"text\": ...}) are importable");
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(part.get("text").stringValue());
            }
            return text.toString();
        }
        throw new ImportRejected(line, at, "required: the message's text");
    }
}
