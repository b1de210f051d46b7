package dev.annota.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Schemas of the API's JSON values whose shape the project decides: label schemas, item data, answers and
 * predictions (docs/label-schema.md). The records hold them as Jackson's JsonNode, which springdoc would describe as a
 * bean of 24 flags; it is described here instead, once: as "any JSON value" where nothing more is known, and by the
 * property's name (answer, schema, data, predictions, …) where it is. A new JsonNode property or body whose shape is
 * known gets its line in {@link #PROPERTIES} or {@link #BODIES}.
 */
final class JsonSchemas {

    static final String ANY = "Any JSON value";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REF = "#/components/schemas/";

    /** Properties holding JsonNode, by name, whatever record they are in. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("answer", "LabelAnswer"), Map.entry("previousAnswer", "LabelAnswer"),
            Map.entry("yourAnswer", "LabelAnswer"), Map.entry("expectedAnswer", "LabelAnswer"),
            Map.entry("expected", "LabelAnswer"), Map.entry("correction", "LabelAnswer"),
            Map.entry("goldAnswer", "LabelAnswer"), Map.entry("sampleAnswer", "LabelAnswer"),
            Map.entry("schema", "LabelSchema"), Map.entry("data", "ItemData"), Map.entry("payload", "ItemData"),
            Map.entry("sampleItem", "ItemData"), Map.entry("questionFeedback", "QuestionFeedback"));

    /** Request bodies taken as JsonNode, by operationId. */
    private static final Map<String, String> BODIES = Map.of(
            "submitAnnotation", "LabelAnswer", "markGold", "LabelAnswer", "changeSchema", "LabelSchema",
            "editItem", "ItemLine");

    private JsonSchemas() {
    }

    /** Any JSON value: what a client passes through as it is (a map, a list, a string, a number). */
    static Schema<?> anyValue() {
        return new Schema<>().description(ANY);
    }

    static Map<String, Schema<?>> named() {
        var schemas = new LinkedHashMap<String, Schema<?>>();
        schemas.put("LabelAnswer", new ObjectSchema().additionalProperties(true)
                .description("An answer: one member per question of the project's schema, named as the question, its "
                        + "value shaped by the question's type (docs/label-schema.md, \"Answers\")")
                .example(Map.of("label", "positive")));
        schemas.put("LabelSchema", new ObjectSchema()
                .description("A project's label schema: its task type's questions (docs/label-schema.md)")
                .addProperty("questions", new ArraySchema().items(new Schema<>().$ref(REF + "Question"))
                        .description("The questions, in the order they are asked"))
                .additionalProperties(true).required(List.of("questions"))
                .example(example("""
                        {"questions": [{"name": "label", "type": "choice", "options": ["positive", "negative"]}]}""")));
        schemas.put("Question", new ObjectSchema().additionalProperties(true)
                .description("A question of a label schema: its name, type and the members of that type (options, "
                        + "classes, scale, …; docs/label-schema.md)")
                .addProperty("name", new StringSchema().description("The question's name, the answer's member"))
                .addProperty("type", new StringSchema().description("choice, multi-choice, rating, text, spans, "
                        + "preference, boxes, … (docs/label-schema.md)"))
                .required(List.of("name", "type")));
        schemas.put("ItemData", new ObjectSchema().additionalProperties(true)
                .description("An item's data as imported: shaped by the project's task type (text, prompt and "
                        + "responses, conversation, image; docs/label-schema.md, \"Task types and items\")")
                .example(Map.of("text", "The service was quick.")));
        schemas.put("Prediction", new ObjectSchema()
                .description("A model's answer imported with the item, shown to annotators as a pre-label")
                .addProperty("model", new StringSchema().maxLength(200).description("The model's name"))
                .addProperty("score", new NumberSchema().description("The model's confidence, optional"))
                .addProperty("answer", new Schema<>().$ref(REF + "LabelAnswer"))
                .required(List.of("model", "answer")));
        schemas.put("ItemLine", new ObjectSchema()
                .description("One item to import: a line of the NDJSON file, or an element of the JSON array")
                .addProperty("external_id", new StringSchema().minLength(1).maxLength(200)
                        .description("Your id of the item, optional, unique in the project"))
                .addProperty("data", new Schema<>().$ref(REF + "ItemData"))
                .addProperty("predictions", predictions())
                .required(List.of("data")));
        schemas.put("QuestionFeedback", new ObjectSchema().additionalProperties(new StringSchema())
                .description("A reviewer's feedback per question: the question's name and the words"));
        return schemas;
    }

    /** An example from its JSON text: its members keep their order, so the document is the same on every start. */
    private static Object example(String json) {
        return JSON.readValue(json, Map.class);
    }

    private static Schema<?> predictions() {
        return new ArraySchema().items(new Schema<>().$ref(REF + "Prediction")).maxItems(20)
                .description("Models' answers (up to 20), [] when none");
    }

    /** Replaces the free-form JsonNode schemas whose shape is known, by property name and by operation. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models types its schemas raw
    static void describeKnownShapes(OpenAPI api) {
        api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            Map<String, Schema> properties = schema.getProperties();
            properties.replaceAll((name, property) -> {
                if (!ANY.equals(property.getDescription())) {
                    return property;
                }
                if ("predictions".equals(name)) {
                    return predictions();
                }
                String named = PROPERTIES.get(name);
                return named == null ? property : new Schema<>().$ref(REF + named);
            });
        });
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            String named = BODIES.get(operation.getOperationId());
            if (named != null && operation.getRequestBody() != null) {
                Content content = operation.getRequestBody().getContent();
                content.values().forEach(media -> media.setSchema(new Schema<>().$ref(REF + named)));
            }
        }));
    }
}
