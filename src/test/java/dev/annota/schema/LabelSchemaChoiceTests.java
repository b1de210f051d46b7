package dev.annota.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.annota.failure.Invalid;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The label schema as a plain value: parsing a manager's document and checking an annotator's answer, no Spring. */
class LabelSchemaChoiceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final LabelSchema SINGLE = LabelSchema.parse(json("""
            {"questions": [{"name": "sentiment", "type": "choice", "options": ["positive", "negative", "neutral"]}]}"""));

    private static final LabelSchema MULTIPLE = LabelSchema.parse(json("""
            {"questions": [{"name": "topics", "type": "choice", "multiple": true, "options": ["sports", "politics", "tech"]}]}"""));

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static List<Violation> parseErrors(String document) {
        try {
            LabelSchema.parse(json(document));
        } catch (InvalidLabelSchema e) {
            return e.violations();
        }
        throw new AssertionError("expected the schema to be rejected: " + document);
    }

    @Test
    void aDocumentWithoutQuestionsIsRejectedNamingTheQuestionsField() {
        assertThat(parseErrors("{}")).extracting(Violation::field).containsExactly("questions");
        assertThat(parseErrors("{\"questions\": []}")).extracting(Violation::field).containsExactly("questions");
        assertThat(parseErrors("{\"questions\": {}}")).extracting(Violation::field).containsExactly("questions");
        assertThatThrownBy(() -> LabelSchema.parse(null)).isInstanceOf(InvalidLabelSchema.class);
    }

    @Test
    void parseErrorsNameEachWrongFieldByItsPath() {
        var errors = parseErrors("""
                {"questions": [
                  {"name": "ok", "type": "choice", "options": ["a", "b"]},
                  {"name": "1bad", "type": "choice", "options": ["a", "b"]},
                  {"name": "ok", "type": "choice", "options": ["a"]},
                  {"name": "kind", "type": "telepathy", "options": ["a", "b"]},
                  {"name": "opts", "type": "choice", "options": ["a", "", "a", 3]},
                  "not an object"
                ]}""");

        assertThat(errors).extracting(Violation::field).containsExactly(
                "questions[1].name",
                "questions[2].name", "questions[2].options",
                "questions[3].type",
                "questions[4].options[1]", "questions[4].options[2]", "questions[4].options[3]",
                "questions[5]");
        assertThat(errors.get(2).message()).contains("at least 2");
        assertThat(errors.get(3).message()).contains("telepathy");
        assertThat(errors.get(5).message()).contains("'a' is listed twice");
    }

    @Test
    void theProblemNamesTheFirstWrongFieldUnderSchema() {
        assertThatThrownBy(() -> LabelSchema.parse(json("""
                {"questions": [{"name": "label", "type": "choice"}]}""")))
                .isInstanceOfSatisfying(InvalidLabelSchema.class, e -> {
                    assertThat(e.kind()).isEqualTo(Invalid.Kind.RULE_BROKEN);
                    assertThat(e.properties()).containsEntry("field", "schema.questions[0].options");
                });
    }

    @Test
    void aSingleChoiceAnswerIsValidWhenItIsOneOfTheOptions() {
        assertThat(SINGLE.check(json("{\"sentiment\": \"neutral\"}"))).isEmpty();
    }

    @Test
    void aSingleChoiceAnswerOutsideTheOptionsOrOfTheWrongTypeIsInvalid() {
        assertThat(SINGLE.check(json("{\"sentiment\": \"angry\"}")))
                .extracting(Violation::field).containsExactly("answer.sentiment");
        assertThat(SINGLE.check(json("{\"sentiment\": [\"positive\"]}")))
                .extracting(Violation::field).containsExactly("answer.sentiment");
        assertThat(SINGLE.check(json("{\"sentiment\": 1}")))
                .extracting(Violation::field).containsExactly("answer.sentiment");
    }

    @Test
    void aMissingRequiredAnswerOrAnUnknownPropertyIsInvalid() {
        assertThat(SINGLE.check(json("{}"))).containsExactly(new Violation("answer.sentiment", "is required"));
        assertThat(SINGLE.check(json("{\"sentiment\": null}"))).extracting(Violation::field).containsExactly("answer.sentiment");
        assertThat(SINGLE.check(json("{\"sentiment\": \"positive\", \"extra\": 1}")))
                .extracting(Violation::field).containsExactly("answer.extra");
    }

    @Test
    void anAnswerThatIsNotAnObjectIsInvalid() {
        assertThat(SINGLE.check(json("\"positive\""))).extracting(Violation::field).containsExactly("answer");
        assertThat(SINGLE.check(json("[]"))).extracting(Violation::field).containsExactly("answer");
        assertThat(SINGLE.check(null)).extracting(Violation::field).containsExactly("answer");
    }

    @Test
    void anOptionalQuestionMayBeLeftOut() {
        var schema = LabelSchema.parse(json("""
                {"questions": [{"name": "label", "type": "choice", "required": false, "options": ["a", "b"]}]}"""));

        assertThat(schema.check(json("{}"))).isEmpty();
        assertThat(schema.check(json("{\"label\": \"c\"}"))).extracting(Violation::field).containsExactly("answer.label");
    }

    @Test
    void aMultipleChoiceAnswerIsAListOfDistinctOptions() {
        assertThat(MULTIPLE.check(json("{\"topics\": [\"sports\"]}"))).isEmpty();
        assertThat(MULTIPLE.check(json("{\"topics\": [\"tech\", \"politics\"]}"))).isEmpty();
    }

    @Test
    void aMultipleChoiceAnswerNamesEachWrongEntryByIndex() {
        assertThat(MULTIPLE.check(json("{\"topics\": [\"sports\", \"cooking\", \"sports\", 7]}")))
                .extracting(Violation::field).containsExactly("answer.topics[1]", "answer.topics[2]", "answer.topics[3]");
        assertThat(MULTIPLE.check(json("{\"topics\": \"sports\"}")))
                .extracting(Violation::field).containsExactly("answer.topics");
    }

    @Test
    void aRequiredMultipleChoiceNeedsAtLeastOneOption() {
        assertThat(MULTIPLE.check(json("{\"topics\": []}")))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("answer.topics");
                    assertThat(v.message()).contains("at least one");
                });
    }
}
