package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import formats beside Annota's own JSON Lines (docs/formats.md): CSV with its column mapping and preview, Label
 * Studio tasks (the real exports in {@code data/label-studio}), COCO, OpenAI chat and preference pairs, each atomic,
 * each refusal a 422 naming the line and what is wrong, with nothing stored.
 */
@ApiTest
class ItemImportFormatsApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    private CurrentUser user;
    private ApiClient manager;

    @BeforeEach
    void aManager() {
        user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Formats lab"), Role.MANAGER);
        manager = fixtures.client(user);
    }

    private Project project(TaskType type, String schema) {
        return fixtures.projects().create(user, new ProjectSettings("Formats " + UUID.randomUUID().toString().substring(0, 8),
                "# Guidelines", type, json.readTree(schema), 1, 600, 0));
    }

    private Response upload(Project project, String query, String contentType, String body) {
        return manager.post("/api/v1/projects/" + project.id() + "/items" + query, contentType,
                HttpRequest.BodyPublishers.ofString(body));
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(SharedData.file("data/label-studio/" + name));
    }

    /** The project's items as the JSONL export gives them (data, external_id, predictions), in import order. */
    private List<JsonNode> stored(Project project) {
        return manager.jsonLines("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true");
    }

    private static void assertRejected(Response r, long line, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("line").asLong()).as(r.toString()).isEqualTo(line);
        assertThat(r.json().path("field").asString(null)).as(r.toString()).isEqualTo(field);
    }

    private static final String CHOICE = """
            {"questions": [{"name": "label", "type": "choice", "options": ["a", "b"]}]}""";

    @Test
    void aCsvFileWithAHeaderRowImportsItsColumnsByNameAndAQuotedCellMaySpanLines() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, CHOICE);
        var r = upload(project, "", "text/csv", "\uFEFFid,text,source\r\n1,Hello,web\r\n2,\"Two lines,\nwith \"\"quotes\"\"\",mail\r\n");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("added").asLong()).isEqualTo(2);
        assertThat(stored(project)).extracting(i -> i.get("external_id").asString() + " " + i.get("data"))
                .containsExactly("1 {\"text\":\"Hello\",\"source\":\"web\"}",
                        "2 {\"text\":\"Two lines,\\nwith \\\"quotes\\\"\",\"source\":\"mail\"}");
    }

    @Test
    void csvColumnsGoWhereTheQueryParametersMapThem() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, CHOICE);
        var r = upload(project, "?map.review_body=data.text&map.sku=external_id&map.internal%20notes=ignore", "text/csv",
                "sku,review_body,internal notes\nA-1,Great kettle,do not show\n");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(stored(project)).extracting(i -> i.get("external_id").asString() + " " + i.get("data"))
                .containsExactly("A-1 {\"text\":\"Great kettle\"}");
    }

    @Test
    void aComparisonCsvPutsItsResponseColumnsInOrder() {
        Project project = project(TaskType.RESPONSE_COMPARISON, """
                {"questions": [{"name": "preference", "type": "comparison"}]}""");
        var r = upload(project, "", "text/csv", "prompt,response_b,response_a\nSay hi,Hello!,Hi.\n");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(stored(project).getFirst().get("data").toString())
                .isEqualTo("{\"prompt\":\"Say hi\",\"responses\":[\"Hi.\",\"Hello!\"]}");
    }

    @Test
    void aBadCsvRowIsRefusedNamingItsLineAndColumnAndNothingIsStored() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, CHOICE);
        String file = "id,text\n1,fine\n2,\"spans\ntwo lines\"\n3,\n4,fine\n";

        var r = upload(project, "", "text/csv", file);

        assertRejected(r, 5, "text");
        assertThat(r.json().get("column").asString()).isEqualTo("text");
        assertThat(stored(project)).isEmpty();
        assertRejected(upload(project, "", "text/csv", "id,text\n1,fine\n2,too,many\n"), 3, null);
        assertRejected(upload(project, "", "text/csv", "id,text\n1,\"never closed\n"), 2, null);
        assertRejected(upload(project, "?map.text=nowhere", "text/csv", "id,text\n1,x\n"), 1, "map.text");
        assertThat(stored(project)).isEmpty();
    }

    @Test
    void thePreviewShowsTheRowsAsTheyWouldBeStoredAndEveryProblemAndStoresNothing() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, CHOICE);
        var ok = manager.post("/api/v1/projects/" + project.id() + "/items/preview", "text/csv",
                HttpRequest.BodyPublishers.ofString("id,text\n1,first\n2,second\n"));

        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("importable").asBoolean()).isTrue();
        assertThat(ok.json().get("received").asLong()).isEqualTo(2);
        assertThat(ok.json().get("rows").get(1).toString())
                .isEqualTo("{\"line\":3,\"externalId\":\"2\",\"data\":{\"text\":\"second\"},\"predictions\":null,\"gold\":null}");

        var bad = manager.post("/api/v1/projects/" + project.id() + "/items/preview?format=jsonl", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString("""
                        {"data": {"text": "fine"}}
                        {"data": {"text": ""}}
                        {"data": {"text": "fine"}, "predictions": [{"model": "m", "answer": {"label": "z"}}]}
                        """));
        assertThat(bad.json().get("importable").asBoolean()).isFalse();
        assertThat(bad.json().get("rows")).hasSize(1);
        assertThat(bad.json().get("problems")).extracting(p -> p.get("line").asLong() + " " + p.get("field").asString())
                .containsExactly("2 data.text", "3 predictions[0].answer.label");
        assertThat(stored(project)).isEmpty();
    }

    @Test
    void labelStudioTasksWithPredictionsBecomeItemsWhosePredictionsAreNamedByModelVersion() throws IOException {
        Project project = project(TaskType.TEXT_CLASSIFICATION, """
                {"questions": [{"name": "topic", "type": "choice", "options": ["class_A", "class_B"]}]}""");

        var r = upload(project, "?format=label-studio", "application/json", fixture("text_with_2_predictions.json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode item = stored(project).getFirst();
        assertThat(item.get("data").toString()).isEqualTo("{\"text\":\"Test example phrase\"}");
        assertThat(item.get("predictions").toString()).isEqualTo("[{\"model\":\"model_version_A\",\"answer\":{\"topic\":\"class_A\"}},"
                + "{\"model\":\"model_version_B\",\"answer\":{\"topic\":\"class_B\"}}]");
    }

    @Test
    void labelStudioAnnotationsAreRefusedWhenTheRequestSaysSoOrKeptAsPredictionsOrSkipped() throws IOException {
        Project project = project(TaskType.TEXT_CLASSIFICATION, """
                {"questions": [{"name": "topic", "type": "choice",
                  "options": ["class_A", "class_TESTING", "class_PREDICTIONS_TESTING"]}]}""");
        String file = fixture("tasks_annotations_predictions.json");

        var refused = upload(project, "?format=label-studio&annotations=reject", "application/json", file);
        assertRejected(refused, 2, "annotations[0]");
        assertThat(refused.json().get("task").asString()).isEqualTo("task #1");
        assertThat(stored(project)).isEmpty();

        var kept = upload(project, "?format=label-studio&annotations=predictions", "application/json", file);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        var items = stored(project);
        assertThat(items).extracting(i -> i.get("data").get("text").asString())
                .containsExactly("Test example phrase 1", "x2", "yoyo", "zzz", "vivi", "opop");
        assertThat(items.get(1).get("predictions")).extracting(p -> p.get("model").asString())
                .containsExactly("model_version_A", "imported annotation #2.1", "imported annotation #2.2");
        assertThat(items.get(2).get("predictions").get(0).get("answer").toString()).isEqualTo("{\"topic\":\"class_TESTING\"}");
        assertThat(items.get(5).get("predictions").get(0).get("model").asString()).isEqualTo("label-studio");

        Project other = project(TaskType.TEXT_CLASSIFICATION, CHOICE);
        assertThat(upload(other, "?format=label-studio&annotations=skip", "application/json",
                fixture("text_with_2_predictions.json")).status()).isEqualTo(422);
    }

    @Test
    void aLabelStudioResultNoQuestionTakesIsRefusedNamingTheTaskAndTheResultAndNothingIsStored() throws IOException {
        Project project = project(TaskType.TEXT_CLASSIFICATION, """
                {"questions": [{"name": "topic", "type": "choice", "options": ["class_A", "class_B"]},
                               {"name": "tone", "type": "choice", "options": ["class_A", "class_B"]}]}""");
        String file = fixture("text_with_2_predictions.json");

        var ambiguous = upload(project, "?format=label-studio", "application/json", file);
        assertRejected(ambiguous, 1, "predictions[0].result[0]");
        assertThat(ambiguous.json().get("detail").asString()).contains("task #1", "text_class", "question.text_class=");

        var mapped = upload(project, "?format=label-studio&question.text_class=tone", "application/json", file);
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        assertThat(stored(project).getFirst().get("predictions").get(1).get("answer").toString()).isEqualTo("{\"tone\":\"class_B\"}");
    }

    @Test
    void labelStudioRectanglesInPercentBecomeBoxesInPixelsOfTheImagesOriginalSize() throws IOException {
        Project project = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["Car", "Person"]}]}""");

        var r = upload(project, "?format=label-studio&annotations=predictions&map.text=ignore&map.audio=ignore",
                "application/json", fixture("rectangles_with_predictions.json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var items = stored(project);
        assertThat(items).extracting(i -> i.get("external_id").asString()).containsExactly("1", "2");
        JsonNode first = items.getFirst();
        assertThat(first.get("data").get("image").get("width").asInt()).isEqualTo(768);
        assertThat(first.get("data").get("image").get("height").asInt()).isEqualTo(576);
        JsonNode predicted = first.get("predictions").get(0);
        assertThat(predicted.get("model").asString()).isEqualTo("model 0");
        JsonNode box = predicted.get("answer").get("objects").get("objects").get(0);
        assertThat(box.get("x").asDouble()).isEqualTo(27.88); // 3.63 % of 768
        assertThat(box.get("class").asString()).isEqualTo("Car");
        assertThat(first.get("predictions").get(1).get("model").asString()).isEqualTo("imported annotation 7");
        assertThat(items.get(1).get("predictions").get(1).get("answer").get("objects").get("objects")).hasSize(2);
    }

    @Test
    void labelStudioPolygonsBecomePolygonsInPixels() throws IOException {
        Project project = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "shapes", "type": "boxes", "classes": ["Airplane"], "shapes": ["polygon"]}]}""");

        var r = upload(project, "?format=label-studio&annotations=predictions", "application/json", fixture("polygons.json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode item = stored(project).getFirst();
        assertThat(item.get("data").get("image").get("url").asString()).isEqualTo("/image2");
        JsonNode polygon = item.get("predictions").get(0).get("answer").get("shapes").get("objects").get(0);
        assertThat(polygon.get("type").asString()).isEqualTo("polygon");
        assertThat(polygon.get("points").get(0).get(0).asDouble()).isEqualTo(384.0); // 60 % of 640
        assertThat(item.get("predictions").get(0).get("model").asString()).isEqualTo("imported annotation 211797");
    }

    @Test
    void aCocoDocumentBecomesOneItemPerImageWithItsAnnotationsAsAPrediction() {
        Project project = project(TaskType.IMAGE_BOXES, Fixtures.BOX_SCHEMA);
        String coco = """
                {"info": {"description": "street"}, "licenses": [],
                 "images": [{"id": 7, "file_name": "a.jpg", "width": 640, "height": 480},
                            {"id": 8, "file_name": "b.jpg", "width": 320, "height": 240, "coco_url": "https://img.example/b.jpg"}],
                 "annotations": [{"id": 1, "image_id": 7, "category_id": 2, "bbox": [10, 20, 30, 40], "area": 1200, "iscrowd": 0},
                                 {"id": 2, "image_id": 7, "category_id": 1, "bbox": [0, 0, 5, 5],
                                  "segmentation": [[0, 0, 5, 0, 5, 5]], "area": 12.5, "iscrowd": 0}],
                 "categories": [{"id": 1, "name": "car"}, {"id": 2, "name": "pedestrian"}]}""";

        var r = upload(project, "?format=coco&imageRoot=https://img.example/street/", "application/json", coco);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var items = stored(project);
        assertThat(items).extracting(i -> i.get("external_id").asString() + " " + i.get("data").get("image").get("url").asString())
                .containsExactly("a.jpg https://img.example/street/a.jpg", "b.jpg https://img.example/b.jpg");
        assertThat(items.getFirst().get("predictions").get(0).get("answer").toString()).isEqualTo(
                "{\"objects\":{\"objects\":[{\"type\":\"box\",\"class\":\"pedestrian\",\"x\":10.0,\"y\":20.0,\"width\":30.0,\"height\":40.0},"
                        + "{\"type\":\"polygon\",\"class\":\"car\",\"points\":[[0.0,0.0],[5.0,0.0],[5.0,5.0]]}]}}");
        assertThat(items.get(1).has("predictions")).isFalse();

        Project other = project(TaskType.IMAGE_BOXES, Fixtures.BOX_SCHEMA);
        assertRejected(upload(other, "?format=coco", "application/json", coco), 2, "images[0]");
        assertRejected(upload(other, "?format=coco&imageRoot=https://x.example/", "application/json",
                coco.replace("\"category_id\": 2", "\"category_id\": 9")), 4, "annotations.category_id");
        assertThat(stored(other)).isEmpty();
    }

    @Test
    void aCocoImageWithoutAUrlIsTheImageUploadedToTheProjectUnderItsFileName() {
        Project project = project(TaskType.IMAGE_BOXES, Fixtures.BOX_SCHEMA);
        var image = fixtures.image(project, user, 64, 48);

        var r = upload(project, "?format=coco", "application/json", """
                {"images": [{"id": 1, "file_name": "fixture.png", "width": 64, "height": 48}],
                 "categories": [{"id": 1, "name": "car"}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4]}]}""");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode stored = stored(project).getFirst().get("data").get("image");
        assertThat(stored.get("upload").asString()).isEqualTo(image.id().toString());
        assertThat(stored.get("url").asString()).endsWith("/images/" + image.id() + "/content");
        assertThat(stored.get("width").asInt()).isEqualTo(64);
    }

    @Test
    void openAiChatLinesBecomeConversationsAndDemonstrationsWhoseDraftIsTheLastAssistantReply() {
        String chat = """
                {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of France?"}, {"role": "assistant", "content": "Paris."}]}
                {"messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}]}
                """;
        Project demo = project(TaskType.DEMONSTRATION, """
                {"questions": [{"name": "reply", "type": "demonstration"}]}""");
        var r = upload(demo, "?format=openai-chat", "application/x-ndjson", chat);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(stored(demo)).extracting(i -> i.get("data").toString()).containsExactly(
                "{\"draft\":\"Paris.\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Capital of France?\"}]}",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        Project rating = project(TaskType.CONVERSATION_RATING, """
                {"questions": [{"name": "turns", "type": "conversation_rating", "overall_scale": "likert7"}]}""");
        assertThat(upload(rating, "?format=openai-chat", "application/x-ndjson", chat).status()).isEqualTo(200);
        assertThat(stored(rating).getFirst().get("data").get("messages")).hasSize(3);

        assertRejected(upload(rating, "?format=openai-chat", "application/x-ndjson", """
                {"messages": [{"role": "user", "content": "x"}]}
                {"messages": [{"role": "assistant", "content": null, "tool_calls": []}]}
                """), 2, "messages[0].tool_calls");
        var wrongType = upload(rating, "?format=preference", "application/x-ndjson", chat);
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(422);
        assertThat(wrongType.json().get("field").asString()).isEqualTo("format");
    }

    @Test
    void preferencePairsBecomeComparisonItemsWithTheVerdictAsAPrediction() {
        Project project = project(TaskType.RESPONSE_COMPARISON, """
                {"questions": [{"name": "preference", "type": "comparison"}]}""");
        var r = upload(project, "?format=preference&model=ultrafeedback", "application/x-ndjson", """
                {"prompt": "2+2?", "chosen": "4", "rejected": "5"}
                {"prompt": [{"role": "user", "content": "Hi"}], "chosen": [{"role": "assistant", "content": "Hello!"}], "rejected": [{"role": "assistant", "content": "Go away."}]}
                """);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var items = stored(project);
        assertThat(items.getFirst().get("data").toString()).isEqualTo("{\"prompt\":\"2+2?\",\"responses\":[\"4\",\"5\"]}");
        assertThat(items.getFirst().get("predictions").toString())
                .isEqualTo("[{\"model\":\"ultrafeedback\",\"answer\":{\"preference\":{\"preferred\":0}}}]");
        assertThat(items.get(1).get("data").get("messages").get(0).get("content").asString()).isEqualTo("Hi");
        assertRejected(upload(project, "?format=preference", "application/x-ndjson",
                "{\"prompt\": \"x\", \"chosen\": \"a\", \"rejected\": \"b\", \"score\": 1}\n"), 1, "score");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "label-studio|{\"data\": {\"text\": \"x\"}, \"predictions\": {\"result\": 1}}",
            "label-studio|{\"data\": {\"text\": \"x\"}, \"predictions\": [7]}",
            "label-studio|{\"data\": {\"text\": \"x\"}, \"predictions\": [{\"result\": [3, {\"type\": \"choices\"}]}]}",
            "label-studio|{\"data\": 5}",
            "label-studio|[1, 2]",
            "coco|{\"images\": [{\"id\": 1, \"coco_url\": \"https://x/a.png\"}], \"categories\": [{\"id\": 1, \"name\": \"car\"}], \"annotations\": [{\"image_id\": 1, \"category_id\": 1, \"bbox\": [\"a\", {}, null, 4]}]}",
            "coco|{\"images\": [{\"id\": 1, \"coco_url\": \"https://x/a.png\"}], \"categories\": [{\"id\": 1, \"name\": \"car\"}], \"annotations\": [{\"image_id\": 1, \"category_id\": 1, \"segmentation\": [[\"a\", \"b\", 1, 2, 3, 4]]}]}",
            "coco|{\"images\": 3}",
            "coco|[]",
            "coco|{\"images\": [{\"id\": 1}], \"annotations\": [{\"image_id\": \"x\"}]}",
            "openai-chat|{\"messages\": \"hi\"}",
            "openai-chat|{\"messages\": [{\"role\": 3, \"content\": [1]}]}",
            "preference|{\"prompt\": 3, \"chosen\": [], \"rejected\": {}}",
            "preference|{\"prompt\": \"p\", \"chosen\": [{\"role\": \"user\", \"content\": \"x\"}], \"rejected\": \"r\"}",
            "csv|a,\"b"})
    void malformedInputOfEveryFormatIsAClientErrorNeverAServerError(String format, String body) {
        TaskType type = switch (format) {
            case "coco" -> TaskType.IMAGE_BOXES;
            case "openai-chat" -> TaskType.CONVERSATION_RATING;
            case "preference" -> TaskType.RESPONSE_COMPARISON;
            default -> TaskType.TEXT_CLASSIFICATION;
        };
        String schema = switch (type) {
            case IMAGE_BOXES -> Fixtures.BOX_SCHEMA;
            case CONVERSATION_RATING -> "{\"questions\": [{\"name\": \"turns\", \"type\": \"conversation_rating\", \"overall_scale\": \"likert7\"}]}";
            case RESPONSE_COMPARISON -> "{\"questions\": [{\"name\": \"preference\", \"type\": \"comparison\"}]}";
            default -> CHOICE;
        };
        Project project = project(type, schema);
        for (String path : List.of("", "/preview")) {
            var r = manager.post("/api/v1/projects/" + project.id() + "/items" + path + "?format=" + format,
                    format.equals("csv") ? "text/csv" : "application/json", HttpRequest.BodyPublishers.ofString(body));
            if (path.isEmpty()) {
                assertThat(r.status()).as(r.toString()).isBetween(400, 499);
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(r.json().get("importable").asBoolean()).as(r.toString()).isFalse();
            }
        }
        assertThat(stored(project)).isEmpty();
    }
}
