package dev.annota.annotation.internal;

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
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Label Studio annotations imported as annotations (docs/formats.md, "Label Studio"): by the lab's imported author, a
 * disabled account that never logs in, with the original id, author and time kept and exported; counted in agreement;
 * holding no slot of the queue; atomic with the items; invisible to another tenant. The files are the real Label
 * Studio exports in {@code data/label-studio}.
 */
@ApiTest
class ImportedAnnotationsApiTests {

    private static final String TOPICS = """
            {"questions": [{"name": "topic", "type": "choice",
              "options": ["class_A", "class_TESTING", "class_PREDICTIONS_TESTING"]}]}""";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    TenantScope tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseDialect dialect;

    private Organization lab;
    private CurrentUser user;
    private ApiClient manager;

    @BeforeEach
    void aLabManager() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Imported lab");
        user = fixtures.user(lab, Role.MANAGER, Role.ADMIN);
        manager = fixtures.client(user);
    }

    private Project project(TaskType type, String schema, int overlap) {
        return fixtures.projects().create(user, new ProjectSettings("Imported " + UUID.randomUUID().toString().substring(0, 8),
                "# Guidelines", type, json.readTree(schema), overlap, 600, 0));
    }

    private Response upload(Project project, String query, String body) {
        return manager.post("/api/v1/projects/" + project.id() + "/items?format=label-studio" + query, "application/json",
                HttpRequest.BodyPublishers.ofString(body));
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(SharedData.file("data/label-studio/" + name));
    }

    private List<JsonNode> exported(Project project) {
        return manager.jsonLines("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true");
    }

    @Test
    void labelStudioAnnotationsBecomeAnnotationsOfTheImportedAuthorWithTheirOriginalIdsAuthorAndTime() throws IOException {
        Project project = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["Car", "Person"]}]}""", 1);

        var r = upload(project, "&map.text=ignore&map.audio=ignore", fixture("rectangles_with_predictions.json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("added").asLong()).isEqualTo(2);
        assertThat(r.json().get("annotations").asLong()).isEqualTo(2);
        var items = exported(project);
        // The annotations are not predictions any more: only the model's prediction is left.
        assertThat(items.getFirst().get("predictions")).extracting(p -> p.get("model").asString()).containsExactly("model 0");
        JsonNode first = items.getFirst().get("annotations").get(0);
        assertThat(first.get("provenance").toString())
                .isEqualTo("{\"source\":\"label-studio\",\"original_id\":\"7\",\"original_author\":\"1\"}");
        assertThat(first.get("created_at").asString()).isEqualTo("2022-10-31T21:19:19.131290Z");
        // The annotation's own box, in pixels of the 768 × 576 image (the prediction's is at 27.88).
        assertThat(first.get("answer").get("objects").get("objects").get(0).get("x").asDouble()).isEqualTo(37.3);
        JsonNode second = items.get(1).get("annotations").get(0);
        assertThat(second.get("provenance").get("original_id").asString()).isEqualTo("8");
        assertThat(second.get("answer").get("objects").get("objects")).hasSize(2);
        // One author for the lab: a disabled account without a password, which an admin cannot enable.
        String author = first.get("annotator_id").asString();
        assertThat(second.get("annotator_id").asString()).isEqualTo(author);
        var account = fixtures.users().find(UUID.fromString(author)).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Imported (Label Studio)");
        assertThat(account.orgId()).isEqualTo(lab.id());
        assertThat(account.enabled()).isFalse();
        var enabling = manager.patchJson("/api/v1/users/" + author, "{\"enabled\": true}");
        assertThat(enabling.status()).as(enabling.toString()).isEqualTo(422);
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/annotators").json().toString())
                .contains("\"Imported (Label Studio)\"", "\"annotations\":2");

        // A second file of the lab's uses the same author; the same tasks again are duplicates and bring no answers.
        var again = upload(project, "&map.text=ignore&map.audio=ignore", fixture("rectangles_with_predictions.json"));
        assertThat(again.json().get("duplicates").asLong()).isEqualTo(2);
        assertThat(again.json().get("annotations").asLong()).isZero();
        Project other = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "shapes", "type": "boxes", "classes": ["Airplane"], "shapes": ["polygon"]}]}""", 1);
        assertThat(upload(other, "", fixture("polygons.json")).status()).isEqualTo(200);
        JsonNode polygon = exported(other).getFirst().get("annotations").get(0);
        assertThat(polygon.get("annotator_id").asString()).isEqualTo(author);
        assertThat(polygon.get("provenance").get("original_id").asString()).isEqualTo("211797");
    }

    @Test
    void importedAnswersCountInTheAgreementReportAndTheConsensusLikeAnyAnswer() throws IOException {
        Project project = project(TaskType.TEXT_CLASSIFICATION, TOPICS, 2);
        var preview = manager.post("/api/v1/projects/" + project.id() + "/items/preview?format=label-studio", "application/json",
                HttpRequest.BodyPublishers.ofString(fixture("tasks_annotations_predictions.json")));
        assertThat(preview.json().get("rows").get(1).get("annotations")).as(preview.toString()).hasSize(2);
        assertThat(preview.json().get("rows").get(2).get("annotations").get(0).get("answer").toString())
                .isEqualTo("{\"topic\":\"class_TESTING\"}");
        assertThat(exported(project)).isEmpty();

        var r = upload(project, "", fixture("tasks_annotations_predictions.json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("annotations").asLong()).isEqualTo(4);
        var items = exported(project);
        assertThat(items.get(1).get("annotations")).hasSize(2);
        assertThat(items.get(1).get("annotations").get(0).get("provenance").get("original_id").isNull()).isTrue();
        assertThat(items.get(2).get("annotations").get(0).get("answer").toString()).isEqualTo("{\"topic\":\"class_TESTING\"}");
        assertThat(items.get(3).get("annotations")).isEmpty();
        JsonNode report = manager.get("/api/v1/projects/" + project.id() + "/quality").json();
        JsonNode topic = report.get("agreement").get(0);
        assertThat(topic.get("question").asString()).isEqualTo("topic");
        assertThat(topic.get("votes").asInt()).as(report.toString()).isEqualTo(4);
        assertThat(topic.get("percentAgreement").asDouble()).isEqualTo(1.0);
        var aggregate = manager.get("/api/v1/projects/" + project.id() + "/aggregate?method=mv");
        assertThat(aggregate.status()).as(aggregate.toString()).isEqualTo(200);
        assertThat(aggregate.text()).contains("class_TESTING");
    }

    @Test
    void anImportedAnswerHoldsNoSlotSoTheQueueStillHandsTheItemOutOverlapTimes() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, TOPICS, 1);
        var r = upload(project, "", """
                [{"id": 1, "data": {"text": "one"}, "annotations": [{"id": 10, "completed_by": 3,
                  "result": [{"from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["class_A"]}}]}]}]""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String base = "/api/v1/projects/" + project.id();

        JsonNode before = manager.get(base + "/stats").json();
        assertThat(before.get("annotations").asLong()).isEqualTo(1);
        assertThat(before.get("completion").asDouble()).as(before.toString()).isZero();

        ApiClient annotator = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        var task = annotator.postEmpty(base + "/tasks/next");
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        assertThat(annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"topic\": \"class_TESTING\"}").status()).isEqualTo(201);
        // Overlap 1, one annotator's answer: the item is done; the imported answer took no one's place.
        assertThat(fixtures.client(fixtures.user(lab, Role.ANNOTATOR)).postEmpty(base + "/tasks/next").status()).isEqualTo(204);
        JsonNode after = manager.get(base + "/stats").json();
        assertThat(after.get("annotations").asLong()).isEqualTo(2);
        assertThat(after.get("completion").asDouble()).isEqualTo(1.0);
        JsonNode answers = exported(project).getFirst().get("annotations");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).get("provenance").get("original_author").asString()).isEqualTo("3");
        assertThat(answers.get(1).has("provenance")).isFalse();
    }

    @Test
    void anUnmappableAnnotationRefusesTheWholeFileNamingTheTaskAndTheResultAndStoresNothing() {
        Project project = project(TaskType.TEXT_CLASSIFICATION, TOPICS, 1);
        String file = """
                [{"id": 1, "data": {"text": "one"}, "annotations": [{"id": 10,
                  "result": [{"from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["class_A"]}}]}]},
                 {"id": 2, "data": {"text": "two"}, "annotations": [{"id": 11,
                  "result": [{"from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["class_A"]}},
                             {"from_name": "stars", "to_name": "text", "type": "rating", "value": {"rating": 4}}]}]}]""";

        var r = upload(project, "", file);

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("task").asString()).isEqualTo("task 2");
        assertThat(r.json().get("field").asString()).isEqualTo("annotations[0].result[1]");
        assertThat(r.json().get("detail").asString()).contains("stars");
        assertThat(exported(project)).isEmpty();
        assertThat(tenants.read(lab.id(), () -> jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ?")
                .params(lab.id(), project.id()).query(Long.class).single())).isZero();

        // An answer that leaves a required question open is refused too: an annotation is a complete answer.
        Project two = project(TaskType.TEXT_CLASSIFICATION, """
                {"questions": [{"name": "topic", "type": "choice", "options": ["class_A", "class_B"]},
                               {"name": "tone", "type": "choice", "options": ["calm", "angry"]}]}""", 1);
        String partial = file.replaceAll(",\\s*\\{\"from_name\": \"stars\"[^}]*\\{\"rating\": 4}}", "");
        assertThat(partial).doesNotContain("stars").contains("class_A");
        var incomplete = upload(two, "", partial);
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(422);
        assertThat(incomplete.json().get("task").asString()).isEqualTo("task 1");
        assertThat(incomplete.json().get("field").asString()).isEqualTo("annotations[0]");
        assertThat(exported(two)).isEmpty();
        // Asked for, they come in as predictions, which may leave questions open.
        assertThat(upload(two, "&annotations=predictions", partial).status()).isEqualTo(200);
        assertThat(exported(two)).hasSize(2);
    }

    @Test
    void anotherTenantSeesNeitherTheImportedAnnotationsNorTheirProvenance() throws IOException {
        Project project = project(TaskType.TEXT_CLASSIFICATION, TOPICS, 1);
        assertThat(upload(project, "", fixture("tasks_annotations_predictions.json")).status()).isEqualTo(200);
        Organization rival = fixtures.organization(OrganizationKind.CUSTOMER, "Rival lab");
        ApiClient stranger = fixtures.client(fixtures.user(rival, Role.MANAGER, Role.ADMIN));
        String base = "/api/v1/projects/" + project.id();

        assertThat(stranger.get(base + "/export").status()).isEqualTo(404);
        assertThat(stranger.get(base + "/annotators").status()).isEqualTo(404);
        assertThat(stranger.get(base + "/quality").status()).isEqualTo(404);
        String author = exported(project).getFirst().get("annotations").get(0).get("annotator_id").asString();
        assertThat(stranger.patchJson("/api/v1/users/" + author, "{\"enabled\": false}").status()).isEqualTo(404);
        if (dialect.isPostgres()) {
            // Row-level security: under the rival's tenant the rows are not there, whatever the statement asks.
            assertThat(tenants.read(rival.id(), () -> jdbc.sql(
                    "select count(*) from annotations where project_id = ? and source is not null")
                    .param(project.id()).query(Long.class).single())).isZero();
        }
        assertThat(tenants.read(lab.id(), () -> jdbc.sql(
                "select count(*) from annotations where tenant_id = ? and project_id = ? and source = 'label-studio'")
                .params(lab.id(), project.id()).query(Long.class).single())).isEqualTo(4);
    }
}
