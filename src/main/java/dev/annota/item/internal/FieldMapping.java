package dev.annota.item.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.annota.item.ImportRejected;
import dev.annota.schema.TaskType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the flat fields of a foreign record go in an item: the columns of a CSV row, the keys of a Label Studio task's
 * {@code data}. A target is {@code external_id}, {@code ignore}, or a path into the item's data such as
 * {@code data.text}, {@code data.image.url} or {@code data.responses[1]}. By default a field goes to
 * {@code data.<its name>}, except the names each task type knows (see {@link #defaultTarget}); the request overrides
 * any of them with {@code map.<name>=<target>}. Values stay strings except where the item needs another type: the
 * image's {@code width} and {@code height} (whole numbers) and {@code messages} (a JSON list).
 */
final class FieldMapping {

    static final String EXTERNAL_ID = "external_id";
    static final String IGNORE = "ignore";

    private static final Pattern TARGET = Pattern.compile("data(\\.[A-Za-z_][A-Za-z0-9_]{0,63}(\\[\\d{1,2}])?){1,3}");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");
    private static final Pattern RESPONSE = Pattern.compile("(?:response|answer|completion)_?([1-9]|1[0-6]|[a-p])");

    private final TaskType type;
    private final Map<String, String> overrides;
    private final JsonMapper json;

    FieldMapping(TaskType type, Map<String, String> overrides, JsonMapper json) {
        this.type = type;
        this.overrides = overrides;
        this.json = json;
        for (var o : overrides.entrySet()) {
            String target = o.getValue();
            if (!target.equals(EXTERNAL_ID) && !target.equals(IGNORE) && !TARGET.matcher(target).matches()) {
                throw new ImportRejected(1, "map." + o.getKey(), "the target must be external_id, ignore or a path "
                        + "such as data.text, data.image.url or data.responses[0]");
            }
        }
    }

    /** Where a field of this name goes: the request's override, else the task type's default. */
    String target(String name) {
        String given = overrides.get(name);
        return given != null ? given : defaultTarget(type, name);
    }

    /** The default target of a field name for a task type (names compared without case). */
    static String defaultTarget(TaskType type, String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("external_id") || n.equals("id")) {
            return EXTERNAL_ID;
        }
        switch (type) {
            case RESPONSE_COMPARISON -> {
                if (n.equals("chosen")) {
                    return "data.responses[0]";
                }
                if (n.equals("rejected")) {
                    return "data.responses[1]";
                }
                Matcher response = RESPONSE.matcher(n);
                if (response.matches()) {
                    String k = response.group(1);
                    int index = Character.isLetter(k.charAt(0)) ? k.charAt(0) - 'a' : Integer.parseInt(k) - 1;
                    return "data.responses[" + index + "]";
                }
            }
            case IMAGE_BOXES -> {
                switch (n) {
                    case "image", "image_url", "url", "coco_url" -> {
                        return "data.image.url";
                    }
                    case "width", "height", "upload", "name" -> {
                        return "data.image." + n;
                    }
                    case "file_name" -> {
                        return "data.image.name";
                    }
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
        return SEGMENT.matcher(name).matches() && name.length() <= 64 ? "data." + name : IGNORE_UNNAMEABLE;
    }

    /** A field whose name cannot be a data property (spaces, punctuation) is refused unless the request maps it. */
    private static final String IGNORE_UNNAMEABLE = "";

    /** The external id and data one record's fields make. */
    record Mapped(String externalId, ObjectNode data) {
    }

    /**
     * Maps the fields of one record (in the record's order); {@code line} and the field's name are what an error names.
     * Empty strings are left out, so an empty cell means "not given".
     */
    Mapped apply(long line, Map<String, JsonNode> fields) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        String externalId = null;
        for (var field : fields.entrySet()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value == null || value.isNull() || value.isString() && value.stringValue().isEmpty()) {
                continue;
            }
            String target = target(name);
            if (target.equals(IGNORE)) {
                continue;
            }
            if (target.equals(IGNORE_UNNAMEABLE)) {
                throw rejected(line, name, "the name cannot be a data property (letters, digits and _ only); map it "
                        + "with map." + name + "=data.<name>, or map." + name + "=ignore");
            }
            if (target.equals(EXTERNAL_ID)) {
                if (!value.isString() && !value.isIntegralNumber() || value.asString().length() > 200) {
                    throw rejected(line, name, "an external id is a string or an integer of 1 to 200 characters");
                }
                externalId = value.asString();
                continue;
            }
            put(line, name, data, target, convert(line, name, target, value));
        }
        for (var property : data.properties()) {
            if (property.getValue() instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).isNull()) {
                        throw new ImportRejected(line, "data." + property.getKey() + "[" + i + "]",
                                "no field gives this entry, though a later one is given");
                    }
                }
            }
        }
        return new Mapped(externalId, data);
    }

    /** The column (field) whose target is this data path, to name it in an error about the item's data; or null. */
    String sourceOf(Iterable<String> names, String dataField) {
        for (String name : names) {
            String target = target(name);
            if (target.equals(dataField) || dataField.startsWith(target + ".") || dataField.startsWith(target + "[")) {
                return name;
            }
        }
        return null;
    }

    private JsonNode convert(long line, String name, String target, JsonNode value) {
        if (target.equals("data.image.width") || target.equals("data.image.height")) {
            if (value.isIntegralNumber()) {
                return value;
            }
            try {
                return JsonNodeFactory.instance.numberNode(Integer.parseInt(value.asString().trim()));
            } catch (NumberFormatException e) {
                throw rejected(line, name, "must be a whole number of pixels");
            }
        }
        if (target.equals("data.messages") && value.isString()) {
            try {
                return json.readTree(value.stringValue());
            } catch (JacksonException e) {
                throw rejected(line, name, "must be a JSON list of {\"role\", \"content\"} (" + e.getOriginalMessage() + ")");
            }
        }
        return value;
    }

    private static void put(long line, String name, ObjectNode data, String target, JsonNode value) {
        String[] segments = target.substring("data.".length()).split("\\.");
        ObjectNode at = data;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            m.matches();
            String key = m.group(1);
            boolean last = i == segments.length - 1;
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                JsonNode existing = at.get(key);
                ArrayNode list = existing instanceof ArrayNode a ? a : at.putArray(key);
                while (list.size() <= index) {
                    list.addNull();
                }
                if (last) {
                    requireFree(line, name, list.get(index));
                    list.set(index, value);
                    return;
                }
                if (!list.get(index).isObject()) {
                    list.set(index, JsonNodeFactory.instance.objectNode());
                }
                at = (ObjectNode) list.get(index);
            } else if (last) {
                requireFree(line, name, at.get(key));
                at.set(key, value);
            } else {
                JsonNode existing = at.get(key);
                at = existing instanceof ObjectNode o ? o : at.putObject(key);
            }
        }
    }

    private static void requireFree(long line, String name, JsonNode existing) {
        if (existing != null && !existing.isNull()) {
            throw rejected(line, name, "another field already gives this value; map one of them elsewhere");
        }
    }

    private static ImportRejected rejected(long line, String field, String message) {
        var e = new ImportRejected(line, field, message);
        e.with("column", field);
        return e;
    }
}
