package dev.annota.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.core.util.Json31;
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
            Map.entry("sampleItem", "ItemData"));

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
        var schemas = new LinkedHashMap<String, Schema<?>>(answersAndItems());
        schemas.put("LabelSchema", new ObjectSchema()
                .description("A project's label schema: its task type's questions (docs/label-schema.md)")
                .addProperty("questions", new ArraySchema().items(new Schema<>().$ref(REF + "Question"))
                        .description("The questions, in the order they are asked"))
                // LabelSchema.parse refuses any other top-level member, naming it.
                .additionalProperties(false).required(List.of("questions"))
                .example(example("""
                        {"questions": [{"name": "label", "type": "choice", "options": ["positive", "negative"]}]}""")));
        schemas.put("Prediction", new ObjectSchema()
                .description("A model's answer imported with the item, shown to annotators as a pre-label")
                .addProperty("model", new StringSchema().maxLength(200).description("The model's name"))
                .addProperty("score", new NumberSchema().description("The model's confidence, optional"))
                .addProperty("answer", new Schema<>().$ref(REF + "LabelAnswer")
                        .description("The model's answer, shaped as an annotator's answer to the project's questions"))
                .required(List.of("model", "answer")));
        schemas.put("ItemLine", new ObjectSchema()
                .description("One item to import: a line of the NDJSON file, or an element of the JSON array")
                .addProperty("external_id", new StringSchema().minLength(1).maxLength(200)
                        .description("Your id of the item, optional, unique in the project"))
                .addProperty("data", new Schema<>().$ref(REF + "ItemData")
                        .description("The item's data, shaped by the project's task type"))
                .addProperty("predictions", predictions())
                .required(List.of("data")));
        return schemas;
    }

    /**
     * The questions, per kind (Question: a oneOf discriminated by its type), the answers, per question type and task
     * type, and the item data, per task type, from json-schemas.json: JSON
     * Schema read better as JSON than as builder calls. A union whose members include a list or a map is written
     * {@code "not": {"not": {"anyOf": [...]}}}: JSON Schema validators read it as the anyOf it is (AnswerSchemasTests
     * validates real answers with one), while code generators, which skip "not", make the value any JSON value
     * (a Map in Java): OpenAPI Generator's Java client cannot make a type of such a union (it writes List<Span>.class,
     * and constructors of one erasure) and would not compile.
     */
    static Map<String, Schema<?>> answersAndItems() {
        try (var json = JsonSchemas.class.getResourceAsStream("json-schemas.json")) {
            return Json31.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Schema<?>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("json-schemas.json does not read", e);
        }
    }

    /** An example from its JSON text: its members keep their order, so the document is the same on every start. */
    private static Object example(String json) {
        return JSON.readValue(json, Map.class);
    }

    private static Schema<?> predictions() {
        return new ArraySchema().items(new Schema<>().$ref(REF + "Prediction")).maxItems(20)
                .description("Models' answers (up to 20), [] when none");
    }

    /**
     * A reviewer's feedback per question, written where it is used: a named map of strings made OpenAPI Generator
     * warn "Failed to get the schema name: null" (its normalizer takes a named map's value schema for a reference).
     */
    private static Schema<?> questionFeedback() {
        return new ObjectSchema().additionalProperties(new StringSchema())
                .description("A reviewer's feedback per question: the question's name and the words");
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
                if ("questionFeedback".equals(name)) {
                    return questionFeedback();
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
