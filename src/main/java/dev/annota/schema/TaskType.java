package dev.annota.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * What annotators do on a project's items. Each type names the control its schema must contain (its primary control),
 * the item-bound controls it allows (those need item data only that type's items guarantee), and the shape of its
 * items' data. Choice, rating and text questions fit every type: a comparison may carry a safety flag.
 */
public enum TaskType {
    TEXT_CLASSIFICATION("text-classification", "choice", Set.of("spans")),
    SPAN_LABELING("span-labeling", "spans", Set.of("spans")),
    RESPONSE_COMPARISON("response-comparison", "comparison", Set.of("comparison")),
    DEMONSTRATION("demonstration", "demonstration", Set.of("demonstration")),
    CONVERSATION_RATING("conversation-rating", "conversation_rating", Set.of("conversation_rating")),
    IMAGE_BOXES("image-boxes", "boxes", Set.of("boxes"));

    /** Most responses a comparison item may carry. */
    public static final int MAX_RESPONSES = 16;

    private static final Set<String> ITEM_FREE = Set.of("choice", "rating", "text");

    private final String id;
    private final String primary;
    private final Set<String> itemBound;

    TaskType(String id, String primary, Set<String> itemBound) {
        this.id = id;
        this.primary = primary;
        this.itemBound = itemBound;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The control type a schema of this task type must contain at least once. */
    public String primaryControl() {
        return primary;
    }

    /** What is wrong with a schema for this task type: a missing primary control, or controls its items cannot feed. */
    public List<Violation> checkSchema(LabelSchema schema) {
        var violations = new ArrayList<Violation>();
        var questions = schema.questions();
        for (int i = 0; i < questions.size(); i++) {
            String type = questions.get(i).type();
            if (!ITEM_FREE.contains(type) && !itemBound.contains(type)) {
                violations.add(new Violation("questions[" + i + "].type", "a " + id + " project cannot have a '" + type
                        + "' question: its items do not carry the data it works on"));
            }
        }
        if (questions.stream().noneMatch(q -> q.type().equals(primary))) {
            violations.add(new Violation("questions", "a " + id + " project needs at least one '" + primary + "' question"));
        }
        return violations;
    }

    /** What is wrong with an item's data for this task type, or null when it fits. */
    public Violation checkItemData(JsonNode data) {
        return switch (this) {
            case TEXT_CLASSIFICATION, SPAN_LABELING -> nonBlank(data.get("text")) ? null
                    : new Violation("data.text", "a " + id + " item needs a non-empty string 'text'");
            case RESPONSE_COMPARISON -> {
                Violation context = promptOrMessages(data);
                if (context != null) {
                    yield context;
                }
                JsonNode responses = data.get("responses");
                if (responses == null || !responses.isArray() || responses.size() < 2 || responses.size() > MAX_RESPONSES) {
                    yield new Violation("data.responses", "a response-comparison item needs 'responses': a list of 2 to "
                            + MAX_RESPONSES + " responses");
                }
                for (int i = 0; i < responses.size(); i++) {
                    String content = Comparison.responseContent(responses.get(i));
                    if (content == null || content.isBlank()) {
                        yield new Violation("data.responses[" + i + "]", "must be a non-empty string or {\"content\": \"...\"}");
                    }
                }
                yield null;
            }
            case DEMONSTRATION -> {
                Violation context = promptOrMessages(data);
                if (context != null) {
                    yield context;
                }
                JsonNode draft = data.get(Demonstration.DRAFT_FIELD);
                yield draft == null || draft.isNull() || draft.isString() ? null
                        : new Violation("data.draft", "a model draft must be a string");
            }
            case CONVERSATION_RATING -> data.has("messages") ? messages(data.get("messages"))
                    : new Violation("data.messages", "a conversation-rating item needs 'messages': [{\"role\", \"content\"}, ...]");
            case IMAGE_BOXES -> image(data.get("image"));
        };
    }

    private static boolean nonBlank(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank();
    }

    private static Violation promptOrMessages(JsonNode data) {
        if (data.has("messages")) {
            return messages(data.get("messages"));
        }
        return nonBlank(data.get("prompt")) ? null
                : new Violation("data.prompt", "the item needs a non-empty string 'prompt' or a conversation 'messages'");
    }

    private static Violation messages(JsonNode messages) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return new Violation("data.messages", "must be a non-empty list of {\"role\", \"content\"}");
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (!m.isObject() || !nonBlank(m.get("role")) || m.get("content") == null || !m.get("content").isString()) {
                return new Violation("data.messages[" + i + "]", "must be {\"role\": \"user\", \"content\": \"...\"}");
            }
        }
        return null;
    }

    private static Violation image(JsonNode image) {
        if (image == null || !image.isObject() || !nonBlank(image.get("url"))) {
            return new Violation("data.image", "an image-boxes item needs 'image': {\"url\", \"width\", \"height\"}");
        }
        String url = image.get("url").stringValue();
        if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("/")) {
            return new Violation("data.image.url", "must be an http(s) URL or a path on this server");
        }
        for (String side : List.of("width", "height")) {
            JsonNode size = image.get(side);
            if (size != null && !size.isNull()
                    && (!size.isIntegralNumber() || !size.canConvertToInt() || size.intValue() <= 0 || size.intValue() > 100_000)) {
                return new Violation("data.image." + side, "must be a whole number of pixels from 1 to 100000");
            }
        }
        return null;
    }

    @JsonCreator
    public static TaskType of(String id) {
        for (TaskType type : values()) {
            if (type.id.equals(id) || type.name().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown task type '" + id + "'; known: "
                + Arrays.stream(values()).map(TaskType::id).toList());
    }
}
