package dev.annota.schema;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema language and server-side validation of answers, per control, without Spring. */
class LabelSchemaTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static LabelSchema schema(String questions) {
        return LabelSchema.parse(json("{\"questions\": " + questions + "}"));
    }

    static List<String> fields(LabelSchema schema, String answer, String data) {
        return schema.check(json(answer), json(data)).stream().map(Violation::field).toList();
    }

    static List<String> schemaErrors(String questions) {
        try {
            schema(questions);
            return List.of();
        } catch (InvalidLabelSchema e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Nested
    class Choices {
        LabelSchema single = schema("""
                [{"name": "category", "type": "choice", "options": ["safe", "unsafe"], "other": true}]""");
        LabelSchema multiple = schema("""
                [{"name": "tags", "type": "choice", "multiple": true, "options": ["spam", "scam", "ok"], "other": true}]""");

        @Test
        void acceptsAnOptionOrAFreeTextOther() {
            assertThat(fields(single, "{\"category\": \"safe\"}", "{}")).isEmpty();
            assertThat(fields(single, "{\"category\": {\"other\": \"self-harm\"}}", "{}")).isEmpty();
            assertThat(fields(multiple, "{\"tags\": [\"spam\", {\"other\": \"phishing\"}]}", "{}")).isEmpty();
        }

        @Test
        void rejectsUnknownOptionsRepeatsBlankOtherAndTwoOthers() {
            assertThat(fields(single, "{\"category\": \"maybe\"}", "{}")).containsExactly("answer.category");
            assertThat(fields(single, "{\"category\": {\"other\": \"  \"}}", "{}")).containsExactly("answer.category.other");
            assertThat(fields(multiple, "{\"tags\": [\"spam\", \"spam\", {\"other\": \"a\"}, {\"other\": \"b\"}]}", "{}"))
                    .containsExactly("answer.tags[1]", "answer.tags[3]");
            assertThat(fields(multiple, "{\"tags\": []}", "{}")).containsExactly("answer.tags");
        }

        @Test
        void otherIsRejectedWhenTheSchemaDoesNotOfferIt() {
            var plain = schema("[{\"name\": \"c\", \"type\": \"choice\", \"options\": [\"a\", \"b\"]}]");
            assertThat(fields(plain, "{\"c\": {\"other\": \"x\"}}", "{}")).containsExactly("answer.c");
        }

        @Test
        void aTypoInASettingIsASchemaErrorNotASilentDefault() {
            assertThat(schemaErrors("[{\"name\": \"c\", \"type\": \"choice\", \"mutliple\": true, \"options\": [\"a\", \"b\"]}]"))
                    .containsExactly("questions[0].mutliple");
        }
    }

    @Nested
    class Conditions {
        LabelSchema schema = schema("""
                [{"name": "safe", "type": "choice", "options": ["yes", "no"]},
                 {"name": "harm", "type": "choice", "multiple": true, "options": ["violence", "fraud"],
                  "when": {"question": "safe", "equals": "no"}},
                 {"name": "detail", "type": "text", "when": {"question": "harm", "in": ["fraud"]}}]""");

        @Test
        void aConditionalQuestionIsRequiredOnlyWhenShown() {
            assertThat(fields(schema, "{\"safe\": \"yes\"}", "{}")).isEmpty();
            assertThat(fields(schema, "{\"safe\": \"no\"}", "{}")).containsExactly("answer.harm");
            assertThat(fields(schema, "{\"safe\": \"no\", \"harm\": [\"violence\"]}", "{}")).isEmpty();
            assertThat(fields(schema, "{\"safe\": \"no\", \"harm\": [\"fraud\"]}", "{}")).containsExactly("answer.detail");
        }

        @Test
        void anAnswerToAHiddenQuestionIsRejectedAlsoDownAChain() {
            assertThat(fields(schema, "{\"safe\": \"yes\", \"harm\": [\"fraud\"], \"detail\": \"x\"}", "{}"))
                    .containsExactly("answer.harm", "answer.detail");
        }

        @Test
        void aConditionMustPointBackToAChoiceOrRatingWithAPossibleValue() {
            assertThat(schemaErrors("""
                    [{"name": "a", "type": "text"},
                     {"name": "b", "type": "text", "when": {"question": "a", "equals": "x"}},
                     {"name": "c", "type": "text", "when": {"question": "d", "equals": "x"}},
                     {"name": "d", "type": "choice", "options": ["x", "y"]},
                     {"name": "e", "type": "text", "when": {"question": "d", "equals": "z"}}]"""))
                    .containsExactly("questions[1].when.question", "questions[2].when.question", "questions[4].when");
        }
    }

    @Nested
    class SpanOffsets {
        LabelSchema schema = schema("""
                [{"name": "entities", "type": "spans", "labels": ["PER", "LOC", "EMOJI"]}]""");
        LabelSchema overlapping = schema("""
                [{"name": "entities", "type": "spans", "labels": ["PER", "LOC"], "overlap": true}]""");

        String text(String t) {
            return JSON.writeValueAsString(java.util.Map.of("text", t));
        }

        @Test
        void countsOffsetsInCodePointsAcrossEmojiAndCjk() {
            // "👩‍💻 in 東京": the family emoji is 3 code points (👩 ZWJ 💻) but 5 UTF-16 units.
            String data = text("👩\u200D💻 in 東京");
            assertThat(fields(schema, """
                    {"entities": [{"start": 0, "end": 3, "label": "EMOJI", "text": "👩\u200D💻"},
                                  {"start": 7, "end": 9, "label": "LOC", "text": "東京"}]}""", data)).isEmpty();
            // The UTF-16 offsets a careless client would send do not match the text they claim.
            assertThat(fields(schema, """
                    {"entities": [{"start": 9, "end": 11, "label": "LOC", "text": "東京"}]}""", data))
                    .containsExactly("answer.entities[0].end");
            assertThat(fields(schema, """
                    {"entities": [{"start": 8, "end": 10, "label": "LOC", "text": "東京"}]}""", text("👩\u200D💻 in 東京!!")))
                    .containsExactly("answer.entities[0].text");
        }

        @Test
        void aSpanMayNotCutAnEmojiSequenceOrSeparateACombiningMark() {
            // "Zoe\u0308" is Zoë written with a combining diaeresis: 4 code points, 3 characters.
            assertThat(fields(schema, "{\"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}", text("Zoe\u0308 left")))
                    .containsExactly("answer.entities[0].end");
            assertThat(fields(schema, "{\"entities\": [{\"start\": 0, \"end\": 4, \"label\": \"PER\", \"text\": \"Zoe\u0308\"}]}",
                    text("Zoe\u0308 left"))).isEmpty();
            assertThat(fields(schema, "{\"entities\": [{\"start\": 0, \"end\": 1, \"label\": \"EMOJI\"}]}", text("👩\u200D💻 x")))
                    .containsExactly("answer.entities[0].end");
        }

        @Test
        void rejectsBadBoundsUnknownLabelsAndOverlapUnlessAllowed() {
            String data = text("Ada Lovelace lived in London");
            assertThat(fields(schema, """
                    {"entities": [{"start": 5, "end": 5, "label": "PER"}, {"start": 22, "end": 29, "label": "LOC"},
                                  {"start": 0, "end": 3, "label": "ORG"}, {"start": -1, "end": 2, "label": "PER"}]}""", data))
                    .containsExactly("answer.entities[0].end", "answer.entities[1].end", "answer.entities[2].label",
                            "answer.entities[3].start");
            String overlap = """
                    {"entities": [{"start": 0, "end": 12, "label": "PER"}, {"start": 4, "end": 12, "label": "LOC"}]}""";
            assertThat(fields(schema, overlap, data)).containsExactly("answer.entities[1]");
            assertThat(fields(overlapping, overlap, data)).isEmpty();
            assertThat(fields(overlapping, """
                    {"entities": [{"start": 0, "end": 3, "label": "PER"}, {"start": 0, "end": 3, "label": "PER"}]}""", data))
                    .containsExactly("answer.entities[1]");
        }

        @Test
        void spansNeedTheItemsText() {
            assertThat(fields(schema, "{\"entities\": []}", "{}")).containsExactly("answer.entities");
        }
    }

    @Nested
    class Comparisons {
        LabelSchema schema = schema("""
                [{"name": "pref", "type": "comparison", "ties": true,
                  "strength": ["slightly better", "much better"],
                  "rubric": [{"name": "helpfulness", "scale": "likert5"},
                             {"name": "harmlessness", "scale": {"labels": ["harmful", "borderline", "harmless"]}}],
                  "rationale": {"required": true, "min_length": 10}}]""");
        LabelSchema ranking = schema("""
                [{"name": "rank", "type": "comparison", "mode": "ranking", "ties": true}]""");
        String data = """
                {"prompt": "Explain DNS", "responses": ["A", {"content": "B", "model": "m2"}, "C"]}""";

        @Test
        void acceptsAPreferenceWithStrengthScoresRationaleAndTheShownOrder() {
            assertThat(fields(schema, """
                    {"pref": {"shown_order": [2, 0, 1], "preferred": 1, "strength": "much better",
                              "scores": [{"helpfulness": 3, "harmlessness": 3}, {"helpfulness": 5, "harmlessness": 3},
                                         {"helpfulness": 1, "harmlessness": 1}],
                              "rationale": "B answers the question directly."}}""", data)).isEmpty();
        }

        @Test
        void rejectsAMissingOrBrokenShownOrderAnOutOfRangeChoiceAndOffScaleScores() {
            assertThat(fields(schema, """
                    {"pref": {"preferred": 3, "strength": "much better",
                              "scores": [{"helpfulness": 6, "harmlessness": 3}, {"helpfulness": 5, "harmlessness": 0},
                                         {"helpfulness": 1}],
                              "rationale": "too short"}}""", data))
                    .containsExactly("answer.pref.shown_order", "answer.pref.preferred", "answer.pref.scores[0].helpfulness",
                            "answer.pref.scores[1].harmlessness", "answer.pref.scores[2].harmlessness", "answer.pref.rationale");
            assertThat(fields(schema, """
                    {"pref": {"shown_order": [0, 0, 1], "preferred": "tie",
                              "scores": [{"helpfulness": 3, "harmlessness": 3}, {"helpfulness": 5, "harmlessness": 3},
                                         {"helpfulness": 1, "harmlessness": 1}], "rationale": "All three are equally fine."}}""", data))
                    .containsExactly("answer.pref.shown_order");
        }

        @Test
        void aTieHasNoStrength() {
            assertThat(fields(schema, """
                    {"pref": {"shown_order": [0, 1, 2], "preferred": "tie", "strength": "much better",
                              "scores": [{"helpfulness": 3, "harmlessness": 3}, {"helpfulness": 5, "harmlessness": 3},
                                         {"helpfulness": 1, "harmlessness": 1}], "rationale": "All three are equally fine."}}""", data))
                    .containsExactly("answer.pref.strength");
        }

        @Test
        void aRankingGivesEveryResponseADenseRankWithTiesWhenAllowed() {
            assertThat(fields(ranking, "{\"rank\": {\"shown_order\": [1, 2, 0], \"ranking\": [2, 1, 2]}}", data)).isEmpty();
            assertThat(fields(ranking, "{\"rank\": {\"shown_order\": [1, 2, 0], \"ranking\": [1, 3, 3]}}", data))
                    .containsExactly("answer.rank.ranking");
            assertThat(fields(ranking, "{\"rank\": {\"shown_order\": [1, 2, 0], \"ranking\": [1, 2]}}", data))
                    .containsExactly("answer.rank.ranking");
            var strict = schema("[{\"name\": \"rank\", \"type\": \"comparison\", \"mode\": \"ranking\"}]");
            assertThat(fields(strict, "{\"rank\": {\"shown_order\": [1, 2, 0], \"ranking\": [2, 1, 2]}}", data))
                    .containsExactly("answer.rank.ranking");
        }

        @Test
        void aPredictionNeedsNoShownOrderAndMayLeaveQuestionsOut() {
            var violations = schema.check(json("{\"pref\": {\"preferred\": 0, \"strength\": \"slightly better\"}}"), json(data),
                    LabelSchema.Mode.PREDICTION);
            assertThat(violations).isEmpty();
            assertThat(schema.check(json("{}"), json(data), LabelSchema.Mode.PREDICTION)).isEmpty();
        }

        @Test
        void questionsThePredictionLeavesOutDoNotCountAsChanges() {
            var two = schema("[{\"name\": \"rank\", \"type\": \"comparison\", \"mode\": \"ranking\"}, "
                    + "{\"name\": \"ok\", \"type\": \"rating\", \"scale\": \"likert5\"}]");
            assertThat(two.sameAnswer(json("{\"rank\": {\"ranking\": [1, 2, 3]}}"),
                    json("{\"rank\": {\"shown_order\": [2, 0, 1], \"ranking\": [1, 2, 3]}, \"ok\": 4}"))).isTrue();
            assertThat(two.sameAnswer(json("{\"rank\": {\"ranking\": [1, 2, 3]}, \"ok\": 4.0}"),
                    json("{\"rank\": {\"ranking\": [1, 2, 3]}, \"ok\": 4}"))).isTrue();
            assertThat(two.sameAnswer(json("{\"ok\": 3}"), json("{\"rank\": {\"ranking\": [1, 2, 3]}}"))).isFalse();
        }

        @Test
        void theShownOrderDoesNotCountAsAChangeOfThePrediction() {
            assertThat(ranking.sameAnswer(json("{\"rank\": {\"ranking\": [1, 2, 3]}}"),
                    json("{\"rank\": {\"shown_order\": [2, 0, 1], \"ranking\": [1, 2, 3]}}"))).isTrue();
            assertThat(ranking.sameAnswer(json("{\"rank\": {\"ranking\": [1, 2, 3]}}"),
                    json("{\"rank\": {\"shown_order\": [2, 0, 1], \"ranking\": [1, 3, 2]}}"))).isFalse();
        }
    }

    @Nested
    class Demonstrations {
        LabelSchema schema = schema("""
                [{"name": "reply", "type": "demonstration", "min_length": 20, "required_sections": ["Summary", "Steps"]}]""");

        @Test
        void needsTheMinimumLengthAndEveryRequiredHeadingOutsideCodeBlocks() {
            assertThat(fields(schema, "{\"reply\": {\"text\": \"## Summary\\nFine.\\n\\n### steps\\n1. Do it.\"}}",
                    "{\"prompt\": \"p\"}")).isEmpty();
            assertThat(fields(schema, "{\"reply\": {\"text\": \"## Summary\\nFine.\\n```\\n## Steps\\n```\\n\"}}",
                    "{\"prompt\": \"p\"}")).containsExactly("answer.reply.text");
            assertThat(fields(schema, "{\"reply\": {\"text\": \"## Summary\"}}", "{\"prompt\": \"p\"}"))
                    .containsExactly("answer.reply.text");
            assertThat(fields(schema, "{\"reply\": \"## Summary ## Steps and more text\"}", "{\"prompt\": \"p\"}"))
                    .containsExactly("answer.reply");
        }

        @Test
        void derivesTheEditFromTheModelDraft() {
            JsonNode derived = schema.derive(json("{\"reply\": {\"text\": \"line one\\nline two fixed\\nline three\"}}"),
                    json("{\"prompt\": \"p\", \"draft\": \"line one\\nline two\\nline three\"}"));
            JsonNode edit = derived.get("reply");
            assertThat(edit.get("changed").booleanValue()).isTrue();
            assertThat(edit.get("word_edit_distance").intValue()).isEqualTo(1);
            assertThat(edit.get("unified_diff").stringValue()).isEqualTo("""
                    --- draft
                    +++ final
                    @@ -1,3 +1,3 @@
                     line one
                    -line two
                    +line two fixed
                     line three
                    """);
            assertThat(schema.derive(json("{\"reply\": {\"text\": \"x\"}}"), json("{\"prompt\": \"p\"}"))).isNull();
        }
    }

    @Nested
    class ConversationRatings {
        LabelSchema schema = schema("""
                [{"name": "chat", "type": "conversation_rating", "turn_scale": "likert5",
                  "flags": ["factual_error", "unsafe"], "overall_scale": "likert7"}]""");
        String data = """
                {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                              {"role": "user", "content": "Capital of Australia?"}, {"role": "assistant", "content": "Sydney"}]}""";

        @Test
        void ratesEveryAssistantTurnWithFlagsAndAnOverallScore() {
            assertThat(fields(schema, """
                    {"chat": {"turns": [{"index": 1, "rating": 5}, {"index": 3, "rating": 1, "flags": ["factual_error"]}],
                              "overall": 3}}""", data)).isEmpty();
        }

        @Test
        void rejectsUserTurnsUnratedTurnsUnknownFlagsAndAMissingOverall() {
            assertThat(fields(schema, """
                    {"chat": {"turns": [{"index": 0, "rating": 5}, {"index": 3, "rating": 9, "flags": ["rude"]}]}}""", data))
                    .containsExactly("answer.chat.turns[0].index", "answer.chat.turns[1].rating",
                            "answer.chat.turns[1].flags[0]", "answer.chat.turns", "answer.chat.overall");
        }
    }

    @Nested
    class RatingsAndText {
        LabelSchema schema = schema("""
                [{"name": "quality", "type": "rating", "scale": {"min": 0, "max": 10, "labels": {"0": "useless", "10": "perfect"}}},
                 {"name": "comment", "type": "text", "required": false, "max_length": 5}]""");

        @Test
        void aRatingIsAWholeNumberOnItsScaleAndTextRespectsItsLimitInCodePoints() {
            assertThat(fields(schema, "{\"quality\": 0, \"comment\": \"東京👩\u200D💻\"}", "{}")).isEmpty();
            assertThat(fields(schema, "{\"quality\": 11, \"comment\": \"too long\"}", "{}"))
                    .containsExactly("answer.quality", "answer.comment");
            assertThat(fields(schema, "{\"quality\": 2.5}", "{}")).containsExactly("answer.quality");
        }

        @Test
        void aScaleLabelOutsideTheScaleIsASchemaError() {
            assertThat(schemaErrors("[{\"name\": \"q\", \"type\": \"rating\", \"scale\": {\"min\": 1, \"max\": 5, \"labels\": {\"6\": \"x\"}}}]"))
                    .containsExactly("questions[0].scale.labels.6");
        }
    }

    @Nested
    class ImageBoxes {
        LabelSchema schema = schema("""
                [{"name": "objects", "type": "boxes", "classes": ["car", "pedestrian"],
                  "attributes": [{"name": "occluded"}, {"name": "truncated"}, {"name": "light", "options": ["day", "night"]}]}]""");
        String data = "{\"image\": {\"url\": \"/demo/street-1.svg\", \"width\": 640, \"height\": 480}}";

        @Test
        void acceptsBoxesAndPolygonsInsideTheImageWithAttributes() {
            assertThat(fields(schema, """
                    {"objects": {"objects": [
                      {"type": "box", "class": "car", "x": 10, "y": 20.5, "width": 630, "height": 100, "attributes": {"occluded": true}},
                      {"type": "polygon", "class": "pedestrian", "points": [[0, 0], [640, 0], [320, 480]],
                       "attributes": {"light": "night"}}]}}""", data)).isEmpty();
        }

        @Test
        void rejectsObjectsOutsideTheImageUnknownClassesAndAttributes() {
            assertThat(fields(schema, """
                    {"objects": {"objects": [
                      {"type": "box", "class": "car", "x": 10, "y": 20, "width": 631, "height": 0},
                      {"type": "polygon", "class": "tree", "points": [[0, 0], [641, 0], [320, 480]]},
                      {"type": "box", "class": "car", "x": 1, "y": 1, "width": 1, "height": 1, "attributes": {"occluded": "yes", "blurry": true}},
                      {"type": "circle", "class": "car"}]}}""", data))
                    .containsExactly("answer.objects.objects[0].height", "answer.objects.objects[0].width",
                            "answer.objects.objects[1].class", "answer.objects.objects[1].points[1][0]",
                            "answer.objects.objects[2].attributes.occluded", "answer.objects.objects[2].attributes.blurry",
                            "answer.objects.objects[3].type");
        }

        @Test
        void theImageSizeComesFromTheItemOrElseFromTheAnswer() {
            String unsized = "{\"image\": {\"url\": \"https://img.example/1.png\"}}";
            assertThat(fields(schema, "{\"objects\": {\"objects\": []}}", unsized))
                    .containsExactly("answer.objects.width", "answer.objects.height");
            assertThat(fields(schema, """
                    {"objects": {"width": 100, "height": 50, "objects": [{"type": "box", "class": "car", "x": 90, "y": 0, "width": 10, "height": 50}]}}""",
                    unsized)).isEmpty();
            assertThat(fields(schema, "{\"objects\": {\"width\": 100, \"height\": 480, \"objects\": []}}", data))
                    .containsExactly("answer.objects.width");
        }
    }

    @Nested
    class TaskTypes {
        @Test
        void aSchemaMustContainItsTypesControlAndNoControlItsItemsCannotFeed() {
            var boxes = schema("[{\"name\": \"o\", \"type\": \"boxes\", \"classes\": [\"car\"]}, {\"name\": \"ok\", \"type\": \"rating\", \"scale\": \"likert5\"}]");
            assertThat(TaskType.IMAGE_BOXES.checkSchema(boxes)).isEmpty();
            assertThat(TaskType.RESPONSE_COMPARISON.checkSchema(boxes)).extracting(Violation::field)
                    .containsExactly("questions[0].type", "questions");
        }

        @Test
        void eachTypeChecksItsItemsData() {
            assertThat(TaskType.RESPONSE_COMPARISON.checkItemData(json("{\"prompt\": \"p\", \"responses\": [\"a\", \"b\"]}"))).isNull();
            assertThat(TaskType.RESPONSE_COMPARISON.checkItemData(json("{\"prompt\": \"p\", \"responses\": [\"a\"]}")).field())
                    .isEqualTo("data.responses");
            assertThat(TaskType.RESPONSE_COMPARISON.checkItemData(json("{\"responses\": [\"a\", \"b\"]}")).field())
                    .isEqualTo("data.prompt");
            assertThat(TaskType.DEMONSTRATION.checkItemData(json("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}"))).isNull();
            assertThat(TaskType.CONVERSATION_RATING.checkItemData(json("{\"messages\": [{\"content\": \"hi\"}]}")).field())
                    .isEqualTo("data.messages[0]");
            assertThat(TaskType.IMAGE_BOXES.checkItemData(json("{\"image\": {\"url\": \"/demo/a.svg\", \"width\": 10, \"height\": 10}}"))).isNull();
            assertThat(TaskType.IMAGE_BOXES.checkItemData(json("{\"image\": {\"url\": \"/demo/a.svg\", \"width\": -1}}")).field())
                    .isEqualTo("data.image.width");
            assertThat(TaskType.SPAN_LABELING.checkItemData(json("{\"text\": \"\"}")).field()).isEqualTo("data.text");
        }

        @Test
        void unknownTypesAreNamed() {
            assertThatThrownBy(() -> TaskType.of("video")).hasMessageContaining("image-boxes");
        }
    }
}
