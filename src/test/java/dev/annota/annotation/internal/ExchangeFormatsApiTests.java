package dev.annota.annotation.internal;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formats labs exchange, through the REST API on H2: each one's lines as the other tool reads them (the csv with
 * an RFC 4180 parser, the parquet dataset with DuckDB, an independent Parquet reader), and the filters with a 422
 * naming each bad parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ExchangeFormatsApiTests {

    static final String COMPARISON = """
            {"questions": [{"name": "pref", "type": "comparison",
                            "rubric": [{"name": "helpfulness", "scale": "likert5"}, {"name": "correctness", "scale": "likert5"}]}]}""";

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired JsonMapper json;

    Organization lab;
    CurrentUser manager;
    CurrentUser annotator;
    ApiClient managerApi;
    ApiClient annotatorApi;

    @TempDir Path folder;

    @BeforeEach
    void people() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Exchange lab");
        manager = fixtures.user(lab, Role.MANAGER);
        annotator = fixtures.user(lab, Role.ANNOTATOR);
        managerApi = fixtures.client(manager);
        annotatorApi = fixtures.client(annotator);
    }

    @Test
    void comparisonsExportAsOpenAiDpoPairsHelpSteerScoresLabelStudioTasksCsvRowsAndAParquetDataset() throws Exception {
        Project project = project(TaskType.RESPONSE_COMPARISON, COMPARISON);
        String base = "/api/v1/projects/" + project.id();
        importItems(base, """
                {"external_id": "dns", "data": {"prompt": "Explain DNS", "responses": ["DNS maps names to addresses.", "No idea."]}, "predictions": [{"model": "rm-1", "score": 0.8, "answer": {"pref": {"preferred": 0}}}]}
                {"external_id": "chat", "data": {"messages": [{"role": "user", "content": "2+2?"}], "responses": ["4", "5", "22"]}}
                """);
        answer(annotatorApi, base, """
                {"pref": {"shown_order": [1, 0], "preferred": 0, "scores": [{"helpfulness": 4, "correctness": 5}, {"helpfulness": 1, "correctness": 2}]}}""");
        answer(annotatorApi, base, """
                {"pref": {"shown_order": [0, 1, 2], "preferred": 0, "scores": [{"helpfulness": 5, "correctness": 5}, {"helpfulness": 2, "correctness": 1}, {"helpfulness": 1, "correctness": 1}]}}""");

        List<JsonNode> dpo = lines(managerApi.get(base + "/export?format=openai-dpo"));
        assertThat(dpo).hasSize(3);
        assertThat(dpo.get(0).toString()).isEqualTo("{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"Explain DNS\"}]},"
                + "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"DNS maps names to addresses.\"}],"
                + "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"No idea.\"}]}");
        assertThat(dpo.get(2).get("input").get("messages").get(0).get("content").stringValue()).isEqualTo("2+2?");
        assertThat(dpo.get(2).get("non_preferred_output").get(0).get("content").stringValue()).isEqualTo("22");

        List<JsonNode> steer = lines(managerApi.get(base + "/export?format=helpsteer"));
        assertThat(steer).hasSize(5);
        assertThat(steer.get(0).toString()).isEqualTo(
                "{\"prompt\":\"Explain DNS\",\"response\":\"DNS maps names to addresses.\",\"helpfulness\":4,\"correctness\":5}");
        assertThat(steer.get(2).get("prompt").stringValue()).isEqualTo("<extra_id_1>User\n2+2?");

        var studio = managerApi.get(base + "/export?format=label-studio");
        assertThat(studio.status()).isEqualTo(200);
        JsonNode tasks = studio.json();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).get("data").get("prompt").stringValue()).isEqualTo("Explain DNS");
        assertThat(tasks.get(0).get("meta").get("external_id").stringValue()).isEqualTo("dns");
        assertThat(tasks.get(0).get("predictions").get(0).get("model_version").stringValue()).isEqualTo("rm-1");
        assertThat(tasks.get(0).get("predictions").get(0).get("result").get(0).get("type").stringValue()).isEqualTo("pairwise");
        JsonNode pairwise = tasks.get(0).get("annotations").get(0).get("result").get(0);
        assertThat(pairwise.get("from_name").stringValue()).isEqualTo("pref");
        assertThat(pairwise.get("value").get("selected").stringValue()).isEqualTo("left");
        JsonNode ranker = tasks.get(1).get("annotations").get(0).get("result").get(0);
        assertThat(ranker.get("type").stringValue()).isEqualTo("ranker");
        assertThat(ranker.get("value").get("ranker").get("pref").toString()).isEqualTo("[\"0\",\"1\",\"2\"]");
        JsonNode scored = tasks.get(0).get("annotations").get(0).get("result");
        assertThat(scored.findValuesAsString("from_name")).containsExactly("pref", "pref_helpfulness_0", "pref_correctness_0",
                "pref_helpfulness_1", "pref_correctness_1");
        assertThat(scored.get(4).get("value").get("rating").intValue()).isEqualTo(2);
        // The export reads back into a project of the same schema as the same answers (the shown order aside).
        Project again = project(TaskType.RESPONSE_COMPARISON, COMPARISON);
        var back = managerApi.post("/api/v1/projects/" + again.id() + "/items?format=label-studio&annotations=predictions",
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(studio.text()));
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        var itemRows = managerApi.get("/api/v1/projects/" + again.id() + "/items").json().get("items");
        assertThat(itemRows).hasSize(2);
        JsonNode imported = managerApi.get("/api/v1/projects/" + again.id() + "/items/" + itemRows.get(0).get("id").stringValue())
                .json().get("predictions");
        assertThat(imported.toString()).contains("\"pref\":{\"preferred\":0,\"scores\":[{\"helpfulness\":4,\"correctness\":5},"
                + "{\"helpfulness\":1,\"correctness\":2}]}");

        var csv = managerApi.get(base + "/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toMap().keySet()).containsExactly("item_id", "external_id", "annotation_id", "annotator_id",
                "created_at", "schema_version", "data", "pref");
        assertThat(rows.get(0).get("external_id")).isEqualTo("dns");
        assertThat(rows.get(0).get("annotator_id")).isEqualTo(annotator.id().toString());
        assertThat(json.readTree(rows.get(0).get("pref")).get("preferred").intValue()).isZero();
        assertThat(json.readTree(rows.get(1).get("data")).get("responses")).hasSize(3);

        var zip = managerApi.get(base + "/export?format=parquet&license=cc-by-4.0");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries.keySet()).containsExactly("README.md", "data/train-00000-of-00001.parquet");
        String card = new String(entries.get("README.md"), StandardCharsets.UTF_8);
        assertThat(card).startsWith("---\nlicense: cc-by-4.0\n").contains("  - name: pref\n    dtype: string\n")
                .contains("  - name: schema_version\n    dtype: int64\n").contains("path: data/train-*.parquet");
        Path parquet = folder.resolve("train.parquet");
        Files.write(parquet, entries.get("data/train-00000-of-00001.parquet"));
        try (var duck = DriverManager.getConnection("jdbc:duckdb:"); var statement = duck.createStatement();
             var rs = statement.executeQuery("select external_id, annotator_id, schema_version, pref, data from read_parquet('"
                     + parquet + "') order by external_id")) {
            var read = new ArrayList<String>();
            while (rs.next()) {
                read.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|"
                        + json.readTree(rs.getString(4)).get("preferred").intValue() + "|" + json.readTree(rs.getString(5)).has("responses"));
            }
            assertThat(read).containsExactly("chat|" + annotator.id() + "|1|0|true", "dns|" + annotator.id() + "|1|0|true");
        }
    }

    @Test
    void demonstrationsExportAsOpenAiSupervisedExamples() {
        Project project = project(TaskType.DEMONSTRATION, """
                {"questions": [{"name": "reply", "type": "demonstration"}]}""");
        String base = "/api/v1/projects/" + project.id();
        importItems(base, """
                {"external_id": "p", "data": {"prompt": "Say hello"}}
                {"external_id": "m", "data": {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]}}
                """);
        answer(annotatorApi, base, "{\"reply\": {\"text\": \"Hello!\"}}");
        answer(annotatorApi, base, "{\"reply\": {\"text\": \"Hi.\"}}");
        List<JsonNode> examples = lines(managerApi.get(base + "/export?format=openai-sft"));
        assertThat(examples).extracting(JsonNode::toString).containsExactly(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"},{\"role\":\"assistant\",\"content\":\"Hello!\"}]}",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
                        + "{\"role\":\"assistant\",\"content\":\"Hi.\"}]}");
        assertThat(managerApi.get(base + "/export?format=openai-dpo").status()).isEqualTo(422);
    }

    @Test
    void boxesBecomeLabelStudioRectanglesAndPolygonsInPercentOfTheImage() {
        Project project = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["car", "tree"]}]}""");
        String base = "/api/v1/projects/" + project.id();
        importItems(base, """
                {"external_id": "street", "data": {"image": {"url": "https://images.example/street.png", "width": 200, "height": 100}}}
                """);
        answer(annotatorApi, base, """
                {"objects": {"objects": [{"type": "box", "class": "car", "x": 10, "y": 20, "width": 30, "height": 40},
                                         {"type": "polygon", "class": "tree", "points": [[0, 0], [100, 0], [100, 50]]}]}}""");
        JsonNode task = managerApi.get(base + "/export?format=label-studio").json().get(0);
        assertThat(task.get("data").get("image").stringValue()).isEqualTo("https://images.example/street.png");
        JsonNode result = task.get("annotations").get(0).get("result");
        assertThat(result.get(0).get("type").stringValue()).isEqualTo("rectanglelabels");
        assertThat(result.get(0).get("to_name").stringValue()).isEqualTo("image");
        assertThat(result.get(0).get("original_width").intValue()).isEqualTo(200);
        assertThat(result.get(0).get("value").toString()).isEqualTo(
                "{\"x\":5.0,\"y\":20.0,\"width\":15.0,\"height\":40.0,\"rotation\":0,\"rectanglelabels\":[\"car\"]}");
        assertThat(result.get(1).get("type").stringValue()).isEqualTo("polygonlabels");
        assertThat(result.get(1).get("value").get("points").toString()).isEqualTo("[[0.0,0.0],[50.0,0.0],[50.0,50.0]]");
    }

    @Test
    void filtersKeepAPeriodAWorkforceOrEachItemsConsensusAndABadOneIsA422NamingItsParameter() {
        var setup = fixtures.labProject("Filter lab", 2, 2);
        Organization vendor = fixtures.engagedVendor(setup);
        CurrentUser inHouse = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser outside = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient api = fixtures.client(setup.manager());
        String base = "/api/v1/projects/" + setup.project().id();
        for (CurrentUser person : List.of(inHouse, outside)) {
            ApiClient client = fixtures.client(person);
            answer(client, base, "{\"label\": \"a\"}");
            answer(client, base, "{\"label\": \"" + (person == inHouse ? "b" : "a") + "\"}");
        }

        assertThat(csv(api, base + "/export?format=csv")).hasSize(4);
        assertThat(csv(api, base + "/export?format=csv&workforce=" + vendor.id()))
                .extracting(r -> r.get("annotator_id")).containsOnly(outside.id().toString()).hasSize(2);
        assertThat(csv(api, base + "/export?format=csv&workforce=" + setup.lab().id()))
                .extracting(r -> r.get("annotator_id")).containsOnly(inHouse.id().toString()).hasSize(2);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(csv(api, base + "/export?format=csv&from=" + today + "&to=" + today)).hasSize(4);
        assertThat(csv(api, base + "/export?format=csv&from=" + tomorrow)).isEmpty();
        assertThat(lines(api.get(base + "/export?from=" + tomorrow))).as("jsonl leaves out items without kept answers").isEmpty();
        assertThat(lines(api.get(base + "/export?workforce=" + vendor.id())))
                .allSatisfy(line -> assertThat(line.get("annotations")).hasSize(1));

        List<CSVRecord> consensus = csv(api, base + "/export?format=csv&answers=consensus&aggregate=mv");
        assertThat(consensus).hasSize(2);
        assertThat(consensus.getFirst().toMap().keySet()).containsExactly("item_id", "external_id", "data", "method", "label",
                "label_confidence");
        assertThat(consensus).extracting(r -> r.get("method")).containsOnly("mv");
        assertThat(csv(api, base + "/export?format=csv&answers=consensus&workforce=" + vendor.id()))
                .extracting(r -> r.get("label")).containsOnly("a");

        assertRefused(api, base + "/export?format=csv&from=yesterday", "from");
        assertRefused(api, base + "/export?format=csv&from=" + tomorrow + "&to=" + today, "to");
        assertRefused(api, base + "/export?format=csv&workforce=vendor", "workforce");
        assertRefused(api, base + "/export?format=csv&workforce=" + fixtures.organization(OrganizationKind.WORKFORCE, "Other").id(), "workforce");
        assertRefused(api, base + "/export?format=csv&answers=some", "answers");
        assertRefused(api, base + "/export?format=label-studio&answers=consensus", "answers");
        assertRefused(api, base + "/export?format=csv&answers=consensus&aggregate=best", "aggregate");
        assertRefused(api, base + "/export?format=parquet&license=Not%20a%20licence", "license");
        assertRefused(api, base + "/export?format=openai-dpo", "format");
        assertRefused(api, base + "/export/summary?format=csv&review=some", "review");
        assertThat(api.get(base + "/export/formats").json()).extracting(f -> f.get("id").stringValue())
                .containsExactly("jsonl", "csv", "label-studio", "parquet");
    }

    private void assertRefused(ApiClient api, String path, String field) {
        var response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(422);
        assertThat(response.json().get("field").stringValue()).as(path).isEqualTo(field);
    }

    private List<CSVRecord> csv(ApiClient api, String path) {
        var response = api.get(path);
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.text())).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Project project(TaskType type, String schema) {
        return projects.create(manager, new ProjectSettings(type.id() + " exchange", "# Guidelines", type, json.readTree(schema), 1, 600, 0));
    }

    private void importItems(String base, String lines) {
        var response = managerApi.postJsonLines(base + "/items", lines);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private void answer(ApiClient client, String base, String answer) {
        WorkSteps.answerNext(client, base, answer);
    }

    private List<JsonNode> lines(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var result = new ArrayList<JsonNode>();
        for (String line : response.text().split("\n")) {
            if (!line.isBlank()) {
                result.add(json.readTree(line));
            }
        }
        return result;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
