package dev.annota.annotation.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.schema.Boxes;
import dev.annota.schema.Choice;
import dev.annota.schema.Comparison;
import dev.annota.schema.ConversationRating;
import dev.annota.schema.Demonstration;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.Spans;
import dev.annota.schema.TextQuestion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON array of Label Studio tasks, as Label Studio exports and imports them: per item {@code data} (an image as
 * its URL), {@code meta} (Annota's ids), {@code predictions} ({@code model_version}, {@code score}, {@code result}) and
 * {@code annotations} ({@code result}, {@code created_at}). A result's {@code from_name} is the question's name; its
 * {@code to_name} the object it labels: {@code image}, a span question's text field, {@code responses} for a
 * comparison, else {@code text}. Kinds: choice → {@code choices}, rating → {@code rating}, text and demonstration →
 * {@code textarea}, spans → {@code labels} (offsets in UTF-16 units, as Label Studio counts), boxes →
 * {@code rectanglelabels} and {@code polygonlabels} in percent of the image, a comparison → {@code pairwise} (two
 * responses, one preferred) or {@code ranker} (the response positions best first), its rationale a {@code textarea}
 * ({@code <question>_rationale}), its strength a {@code choices} ({@code <question>_strength}) and each rubric score a
 * {@code rating} ({@code <question>_<criterion>_<response position>}), a conversation's overall rating a {@code rating}.
 */
final class LabelStudioTasks {

    private final LabelSchema schema;
    private final JsonMapper json;

    LabelStudioTasks(LabelSchema schema, JsonMapper json) {
        this.schema = schema;
        this.json = json;
    }

    /** Counts: annotations, tasks, 0, 0. */
    long[] write(ExchangeExport.Walk walk, OutputStream out) {
        var count = new long[4];
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartArray();
            var task = new Object() {
                UUID item;
                boolean open;

                void end() {
                    if (open) {
                        gen.writeEndArray();
                        gen.writeEndObject();
                        gen.writeRaw('\n');
                    }
                    open = false;
                }
            };
            walk.each(true, r -> {
                count[0]++;
                if (!r.item().equals(task.item)) {
                    task.end();
                    task.item = r.item();
                    task.open = true;
                    count[1]++;
                    gen.writeStartObject();
                    gen.writeNumberProperty("id", count[1]);
                    gen.writeName("data");
                    gen.writeTree(data(r.data()));
                    gen.writeObjectPropertyStart("meta");
                    gen.writeStringProperty("annota_item_id", r.item().toString());
                    gen.writeStringProperty("external_id", r.externalId());
                    gen.writeEndObject();
                    gen.writeArrayPropertyStart("predictions");
                    if (r.predictions() != null && r.predictions().isArray()) {
                        for (JsonNode prediction : r.predictions()) {
                            gen.writeStartObject();
                            gen.writeStringProperty("model_version", prediction.path("model").asString(""));
                            if (prediction.path("score").isNumber()) {
                                gen.writeNumberProperty("score", prediction.get("score").doubleValue());
                            }
                            gen.writeName("result");
                            gen.writeTree(result(prediction.path("answer"), r.data()));
                            gen.writeEndObject();
                        }
                    }
                    gen.writeEndArray();
                    gen.writeArrayPropertyStart("annotations");
                }
                gen.writeStartObject();
                gen.writeName("result");
                gen.writeTree(result(r.answer(), r.data()));
                gen.writeStringProperty("created_at", r.createdAt().toString());
                gen.writeStringProperty("annota_annotation_id", r.annotation().toString());
                gen.writeStringProperty("annota_annotator_id", r.annotator().toString());
                gen.writeEndObject();
            });
            task.end();
            gen.writeEndArray();
        }
        return count;
    }

    /** The item's data as Label Studio shows it: an image object becomes its URL. */
    private JsonNode data(JsonNode data) {
        JsonNode image = data.get("image");
        if (image != null && image.isObject() && image.has("url")) {
            ObjectNode copy = ((ObjectNode) data).deepCopy();
            copy.put("image", image.get("url").asString(""));
            return copy;
        }
        return data;
    }

    /** The result array of one answer (an annotation's or a prediction's). */
    ArrayNode result(JsonNode answer, JsonNode data) {
        ArrayNode result = json.createArrayNode();
        String object = data.has("image") ? "image" : "text";
        for (LabelSchema.Question q : schema.questions()) {
            JsonNode value = answer.get(q.name());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (q) {
                case Choice c -> {
                    ArrayNode chosen = json.createArrayNode();
                    for (JsonNode v : value.isArray() ? value : List.of(value)) {
                        chosen.add(v.isObject() ? v.path("other").asString("") : v.asString(""));
                    }
                    add(result, q.name(), object, "choices").putObject("value").set("choices", chosen);
                }
                case Rating r -> add(result, q.name(), object, "rating").putObject("value").put("rating", value.intValue());
                case TextQuestion t -> textarea(result, q.name(), object, value.asString(""));
                case Demonstration d -> textarea(result, q.name(), object, value.path("text").asString(""));
                case Spans s -> spans(result, s, value, data);
                case Boxes b -> boxes(result, b, value, data);
                case Comparison c -> comparison(result, c, value, data.path("responses").size());
                case ConversationRating c -> {
                    if (value.path("overall").isIntegralNumber()) {
                        add(result, q.name(), object, "rating").putObject("value").put("rating", value.get("overall").intValue());
                    }
                }
            }
        }
        return result;
    }

    private static ObjectNode add(ArrayNode result, String from, String to, String type) {
        ObjectNode r = result.addObject();
        r.put("id", from + "-" + result.size());
        r.put("from_name", from);
        r.put("to_name", to);
        r.put("type", type);
        return r;
    }

    private void textarea(ArrayNode result, String from, String to, String text) {
        add(result, from, to, "textarea").putObject("value").putArray("text").add(text);
    }

    /** Label Studio's text offsets are UTF-16 indices; Annota's are code points. */
    private static void spans(ArrayNode result, Spans s, JsonNode value, JsonNode data) {
        String text = data.path(s.field()).asString("");
        for (JsonNode span : value) {
            int start = span.path("start").intValue();
            int end = span.path("end").intValue();
            if (end > text.codePointCount(0, text.length())) {
                continue;
            }
            int from = text.offsetByCodePoints(0, start);
            int to = text.offsetByCodePoints(0, end);
            ObjectNode v = add(result, s.name(), s.field(), "labels").putObject("value");
            v.put("start", from);
            v.put("end", to);
            v.put("text", text.substring(from, to));
            v.putArray("labels").add(span.path("label").asString(""));
        }
    }

    /** Percent of the image's size (from the item, else the answer); objects of an image of unknown size are left out. */
    private static void boxes(ArrayNode result, Boxes b, JsonNode value, JsonNode data) {
        JsonNode image = data.path("image");
        double width = image.path("width").isNumber() ? image.get("width").doubleValue() : value.path("width").doubleValue();
        double height = image.path("height").isNumber() ? image.get("height").doubleValue() : value.path("height").doubleValue();
        if (width <= 0 || height <= 0) {
            return;
        }
        for (JsonNode object : value.path("objects")) {
            boolean polygon = object.path("type").asString("").equals("polygon");
            ObjectNode r = add(result, b.name(), "image", polygon ? "polygonlabels" : "rectanglelabels");
            r.put("original_width", (int) width);
            r.put("original_height", (int) height);
            r.put("image_rotation", 0);
            ObjectNode v = r.putObject("value");
            if (polygon) {
                ArrayNode points = v.putArray("points");
                for (JsonNode p : object.path("points")) {
                    points.addArray().add(p.get(0).doubleValue() * 100 / width).add(p.get(1).doubleValue() * 100 / height);
                }
                v.putArray("polygonlabels").add(object.path("class").asString(""));
            } else {
                v.put("x", object.path("x").doubleValue() * 100 / width);
                v.put("y", object.path("y").doubleValue() * 100 / height);
                v.put("width", object.path("width").doubleValue() * 100 / width);
                v.put("height", object.path("height").doubleValue() * 100 / height);
                v.put("rotation", 0);
                v.putArray("rectanglelabels").add(object.path("class").asString(""));
            }
        }
    }

    /** Two responses with one preferred: pairwise (left = response 0); otherwise a ranker of positions, best first. */
    private void comparison(ArrayNode result, Comparison c, JsonNode value, int responses) {
        JsonNode preferred = value.get("preferred");
        JsonNode ranking = value.get("ranking");
        if (preferred != null && preferred.isIntegralNumber() && responses == 2) {
            add(result, c.name(), "responses", "pairwise").putObject("value")
                    .put("selected", preferred.intValue() == 0 ? "left" : "right");
        } else if (ranking != null && ranking.isArray() || preferred != null && preferred.isIntegralNumber()) {
            var order = new ArrayList<Integer>();
            for (int i = 0; i < Math.max(responses, ranking == null ? 0 : ranking.size()); i++) {
                order.add(i);
            }
            if (ranking != null && ranking.isArray()) {
                order.sort(java.util.Comparator.comparingInt(i -> ranking.path(i).intValue()));
            } else {
                order.remove(Integer.valueOf(preferred.intValue()));
                order.addFirst(preferred.intValue());
            }
            ArrayNode ids = add(result, c.name(), "responses", "ranker").putObject("value").putObject("ranker").putArray(c.name());
            order.forEach(i -> ids.add(String.valueOf(i)));
        }
        if (value.path("rationale").isString()) {
            textarea(result, c.name() + "_rationale", "responses", value.get("rationale").stringValue());
        }
        if (value.path("strength").isString()) {
            add(result, c.name() + "_strength", "responses", "choices").putObject("value").putArray("choices")
                    .add(value.get("strength").stringValue());
        }
        JsonNode scores = value.path("scores");
        for (int i = 0; i < scores.size(); i++) {
            for (Comparison.Criterion criterion : c.rubric()) {
                JsonNode score = scores.get(i).path(criterion.name());
                if (score.isIntegralNumber()) {
                    add(result, c.name() + "_" + criterion.name() + "_" + i, "responses", "rating").putObject("value")
                            .put("rating", score.intValue());
                }
            }
        }
    }
}
