package dev.annota.annotation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task types through the REST API on H2: import with predictions, claim, submit (checked against the item),
 * what the server records (prediction changed, edit from the draft), and each export shape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class TaskTypesApiTests {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired JsonMapper json;

    HttpClient http;
    Organization lab;
    CurrentUser manager;
    CurrentUser annotator;
    String managerToken;
    String annotatorToken;

    @BeforeEach
    void people() {
        http = HttpClient.newHttpClient();
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Types lab");
        manager = fixtures.user(lab, Role.MANAGER);
        annotator = fixtures.user(lab, Role.ANNOTATOR);
        managerToken = fixtures.token(manager);
        annotatorToken = fixtures.token(annotator);
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void comparisonPredictionsAreCheckedShownAndComparedAndTrlPairsSkipAndCountTies() throws Exception {
        Project project = project(TaskType.RESPONSE_COMPARISON, """
                {"questions": [{"name": "pref", "type": "comparison", "ties": true, "strength": ["slightly", "much"]},
                               {"name": "unsafe", "type": "choice", "options": ["yes", "no"]}]}""");
        String base = "/api/v1/projects/" + project.id();

        var rejected = send("POST", base + "/items", managerToken, """
                {"external_id": "ok", "data": {"prompt": "Hi", "responses": ["a", "b"]}}
                {"external_id": "bad", "data": {"prompt": "Hi", "responses": ["a", "b"]}, "predictions": [{"model": "m", "answer": {"pref": {"preferred": 5}}}]}
                """);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(body(rejected).get("line").intValue()).isEqualTo(2);
        assertThat(body(rejected).get("field").stringValue()).isEqualTo("predictions[0].answer.pref.preferred");

        var imported = send("POST", base + "/items", managerToken, """
                {"external_id": "dns", "data": {"prompt": "Explain DNS", "responses": ["DNS maps names to addresses.", "No idea."]}, "predictions": [{"model": "rm-1", "score": 0.8, "answer": {"pref": {"preferred": 0, "strength": "much"}}}]}
                {"external_id": "tie", "data": {"prompt": "Say hi", "responses": ["Hi", "Hello", "Hey"]}}
                {"external_id": "chat", "data": {"messages": [{"role": "user", "content": "2+2?"}], "responses": ["4", "5", "22"]}, "predictions": [{"model": "rm-1", "answer": {"pref": {"preferred": 2, "strength": "slightly"}}}]}
                """);
        assertThat(imported.statusCode()).isEqualTo(200);

        JsonNode first = claim(base);
        assertThat(first.get("predictions").get(0).get("model").stringValue()).isEqualTo("rm-1");
        var invalid = submit(base, first, "{\"pref\": {\"preferred\": 0, \"strength\": \"much\"}, \"unsafe\": \"no\"}");
        assertInvalid(invalid, "answer.pref.shown_order");
        assertThat(submit(base, first, "{\"pref\": {\"shown_order\": [1, 0], \"preferred\": 0, \"strength\": \"much\"}, \"unsafe\": \"no\"}")
                .statusCode()).isEqualTo(201);
        JsonNode second = claim(base);
        assertThat(second.get("predictions").isEmpty()).isTrue();
        assertThat(submit(base, second, "{\"pref\": {\"shown_order\": [2, 0, 1], \"preferred\": \"tie\"}, \"unsafe\": \"no\"}")
                .statusCode()).isEqualTo(201);
        JsonNode third = claim(base);
        assertThat(submit(base, third, "{\"pref\": {\"shown_order\": [0, 1, 2], \"preferred\": 0, \"strength\": \"much\"}, \"unsafe\": \"no\"}")
                .statusCode()).isEqualTo(201);

        List<JsonNode> pairs = lines(send("GET", base + "/export?format=trl", managerToken, null));
        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).toString()).isEqualTo(
                "{\"prompt\":\"Explain DNS\",\"chosen\":\"DNS maps names to addresses.\",\"rejected\":\"No idea.\"}");
        assertThat(pairs.get(1).toString()).isEqualTo("{\"prompt\":[{\"role\":\"user\",\"content\":\"2+2?\"}],"
                + "\"chosen\":[{\"role\":\"assistant\",\"content\":\"4\"}],\"rejected\":[{\"role\":\"assistant\",\"content\":\"5\"}]}");
        JsonNode summary = body(send("GET", base + "/export/summary?format=trl", managerToken, null));
        assertThat(summary.get("records").intValue()).isEqualTo(3);
        assertThat(summary.get("skippedTies").intValue()).isEqualTo(3);
        assertThat(summary.get("annotations").intValue()).isEqualTo(3);

        List<JsonNode> raw = lines(send("GET", base + "/export", managerToken, null));
        assertThat(raw).extracting(line -> line.get("external_id").stringValue()).containsExactly("dns", "tie", "chat");
        assertThat(raw.get(0).get("predictions").get(0).get("score").doubleValue()).isEqualTo(0.8);
        assertThat(raw.get(0).get("annotations").get(0).get("prediction_changed").booleanValue()).isFalse();
        assertThat(raw.get(1).get("annotations").get(0).has("prediction_changed")).isFalse();
        assertThat(raw.get(2).get("annotations").get(0).get("prediction_changed").booleanValue()).isTrue();

        var misfit = send("GET", base + "/export?format=coco", managerToken, null);
        assertInvalid(misfit, "format");
    }

    @Test
    void demonstrationsStoreTheEditFromTheDraftAndExportAsSft() throws Exception {
        Project project = project(TaskType.DEMONSTRATION, """
                {"questions": [{"name": "reply", "type": "demonstration", "min_length": 5}]}""");
        String base = "/api/v1/projects/" + project.id();
        assertThat(send("POST", base + "/items", managerToken, """
                {"external_id": "d1", "data": {"prompt": "Greet the user", "draft": "Hello there user"}}
                {"external_id": "d2", "data": {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Thanks!"}]}}
                """).statusCode()).isEqualTo(200);
        assertThat(submit(base, claim(base), "{\"reply\": {\"text\": \"Hello there, dear user\"}}").statusCode()).isEqualTo(201);
        assertThat(submit(base, claim(base), "{\"reply\": {\"text\": \"You're welcome!\"}}").statusCode()).isEqualTo(201);

        List<JsonNode> examples = lines(send("GET", base + "/export?format=sft", managerToken, null));
        assertThat(examples).extracting(JsonNode::toString).containsExactly(
                "{\"prompt\":\"Greet the user\",\"completion\":\"Hello there, dear user\"}",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Thanks!\"},"
                        + "{\"role\":\"assistant\",\"content\":\"You're welcome!\"}]}");
        JsonNode edit = lines(send("GET", base + "/export", managerToken, null)).getFirst()
                .get("annotations").get(0).get("derived").get("reply");
        assertThat(edit.get("word_edit_distance").intValue()).isEqualTo(2); // "there" → "there,", + "dear"
        assertThat(edit.get("unified_diff").stringValue()).contains("-Hello there user\n+Hello there, dear user\n");
        assertThat(send("GET", base + "/export?format=trl", managerToken, null).statusCode()).isEqualTo(422);
    }

    @Test
    void theSftExportOfAcceptedWorkHoldsTheReviewersCorrectionAndLeavesTheRejectedDemonstrationOut() throws Exception {
        Project project = project(TaskType.DEMONSTRATION, """
                {"questions": [{"name": "reply", "type": "demonstration", "min_length": 5}]}""");
        String base = "/api/v1/projects/" + project.id();
        assertThat(send("PUT", base + "/review/settings", managerToken, "{\"stages\":\"REVIEW\",\"reviewShare\":100}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", base + "/items", managerToken, """
                {"external_id": "d1", "data": {"prompt": "Greet the user"}}
                {"external_id": "d2", "data": {"prompt": "Thank the user"}}
                """).statusCode()).isEqualTo(200);
        assertThat(submit(base, claim(base), "{\"reply\": {\"text\": \"Hi you.\"}}").statusCode()).isEqualTo(201);
        assertThat(submit(base, claim(base), "{\"reply\": {\"text\": \"Thanks.\"}}").statusCode()).isEqualTo(201);
        for (int i = 0; i < 300 && body(send("GET", base + "/reviews/summary", managerToken, null))
                .get("stages").get("REVIEW").get("waiting").asInt() < 2; i++) {
            Thread.sleep(10);
        }
        String reviewer = fixtures.token(fixtures.user(lab, Role.REVIEWER));
        for (int i = 0; i < 2; i++) {
            JsonNode task = body(send("POST", base + "/reviews/next", reviewer, null));
            boolean greet = task.get("item").get("payload").get("prompt").asString().startsWith("Greet");
            String decision = greet ? "\"CORRECT\",\"answer\":{\"reply\":{\"text\":\"Hello, dear user.\"}}" : "\"REJECT\"";
            assertThat(send("POST", base + "/reviews/" + task.get("reviewId").asString() + "/decision", reviewer,
                    "{\"fencingToken\":" + task.get("fencingToken").asLong() + ",\"decision\":" + decision + "}").statusCode())
                    .isEqualTo(200);
        }

        assertThat(lines(send("GET", base + "/export?format=sft", managerToken, null))).as("all, as submitted").hasSize(2);
        assertThat(lines(send("GET", base + "/export?format=sft&review=accepted", managerToken, null)))
                .extracting(JsonNode::toString).containsExactly("{\"prompt\":\"Greet the user\",\"completion\":\"Hello, dear user.\"}");
        var history = send("GET", base + "/export?format=sft&review=history", managerToken, null);
        assertInvalid(history, "review");
    }

    @Test
    void boxesExportAsCocoWithBboxesSegmentationAndCategories() throws Exception {
        Project project = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["car", "pedestrian"],
                                "attributes": [{"name": "occluded"}]}]}""");
        String base = "/api/v1/projects/" + project.id();
        assertThat(send("POST", base + "/items", managerToken, """
                {"external_id": "street", "data": {"image": {"url": "/demo/street.svg", "width": 640, "height": 480}}}
                """).statusCode()).isEqualTo(200);
        JsonNode task = claim(base);
        var outside = submit(base, task, """
                {"objects": {"objects": [{"type": "box", "class": "car", "x": 600, "y": 10, "width": 50, "height": 20}]}}""");
        assertThat(body(outside).get("field").stringValue()).isEqualTo("answer.objects.objects[0].width");
        assertThat(submit(base, task, """
                {"objects": {"objects": [
                  {"type": "box", "class": "car", "x": 10, "y": 20, "width": 100, "height": 50, "attributes": {"occluded": true}},
                  {"type": "polygon", "class": "pedestrian", "points": [[0, 0], [40, 0], [40, 30]]}]}}""").statusCode()).isEqualTo(201);

        var response = send("GET", base + "/export?format=coco", managerToken, null);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode coco = body(response);
        assertThat(coco.get("categories").toString())
                .isEqualTo("[{\"id\":1,\"name\":\"car\",\"supercategory\":\"\"},{\"id\":2,\"name\":\"pedestrian\",\"supercategory\":\"\"}]");
        assertThat(coco.get("images").get(0).get("width").intValue()).isEqualTo(640);
        assertThat(coco.get("images").get(0).get("file_name").stringValue()).isEqualTo("/demo/street.svg");
        JsonNode box = coco.get("annotations").get(0);
        assertThat(box.get("bbox").toString()).isEqualTo("[10.0,20.0,100.0,50.0]");
        assertThat(box.get("area").doubleValue()).isEqualTo(5000.0);
        assertThat(box.get("attributes").get("occluded").booleanValue()).isTrue();
        JsonNode polygon = coco.get("annotations").get(1);
        assertThat(polygon.get("category_id").intValue()).isEqualTo(2);
        assertThat(polygon.get("segmentation").toString()).isEqualTo("[[0.0,0.0,40.0,0.0,40.0,30.0]]");
        assertThat(polygon.get("bbox").toString()).isEqualTo("[0.0,0.0,40.0,30.0]");
        assertThat(polygon.get("area").doubleValue()).isEqualTo(600.0);
    }

    @Test
    void spanAnswersAreCheckedAgainstTheClaimedItemsText() throws Exception {
        Project project = project(TaskType.SPAN_LABELING, """
                {"questions": [{"name": "entities", "type": "spans", "labels": ["PER", "LOC"]}]}""");
        String base = "/api/v1/projects/" + project.id();
        assertThat(send("POST", base + "/items", managerToken, """
                {"data": {"text": "Zoë flew to 東京 ✈️"}}
                """).statusCode()).isEqualTo(200);
        JsonNode task = claim(base);
        // 17 code points; "✈️" is U+2708 U+FE0F, one character: a span may not end between them.
        var tooFar = submit(base, task, "{\"entities\": [{\"start\": 15, \"end\": 18, \"label\": \"LOC\"}]}");
        assertInvalid(tooFar, "answer.entities[0].end");
        var inside = submit(base, task, "{\"entities\": [{\"start\": 15, \"end\": 16, \"label\": \"LOC\"}]}");
        assertThat(body(inside).get("field").stringValue()).isEqualTo("answer.entities[0].end");
        assertThat(submit(base, task, "{\"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}, "
                + "{\"start\": 12, \"end\": 14, \"label\": \"LOC\", \"text\": \"東京\"}]}").statusCode()).isEqualTo(201);
        assertThat(send("GET", base + "/export?format=sft", managerToken, null).statusCode()).isEqualTo(422);
        assertThat(send("GET", base + "/export?format=xml", managerToken, null).statusCode()).isEqualTo(422);
    }

    @Test
    void aProjectsSchemaMustFitItsTaskType() throws Exception {
        var response = send("POST", "/api/v1/projects", managerToken, """
                {"name": "Mismatch", "taskType": "image-boxes",
                 "schema": {"questions": [{"name": "c", "type": "choice", "options": ["a", "b"]}]}}""");
        assertInvalid(response, "schema.questions");
    }

    private Project project(TaskType type, String schema) {
        return projects.create(manager, new ProjectSettings(type.id() + " test", "# Guidelines", type, json.readTree(schema), 1, 600, 0));
    }

    private JsonNode claim(String base) throws Exception {
        var response = send("POST", base + "/tasks/next", annotatorToken, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response);
    }

    private HttpResponse<String> submit(String base, JsonNode task, String answer) throws Exception {
        return send("POST", base + "/assignments/" + task.get("assignmentId").stringValue() + "/annotation", annotatorToken, answer);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixtures.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", path.endsWith("/items") ? "application/x-ndjson" : "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer is a 422 problem document naming the field at fault. */
    private void assertInvalid(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(body(response).get("field").stringValue()).isEqualTo(field);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private List<JsonNode> lines(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        var result = new ArrayList<JsonNode>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                result.add(json.readTree(line));
            }
        }
        return result;
    }
}
