package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.annota.identity.Role;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas the API description serves for answers and item data (web/internal/json-schemas.json) hold real
 * payloads, checked by a JSON Schema 2020-12 validator: every template's sample answer, which the server accepts here
 * (201) on an item of the template's sample data, is valid against LabelAnswer and against its task type's answer
 * schema, and the sample data against ItemData. A few answers the server refuses for their shape are refused by the
 * schemas too, so they are not "anything goes". Every template's label schema is valid against LabelSchema (a oneOf of
 * the question kinds, discriminated by type), and questions of a wrong shape, which the server refuses, are not.
 */
@ApiTest
class AnswerSchemasTests {

    private static final String DOCUMENT = "https://annota.invalid/api/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    SchemaRegistry schemas;

    @BeforeEach
    void readTheServedDescription() {
        String served = ApiClient.anonymous(port).get("/api/openapi.json").text();
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT, served)));
    }

    @Test
    void everyAnswerTheServerAcceptsForEachTaskTypeIsValidAgainstTheServedSchemas() {
        var lab = fixtures.organization(OrganizationKind.CUSTOMER, "Schema lab");
        ApiClient manager = fixtures.client(fixtures.user(lab, Role.ADMIN, Role.MANAGER, Role.ANNOTATOR));
        JsonNode templates = manager.get("/api/v1/schema-templates").json();
        var taskTypes = new java.util.TreeSet<String>();
        for (JsonNode template : templates) {
            String type = template.path("taskType").asString();
            JsonNode project = manager.postJson("/api/v1/projects", JSON.writeValueAsString(Map.of(
                    "name", "Schemas " + template.path("id").asString(), "taskType", type,
                    "schema", template.path("schema"), "overlap", 1))).json();
            String base = "/api/v1/projects/" + project.path("id").asString();
            assertThat(manager.postJson(base + "/items", JSON.writeValueAsString(
                    List.of(Map.of("data", template.path("sampleItem"))))).status()).isEqualTo(200);
            JsonNode task = manager.postEmpty(base + "/tasks/next").json();
            var submitted = manager.postJson(base + "/assignments/" + task.path("assignmentId").asString() + "/annotation",
                    JSON.writeValueAsString(template.path("sampleAnswer")));
            assertThat(submitted.status()).as(template.path("id").asString() + ": " + submitted.text()).isEqualTo(201);

            String name = taskTypeName(TaskType.of(type));
            assertValid("LabelSchema", template.path("schema"));
            assertValid("LabelAnswer", template.path("sampleAnswer"));
            assertValid(name + "TaskAnswer", template.path("sampleAnswer"));
            assertValid("ItemData", template.path("sampleItem"));
            assertValid("ItemData", task.path("data"));
            taskTypes.add(type);
        }
        assertThat(taskTypes).hasSize(TaskType.values().length);
    }

    @Test
    void answersOfAWrongShapeAreInvalidAgainstTheServedSchemas() {
        for (String wrong : List.of(
                "[\"positive\"]",                                                            // not an object
                "{\"entities\": [{\"start\": \"0\", \"end\": 4, \"label\": \"PERSON\"}]}",   // an offset as a string
                "{\"entities\": [{\"start\": 0, \"end\": 4}]}",                              // a span without label
                "{\"preference\": {\"preferred\": \"first\"}}",                              // neither a position nor "tie"
                "{\"reply\": {\"text\": \"\"}}",                                             // an empty demonstration
                "{\"objects\": {\"objects\": [{\"type\": \"circle\", \"class\": \"car\"}]}}", // no such shape
                "{\"label\": 1.5}",                                                          // no question takes that
                "{\"not a name\": \"positive\"}")) {                                         // not a question's name
            assertThat(errors("LabelAnswer", JSON.readTree(wrong))).as(wrong).isNotEmpty();
        }
        // a spans answer is no answer in a response-comparison project, whose questions have no spans
        assertThat(errors("ResponseComparisonTaskAnswer", JSON.readTree(
                "{\"entities\": [{\"start\": 0, \"end\": 4, \"label\": \"PERSON\"}]}"))).isNotEmpty();
    }

    @Test
    void questionsTheServerRefusesForTheirShapeAreInvalidAgainstTheServedLabelSchema() {
        for (String wrong : List.of(
                "{\"name\": \"label\", \"type\": \"poll\", \"options\": [\"a\", \"b\"]}",       // no such type
                "{\"name\": \"label\", \"type\": \"choice\"}",                                  // a choice without options
                "{\"name\": \"label\", \"type\": \"choice\", \"options\": [\"only\"]}",           // one option is no choice
                "{\"name\": \"quality\", \"type\": \"rating\", \"scale\": \"likert9\"}",          // no such scale
                "{\"name\": \"quality\", \"type\": \"rating\", \"scale\": {\"min\": 0}}",        // a scale without max
                "{\"name\": \"quality\", \"type\": \"rating\"}",                                 // a rating without scale
                "{\"name\": \"objects\", \"type\": \"boxes\", \"classes\": [\"car\"], \"shapes\": [\"circle\"]}",
                "{\"name\": \"2nd\", \"type\": \"text\"}",                                       // not an identifier
                "{\"name\": \"comment\", \"type\": \"text\", \"colour\": \"red\"}")) {             // not a member of text
            String schema = "{\"questions\": [" + wrong + "]}";
            assertThat(errors("LabelSchema", JSON.readTree(schema))).as(wrong).isNotEmpty();
            var refused = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER,
                    "Refused " + wrong.hashCode()), Role.ADMIN, Role.MANAGER)).postJson("/api/v1/projects",
                    "{\"name\": \"Refused\", \"taskType\": \"text-classification\", \"overlap\": 1, \"schema\": " + schema + "}");
            assertThat(refused.status()).as(wrong + ": " + refused.text()).isIn(400, 422);
        }
    }

    private void assertValid(String schema, JsonNode value) {
        assertThat(errors(schema, value)).as(schema + " " + value).isEmpty();
    }

    private List<?> errors(String schema, JsonNode value) {
        Schema described = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + schema));
        return described.validate(value);
    }

    /** The schema name of a task type: span-labeling is SpanLabeling. */
    private static String taskTypeName(TaskType type) {
        var name = new StringBuilder();
        for (String word : type.id().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
