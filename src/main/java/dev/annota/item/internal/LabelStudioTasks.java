package dev.annota.item.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.annota.item.ImportRejected;
import dev.annota.schema.TaskType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Label Studio tasks, as its JSON export writes them (a list of tasks, or one task), as items. A task's {@code data}
 * (or, in Label Studio's short form, the task itself) is placed by the {@link FieldMapping} like a CSV row; the task's
 * {@code id} becomes the external id unless the data gives one. Its {@code predictions} become predictions named by
 * {@code model_version}. Its {@code annotations} (cancelled ones aside) are people's answers: by default they become
 * the item's annotations with their provenance; see {@link ImportOptions.Annotations} for the other choices.
 */
final class LabelStudioTasks implements ImportReader.Converter {

    static final String DEFAULT_MODEL = "label-studio";
    /** The source imported annotations name (annotations.source). */
    static final String SOURCE = "label-studio";
    /** Most annotations one task may bring: they wait in memory until the import's items are stored. */
    static final int MAX_ANSWERS = 100;
    /** Parts of a short-form task that are Label Studio's, not the data's. */
    private static final Set<String> TASK_FIELDS = Set.of("id", "annotations", "predictions", "drafts", "meta");

    private final FieldMapping mapping;
    private final TaskType type;
    private final LabelStudioResults results;
    private final ImportOptions.Annotations annotations;
    private long position;

    LabelStudioTasks(FieldMapping mapping, TaskType type, LabelStudioResults results, ImportOptions.Annotations annotations) {
        this.mapping = mapping;
        this.type = type;
        this.results = results;
        this.annotations = annotations;
    }

    @Override
    public ImportReader.ItemRecord convert(long line, JsonNode task) {
        position++;
        JsonNode id = task.get("id");
        String name = "task " + (id != null && (id.isIntegralNumber() || id.isString()) ? id.asString() : "#" + position);
        boolean full = task.get("data") instanceof ObjectNode;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (var property : (full ? task.get("data") : task).properties()) {
            if (full || !TASK_FIELDS.contains(property.getKey())) {
                fields.put(property.getKey(), property.getValue());
            }
        }
        FieldMapping.Mapped mapped = mapping.apply(line, fields);
        ObjectNode data = mapped.data();
        String externalId = mapped.externalId() != null ? mapped.externalId()
                : id != null && (id.isIntegralNumber() || id.isString()) ? id.asString() : null;
        if (type == TaskType.IMAGE_BOXES) {
            imageSize(data, task);
        }
        ArrayNode predictions = JsonNodeFactory.instance.arrayNode();
        JsonNode given = list(line, name, task, "predictions");
        for (int i = 0; i < given.size(); i++) {
            JsonNode p = given.get(i);
            var at = new LabelStudioResults.At(line, name, "predictions[" + i + "]");
            if (!p.isObject()) {
                throw at.rejected(at.where(), "a prediction is an object with 'result' and 'model_version'");
            }
            ObjectNode prediction = predictions.addObject();
            String model = p.path("model_version").asString("");
            prediction.put("model", model.isBlank() ? DEFAULT_MODEL : model.length() > 200 ? model.substring(0, 200) : model);
            if (p.path("score").isNumber() && Double.isFinite(p.get("score").doubleValue())) {
                prediction.put("score", p.get("score").doubleValue());
            }
            prediction.set("answer", results.answer(at, p.get("result"), data));
        }
        JsonNode people = list(line, name, task, "annotations");
        var answers = new ArrayList<ImportReader.PersonAnswer>();
        for (int i = 0; i < people.size(); i++) {
            JsonNode a = people.get(i);
            if (!a.isObject()) {
                throw new LabelStudioResults.At(line, name, "annotations[" + i + "]")
                        .rejected("annotations[" + i + "]", "an annotation is an object with 'result'");
            }
            if (a.path("was_cancelled").asBoolean(false) || annotations == ImportOptions.Annotations.SKIP) {
                continue;
            }
            var at = new LabelStudioResults.At(line, name, "annotations[" + i + "]");
            if (annotations == ImportOptions.Annotations.REJECT) {
                throw at.rejected(at.where(), "the task carries people's annotations; import them as annotations "
                        + "(annotations=import, the default), as predictions (annotations=predictions, each named after "
                        + "its original id) or leave them out (annotations=skip)");
            }
            JsonNode original = a.get("id");
            if (annotations == ImportOptions.Annotations.IMPORT) {
                answers.add(new ImportReader.PersonAnswer(at, results.answer(at, a.get("result"), data),
                        scalar(original), author(a.get("completed_by")), createdAt(at, a.get("created_at"))));
                continue;
            }
            ObjectNode prediction = predictions.addObject();
            prediction.put("model", "imported annotation " + (original != null && !original.isNull()
                    ? original.asString() : name.substring("task ".length()) + "." + (i + 1)));
            prediction.set("answer", results.answer(at, a.get("result"), data));
        }
        if (answers.size() > MAX_ANSWERS) {
            throw new ImportRejected(line, "annotations", name + " has " + answers.size() + " annotations; an item "
                    + "imports at most " + MAX_ANSWERS);
        }
        if (predictions.size() > ImportReader.MAX_PREDICTIONS) {
            throw new ImportRejected(line, "predictions", name + " has " + predictions.size() + " predictions and "
                    + "annotations together; an item carries at most " + ImportReader.MAX_PREDICTIONS);
        }
        return new ImportReader.ItemRecord(line, externalId, data, predictions.isEmpty() ? null : predictions, null,
                List.copyOf(answers));
    }

    /** An id as Label Studio writes one (a number or a string), cut to what the column holds; null when absent. */
    private static String scalar(JsonNode id) {
        if (id == null || !(id.isIntegralNumber() || id.isString())) {
            return null;
        }
        String text = id.asString();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /**
     * Label Studio's {@code completed_by}: a user id, or (in some exports) the user object; only the id is kept, not
     * the other tool's email address or name of the person.
     */
    private static String author(JsonNode completedBy) {
        return scalar(completedBy != null && completedBy.isObject() ? completedBy.get("id") : completedBy);
    }

    /** When the annotation was made, as Label Studio writes it ({@code 2022-10-31T21:19:19.131290Z}); null when absent. */
    private static Instant createdAt(LabelStudioResults.At at, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asString()).toInstant();
        } catch (DateTimeParseException e) {
            throw at.rejected(at.where() + ".created_at", "'" + value.asString() + "' is not a time such as "
                    + "2022-10-31T21:19:19.131290Z");
        }
    }

    /** The task's predictions or annotations: a list, or nothing. */
    private static JsonNode list(long line, String task, JsonNode node, String field) {
        JsonNode list = node.path(field);
        if (list.isMissingNode() || list.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!list.isArray()) {
            throw new LabelStudioResults.At(line, task, field).rejected(field, "must be a list");
        }
        return list;
    }

    /** Label Studio tasks name an image by URL; its pixel size is in the results ({@code original_width}), if anywhere. */
    private static void imageSize(ObjectNode data, JsonNode task) {
        if (!(data.get("image") instanceof ObjectNode image) || image.has("width") && image.has("height")) {
            return;
        }
        for (String list : new String[] {"annotations", "predictions"}) {
            for (JsonNode entry : task.path(list)) {
                for (JsonNode result : entry.path("result")) {
                    if (result.path("original_width").isIntegralNumber() && result.path("original_height").isIntegralNumber()) {
                        image.put("width", result.get("original_width").intValue());
                        image.put("height", result.get("original_height").intValue());
                        return;
                    }
                }
            }
        }
    }
}
