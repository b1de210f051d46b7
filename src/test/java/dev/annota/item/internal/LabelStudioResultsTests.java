package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.annota.item.ImportRejected;
import dev.annota.schema.LabelSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Label Studio results as answers, without Spring: offsets, shapes, comparisons, and what cannot be mapped. */
class LabelStudioResultsTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final LabelStudioResults.At at = new LabelStudioResults.At(3, "task 17", "annotations[0]");

    private LabelStudioResults results(String schema, Map<String, String> questions) {
        return new LabelStudioResults(LabelSchema.parse(json.readTree(schema)), questions);
    }

    private ObjectNode data(String data) {
        return (ObjectNode) json.readTree(data);
    }

    @Test
    void labelOffsetsInUtf16UnitsBecomeCodePoints() {
        var spans = results("""
                {"questions": [{"name": "entities", "type": "spans", "labels": ["CITY"]}]}""", Map.of());
        // "👩‍💻 in 東京": the emoji is 5 UTF-16 units and 3 code points, so 東京 is 9..11 in JavaScript, 7..9 here.
        var answer = spans.answer(at, json.readTree("""
                [{"from_name": "ner", "to_name": "text", "type": "labels",
                  "value": {"start": 9, "end": 11, "text": "東京", "labels": ["CITY"]}}]"""), data("{\"text\": \"👩‍💻 in 東京\"}"));

        assertThat(answer.toString()).isEqualTo("{\"entities\":[{\"start\":7,\"end\":9,\"label\":\"CITY\"}]}");
    }

    @Test
    void pairwiseAndRankerResultsBecomeAPreferenceAndARanking() {
        var preferred = results("""
                {"questions": [{"name": "better", "type": "comparison"}]}""", Map.of());
        assertThat(preferred.answer(at, json.readTree("""
                [{"from_name": "pw", "to_name": "pw", "type": "pairwise", "value": {"selected": "right"}}]"""),
                data("{\"prompt\": \"p\", \"responses\": [\"a\", \"b\"]}")).toString()).isEqualTo("{\"better\":{\"preferred\":1}}");

        var ranking = results("""
                {"questions": [{"name": "order", "type": "comparison", "mode": "ranking"}]}""", Map.of());
        assertThat(ranking.answer(at, json.readTree("""
                [{"from_name": "rank", "to_name": "items", "type": "ranker", "value": {"ranker": {"rank": ["r2", "r3", "r1"]}}}]"""),
                data("{\"prompt\": \"p\", \"responses\": [{\"content\": \"a\", \"id\": \"r1\"}, {\"content\": \"b\", \"id\": \"r2\"},"
                        + " {\"content\": \"c\", \"id\": \"r3\"}]}")).toString()).isEqualTo("{\"order\":{\"ranking\":[3,1,2]}}");
    }

    @Test
    void theRationaleStrengthAndRubricScoresAnnotaExportsBesideAComparisonComeBackIntoIt() {
        var rubric = results("""
                {"questions": [{"name": "pref", "type": "comparison", "strength": ["slightly better", "much better"],
                                "rubric": [{"name": "helpfulness", "scale": "likert5"}], "rationale": {"required": false}}]}""", Map.of());
        var answer = rubric.answer(at, json.readTree("""
                [{"from_name": "pref_helpfulness_2", "type": "rating", "value": {"rating": 1}},
                 {"from_name": "pref", "type": "ranker", "value": {"ranker": {"pref": ["1", "0", "2"]}}},
                 {"from_name": "pref_rationale", "type": "textarea", "value": {"text": ["B answers it."]}},
                 {"from_name": "pref_strength", "type": "choices", "value": {"choices": ["much better"]}},
                 {"from_name": "pref_helpfulness_0", "type": "rating", "value": {"rating": 2}},
                 {"from_name": "pref_helpfulness_1", "type": "rating", "value": {"rating": 5}}]"""),
                data("{\"prompt\": \"p\", \"responses\": [\"a\", \"b\", \"c\"]}"));

        assertThat(answer.toString()).isEqualTo("{\"pref\":{\"scores\":[{\"helpfulness\":2},{\"helpfulness\":5},{\"helpfulness\":1}],"
                + "\"preferred\":1,\"rationale\":\"B answers it.\",\"strength\":\"much better\"}}");

        assertThatThrownBy(() -> rubric.answer(at, json.readTree("""
                [{"from_name": "pref_honesty_0", "type": "rating", "value": {"rating": 2}}]"""),
                data("{\"prompt\": \"p\", \"responses\": [\"a\", \"b\"]}")))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("annotations[0].result[0]");
                    assertThat(e.getMessage()).contains("task 17", "criterion of its rubric");
                });
    }

    @Test
    void textareaAndRatingGoToTheirQuestionsByName() {
        var mixed = results("""
                {"questions": [{"name": "label", "type": "choice", "options": ["a", "b"]},
                               {"name": "stars", "type": "rating", "scale": "likert5"},
                               {"name": "note", "type": "text"}]}""", Map.of("comment", "note"));
        var answer = mixed.answer(at, json.readTree("""
                [{"from_name": "comment", "type": "textarea", "value": {"text": ["line 1", "line 2"]}},
                 {"from_name": "stars", "type": "rating", "value": {"rating": 4}}]"""), data("{\"text\": \"x\"}"));

        assertThat(answer.toString()).isEqualTo("{\"note\":\"line 1\\nline 2\",\"stars\":4}");
    }

    @Test
    void aRotatedBoxAResultOfAnUnknownTypeAndAnOptionNotInTheSchemaAreRefusedNamingTheTaskAndTheResult() {
        var boxes = results("""
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["Car"]}]}""", Map.of());
        assertThatThrownBy(() -> boxes.answer(at, json.readTree("""
                [{"from_name": "label", "type": "rectanglelabels", "original_width": 100, "original_height": 100,
                  "value": {"x": 1, "y": 1, "width": 5, "height": 5, "rotation": 30, "rectanglelabels": ["Car"]}}]"""),
                data("{\"image\": {\"url\": \"/x.png\"}}")))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("annotations[0].result[0]");
                    assertThat(e.getMessage()).contains("task 17", "rotated");
                });

        var choice = results("""
                {"questions": [{"name": "label", "type": "choice", "options": ["a", "b"]}]}""", Map.of());
        assertThatThrownBy(() -> choice.answer(at, json.readTree("""
                [{"from_name": "label", "type": "choices", "value": {"choices": ["a"]}},
                 {"from_name": "rel", "type": "relation", "value": {}}]"""), data("{\"text\": \"x\"}")))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.field()).isEqualTo("annotations[0].result[1]"));
        assertThatThrownBy(() -> choice.answer(at, json.readTree("""
                [{"from_name": "label", "type": "choices", "value": {"choices": ["z"]}}]"""), data("{\"text\": \"x\"}")))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("annotations[0].result[0]");
                    assertThat(e.line()).isEqualTo(3);
                });
    }
}
