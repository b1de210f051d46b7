package dev.annota.item.internal;

import java.util.LinkedHashMap;
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
 * {@code model_version}. Its {@code annotations} (cancelled ones aside) are people's answers: see
 * {@link ImportOptions.Annotations} for what becomes of them.
 */
final class LabelStudioTasks implements ImportReader.Converter {

    static final String DEFAULT_MODEL = "label-studio";
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
                throw at.rejected(at.where(), "the task carries people's annotations, which Annota keeps only with an "
                        + "annotator and a lease; import them as predictions (annotations=predictions, each named after "
                        + "its original id) or leave them out (annotations=skip)");
            }
            ObjectNode prediction = predictions.addObject();
            JsonNode original = a.get("id");
            prediction.put("model", "imported annotation " + (original != null && !original.isNull()
                    ? original.asString() : name.substring("task ".length()) + "." + (i + 1)));
            prediction.set("answer", results.answer(at, a.get("result"), data));
        }
        if (predictions.size() > ImportReader.MAX_PREDICTIONS) {
            throw new ImportRejected(line, "predictions", name + " has " + predictions.size() + " predictions and "
                    + "annotations together; an item carries at most " + ImportReader.MAX_PREDICTIONS);
        }
        return new ImportReader.ItemRecord(line, externalId, data, predictions.isEmpty() ? null : predictions, null);
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
