package dev.annota.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema language on arbitrary JSON: {@link LabelSchema#parse} returns a schema or throws
 * {@link InvalidLabelSchema} listing violations; {@link LabelSchema#check} returns a list of violations for any
 * answer and any item data. Nothing else may come out. Text that is not JSON at all is Jackson's to reject before
 * these are called (the controllers answer 400 for it), so it is skipped here.
 */
@Tag("fuzz")
class LabelSchemaFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One schema per control type, from docs/label-schema.md, so answers reach every control's checks. */
    static final List<String> SCHEMAS = List.of(
            """
            {"questions": [{"name": "category", "type": "choice", "options": ["safe", "needs-caveat", "unsafe"]},
              {"name": "harm", "type": "choice", "multiple": true, "other": true, "options": ["violence", "fraud"],
               "when": {"question": "category", "equals": "unsafe"}},
              {"name": "quality", "type": "rating", "scale": "likert7"},
              {"name": "detail", "type": "text", "required": false, "when": {"question": "quality", "in": [1, 2]}}]}""",
            """
            {"questions": [{"name": "entities", "type": "spans", "labels": ["PERSON", "PRODUCT"], "overlap": false,
              "field": "text", "min_spans": 0, "max_spans": 100}]}""",
            """
            {"questions": [{"name": "preference", "type": "comparison", "mode": "preferred", "ties": true,
              "strength": ["slightly better", "better"],
              "rubric": [{"name": "helpfulness", "scale": "likert5"}, {"name": "harm", "scale": {"labels": ["bad", "ok"]}}],
              "rationale": {"required": true, "min_length": 5, "max_length": 500}}]}""",
            """
            {"questions": [{"name": "reply", "type": "demonstration", "min_length": 1, "max_length": 600,
              "required_sections": ["Answer"]}]}""",
            """
            {"questions": [{"name": "turns", "type": "conversation_rating", "roles": ["assistant"], "turn_scale": "likert5",
              "flags": ["factual_error"], "overall_scale": "likert7", "rate_every_turn": true}]}""",
            """
            {"questions": [{"name": "objects", "type": "boxes", "classes": ["car", "pedestrian"], "shapes": ["box", "polygon"],
              "attributes": [{"name": "occluded"}, {"name": "light", "options": ["day", "night"]}],
              "min_objects": 0, "max_objects": 50}]}""");

    private static JsonNode jsonOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    @FuzzTest(maxDuration = "2m")
    void anySchemaDocumentParsesOrIsRejectedWithViolations(byte[] document) {
        // Raw bytes, not String: the corpus files are then plain JSON that libFuzzer mutates as they are.
        JsonNode node = jsonOrNull(new String(document, java.nio.charset.StandardCharsets.UTF_8));
        if (node == null) {
            return;
        }
        try {
            LabelSchema schema = LabelSchema.parse(node);
            assertThat(schema).isNotNull();
            for (TaskType type : TaskType.values()) {
                assertThat(type.checkSchema(schema)).isNotNull();
            }
        } catch (InvalidLabelSchema expected) {
            assertThat(expected.violations()).isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void anyAnswerToAnySchemaGetsAListOfViolations(FuzzedDataProvider data) {
        LabelSchema schema = LabelSchema.parse(JSON.readTree(SCHEMAS.get(data.consumeInt(0, SCHEMAS.size() - 1))));
        JsonNode item = jsonOrNull(data.consumeString(2000));
        JsonNode answer = jsonOrNull(data.consumeRemainingAsString());
        for (LabelSchema.Mode mode : LabelSchema.Mode.values()) {
            assertThat(schema.check(answer, item, mode)).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void aFuzzedSchemaChecksAFuzzedAnswerWithoutThrowing(FuzzedDataProvider data) {
        JsonNode document = jsonOrNull(data.consumeString(4000));
        JsonNode answer = jsonOrNull(data.consumeRemainingAsString());
        if (document == null) {
            return;
        }
        LabelSchema schema;
        try {
            schema = LabelSchema.parse(document);
        } catch (InvalidLabelSchema rejected) {
            return;
        }
        assertThat(schema.check(answer, null, LabelSchema.Mode.ANSWER)).isNotNull();
    }

    // ---- structure-aware: schemas and answers built from the fuzzer's choices, so mutation reaches each control's
    // settings and answer checks instead of stopping at JSON syntax.

    private static final String[] TYPES = {"choice", "rating", "text", "spans", "comparison", "demonstration",
            "conversation_rating", "boxes", "bogus"};
    private static final String[] KEYS = {"options", "multiple", "other", "other_max_length", "scale", "min_length",
            "max_length", "multiline", "labels", "overlap", "field", "min_spans", "max_spans", "mode", "ties", "strength",
            "rubric", "rationale", "required_sections", "roles", "turn_scale", "flags", "overall_scale", "rate_every_turn",
            "classes", "shapes", "attributes", "min_objects", "max_objects", "required", "title", "when", "description",
            "question", "equals", "in", "name", "start", "end", "label", "preferred", "turns", "objects", "x", "y",
            "width", "height", "points", "class", "text", "response", "responses", "id", "rating", "value"};
    private static final String[] STRINGS = {"a", "b", "label", "likert5", "likert7", "preferred", "ranking", "text",
            "box", "polygon", "assistant", "user", "car", "PERSON", "", "# Answer", "\uD83D\uDE00", "x"};

    private static tools.jackson.databind.JsonNode value(FuzzedDataProvider d, int depth) {
        var f = tools.jackson.databind.node.JsonNodeFactory.instance;
        int kind = d.consumeInt(0, depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(d.consumeBoolean());
            case 2 -> f.numberNode(d.consumeInt(-3, 12));
            case 3 -> f.numberNode(new double[] {0.5, -1.5, 1e300, Double.MIN_VALUE, 3.0}[d.consumeInt(0, 4)]);
            case 4 -> f.stringNode(d.pickValue(STRINGS));
            case 5 -> f.stringNode(d.consumeString(30));
            case 6 -> {
                var a = f.arrayNode();
                int n = d.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    a.add(value(d, depth - 1));
                }
                yield a;
            }
            default -> object(d, depth - 1);
        };
    }

    private static tools.jackson.databind.node.ObjectNode object(FuzzedDataProvider d, int depth) {
        var o = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        int n = d.consumeInt(0, 5);
        for (int i = 0; i < n; i++) {
            o.set(d.pickValue(KEYS), value(d, depth));
        }
        return o;
    }

    @FuzzTest(maxDuration = "2m")
    void aGeneratedSchemaParsesOrIsRejectedAndChecksAnyAnswer(FuzzedDataProvider d) {
        var f = tools.jackson.databind.node.JsonNodeFactory.instance;
        var questions = f.arrayNode();
        int n = d.consumeInt(1, 3);
        for (int i = 0; i < n; i++) {
            var q = object(d, 2);
            q.put("name", d.pickValue(new String[] {"a", "b", "label", "a"}));
            q.put("type", d.pickValue(TYPES));
            questions.add(q);
        }
        var document = f.objectNode();
        document.set("questions", questions);
        LabelSchema schema;
        try {
            schema = LabelSchema.parse(document);
        } catch (InvalidLabelSchema rejected) {
            return;
        }
        for (TaskType type : TaskType.values()) {
            assertThat(type.checkSchema(schema)).isNotNull();
        }
        var answer = f.objectNode();
        for (var q : questions) {
            answer.set(q.get("name").asString(), value(d, 3));
        }
        var data = object(d, 3);
        data.put("text", d.consumeString(40));
        LabelSchema.Mode mode = d.consumeBoolean() ? LabelSchema.Mode.ANSWER : LabelSchema.Mode.PREDICTION;
        assertThat(schema.check(answer, data, mode)).isNotNull();
    }
}
