package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.statistics.BradleyTerry;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.quality.QualitySettings;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreement, consensus and rankings beyond single choice, over HTTP: boxes (IoU F1, consensus in the export),
 * comparisons (Bradley–Terry per prompt and per model, who may see it), spans and multiple choice (F1, MASI alpha),
 * and the drift alert from a gold history.
 */
@ApiTest
class QualityOfEveryKindApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired WorkQueue queue;
    @Autowired QualitySettingsStore settings;

    private Organization lab;
    private CurrentUser managerUser;
    private ApiClient manager;

    @BeforeEach
    void aLab() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Kinds lab");
        managerUser = fixtures.user(lab, Role.MANAGER);
        manager = fixtures.client(managerUser);
    }

    private Project project(TaskType type, String schema, int overlap, String itemsJsonl) {
        Project p = projects.create(managerUser, new ProjectSettings(type.id() + " kinds", "# Guidelines", type,
                JSON.readTree(schema), overlap, 600, 0));
        fixtures.importItems(p, managerUser, itemsJsonl);
        return p;
    }

    /** The annotator claims every item they can and answers each with {@code answer(item data)}. */
    private void answerAll(Project p, CurrentUser annotator, Function<JsonNode, String> answer) {
        var access = fixtures.access(p, annotator);
        for (var task = queue.next(access); task.isPresent(); task = queue.next(access)) {
            queue.submit(access, task.get().assignmentId(), JSON.readTree(answer.apply(task.get().data())), null);
        }
    }

    private static List<JsonNode> lines(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var list = new ArrayList<JsonNode>();
        for (String line : response.text().split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.path(field).asString("").equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + list);
    }

    private static JsonNode pair(JsonNode report, String question, UUID a, UUID b) {
        for (JsonNode n : report.get("pairs")) {
            var ids = List.of(n.get("first").asString(), n.get("second").asString());
            if (n.get("question").asString().equals(question) && ids.contains(a.toString()) && ids.contains(b.toString())) {
                return n;
            }
        }
        throw new AssertionError("no pair " + a + "/" + b + " on " + question);
    }

    @Test
    void boxesAreAgreedByIouClusteringInTheExportAndMeasuredByIouMatchedF1PerPairAndProject() {
        Project p = project(TaskType.IMAGE_BOXES, """
                {"questions": [{"name": "objects", "type": "boxes", "classes": ["car", "person"]}]}""", 3, """
                {"external_id": "street", "data": {"image": {"url": "/street.png", "width": 100, "height": 100}}}
                {"external_id": "empty", "data": {"image": {"url": "/empty.png", "width": 100, "height": 100}}}
                """);
        var a = fixtures.user(lab, Role.ANNOTATOR);
        var b = fixtures.user(lab, Role.ANNOTATOR);
        var c = fixtures.user(lab, Role.ANNOTATOR);
        Function<String, Function<JsonNode, String>> drawing = street -> data ->
                data.get("image").get("url").asString().equals("/street.png") ? street : "{\"objects\": {\"objects\": []}}";
        answerAll(p, a, drawing.apply("{\"objects\": {\"objects\": [{\"type\": \"box\", \"class\": \"car\", \"x\": 10, \"y\": 10, \"width\": 20, \"height\": 10}]}}"));
        answerAll(p, b, drawing.apply("{\"objects\": {\"objects\": [{\"type\": \"box\", \"class\": \"car\", \"x\": 12, \"y\": 10, \"width\": 20, \"height\": 10}]}}"));
        answerAll(p, c, drawing.apply("{\"objects\": {\"objects\": [{\"type\": \"box\", \"class\": \"car\", \"x\": 11, \"y\": 11, \"width\": 20, \"height\": 10},"
                + " {\"type\": \"polygon\", \"class\": \"person\", \"points\": [[60, 60], [70, 60], [65, 90]]}]}}"));
        String base = "/api/v1/projects/" + p.id();

        var export = lines(manager.get(base + "/export?aggregate=ds"));
        JsonNode street = export.stream().filter(l -> l.get("external_id").asString().equals("street")).findFirst().orElseThrow();
        JsonNode consensus = street.get("consensus");
        assertThat(consensus.get("method").asString()).isEqualTo("iou-cluster");
        assertThat(consensus.get("methods").get("objects").asString()).isEqualTo("iou-cluster");
        JsonNode objects = consensus.get("answer").get("objects").get("objects");
        assertThat(objects).hasSize(1); // the person is c's alone
        assertThat(objects.get(0).get("class").asString()).isEqualTo("car");
        assertThat(objects.get(0).get("x").asDouble()).isCloseTo(11, within(1e-9)); // mean of 10, 12, 11
        assertThat(objects.get(0).get("y").asDouble()).isCloseTo(31.0 / 3, within(1e-9));
        assertThat(objects.get(0).get("support").asInt()).isEqualTo(3);
        assertThat(consensus.get("confidence").get("objects").asDouble()).isEqualTo(1.0);
        JsonNode empty = export.stream().filter(l -> l.get("external_id").asString().equals("empty")).findFirst().orElseThrow();
        assertThat(empty.get("consensus").get("answer").get("objects").get("objects")).isEmpty();
        assertThat(empty.get("consensus").get("confidence").get("objects").asDouble()).isEqualTo(1.0);

        var aggregate = manager.get(base + "/aggregate");
        assertThat(aggregate.status()).isEqualTo(200);
        assertThat(aggregate.json().get("items").get(0).get("boxes").get("objects").get("annotators").asInt()).isEqualTo(3);

        JsonNode report = manager.get(base + "/quality").json();
        // Each pair matches its car (IoU >= 0.5 for all three); c's person is unmatched. Pairs: a-b (1 of 1, 1),
        // a-c and b-c (1 of 1, 2). Project: 2·3 / (3 + 5) = 0.75.
        assertThat(find(report.get("questions"), "question", "objects").get("measures").get("f1Iou50").asDouble())
                .isCloseTo(0.75, within(1e-12));
        assertThat(pair(report, "objects", a.id(), b.id()).get("measures").get("f1Iou50").asDouble()).isEqualTo(1.0);
        assertThat(pair(report, "objects", a.id(), c.id()).get("measures").get("f1Iou50").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pair(report, "objects", b.id(), c.id()).get("items").asInt()).isEqualTo(2);
    }

    @Test
    void comparisonsRankResponsesPerPromptAndTheModelsBehindThemForTheOwnersReviewersOnly() {
        Project p = project(TaskType.RESPONSE_COMPARISON, """
                {"questions": [{"name": "pref", "type": "comparison", "ties": true}]}""", 3, """
                {"external_id": "p1", "data": {"prompt": "one", "responses": [{"content": "a", "model": "alpha"}, {"content": "b", "model": "beta"}]}}
                {"external_id": "p2", "data": {"prompt": "two", "responses": [{"content": "c", "model": "beta"}, {"content": "d", "model": "alpha"}]}}
                """);
        var x = fixtures.user(lab, Role.ANNOTATOR);
        var y = fixtures.user(lab, Role.ANNOTATOR);
        var z = fixtures.user(lab, Role.ANNOTATOR);
        Function<Integer, Function<JsonNode, String>> prefer = onTwo -> data -> "{\"pref\": {\"shown_order\": [0, 1], \"preferred\": "
                + (data.get("prompt").asString().equals("one") ? 0 : onTwo) + "}}";
        answerAll(p, x, prefer.apply(1));
        answerAll(p, y, prefer.apply(1));
        answerAll(p, z, prefer.apply(0)); // z prefers beta's response on p2
        String base = "/api/v1/projects/" + p.id();

        var reviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        var response = reviewer.get(base + "/quality/rankings");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode question = response.json().get("questions").get(0);
        assertThat(question.get("question").asString()).isEqualTo("pref");
        assertThat(question.get("answers").asInt()).isEqualTo(6);
        // alpha won 5 of the 6 comparisons. The same outcomes fed to the model directly give the same figures.
        var direct = new BradleyTerry();
        for (int i = 0; i < 5; i++) {
            direct.win("alpha", "beta");
        }
        direct.win("beta", "alpha");
        var expected = direct.fit(1);
        JsonNode models = question.get("models");
        assertThat(models).hasSize(2);
        assertThat(models.get(0).get("model").asString()).isEqualTo("alpha");
        assertThat(models.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(models.get(0).get("wins").asDouble()).isEqualTo(5.0);
        assertThat(models.get(0).get("comparisons").asInt()).isEqualTo(6);
        assertThat(models.get(0).get("score").asDouble()).isCloseTo(expected.get(0).score(), within(1e-9));
        assertThat(models.get(0).get("standardError").asDouble()).isCloseTo(expected.get(0).standardError(), within(1e-9));
        JsonNode p1 = find(question.get("prompts"), "externalId", "p1");
        assertThat(p1.get("responses").get(0).get("response").asInt()).isEqualTo(0);
        assertThat(p1.get("responses").get(0).get("model").asString()).isEqualTo("alpha");
        assertThat(p1.get("responses").get(0).get("wins").asDouble()).isEqualTo(3.0);
        assertThat(response.text()).doesNotContain("\"a\"").doesNotContain("one"); // no response text, no prompt

        assertThat(fixtures.client(fixtures.user(lab, Role.ANNOTATOR)).get(base + "/quality/rankings").status()).isEqualTo(403);
        var outsider = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN);
        assertThat(fixtures.client(outsider).get(base + "/quality/rankings").status()).isEqualTo(404);

        var export = lines(manager.get(base + "/export?aggregate=mv"));
        JsonNode line = export.stream().filter(l -> l.get("external_id").asString().equals("p2")).findFirst().orElseThrow();
        assertThat(line.get("consensus").get("methods").get("pref").asString()).isEqualTo("bradley-terry");
        assertThat(line.get("consensus").get("answer").get("pref").get("ranking").toString()).isEqualTo("[2,1]");
        assertThat(line.get("consensus").get("confidence").get("pref").asDouble()).isBetween(0.5, 1.0);

        JsonNode report = manager.get(base + "/quality").json();
        JsonNode agreement = find(report.get("questions"), "question", "pref");
        // p1: all three agree (1); p2: one pair of three (1/3).
        assertThat(agreement.get("measures").get("percentAgreement").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pair(report, "pref", x.id(), y.id()).get("measures").get("percentAgreement").asDouble()).isEqualTo(1.0);
        assertThat(pair(report, "pref", x.id(), z.id()).get("measures").get("percentAgreement").asDouble()).isEqualTo(0.5);
    }

    @Test
    void spansAreComparedByExactAndOverlapF1AndLabelSetsByMasiAlpha() {
        Project p = project(TaskType.SPAN_LABELING, """
                {"questions": [{"name": "entities", "type": "spans", "labels": ["PER"]},
                               {"name": "topics", "type": "choice", "multiple": true, "options": ["x", "y", "z"]}]}""", 2, """
                {"external_id": "s1", "data": {"text": "Ada Lovelace met Charles Babbage"}}
                {"external_id": "s2", "data": {"text": "Nobody here"}}
                """);
        var first = fixtures.user(lab, Role.ANNOTATOR);
        var second = fixtures.user(lab, Role.ANNOTATOR);
        answerAll(p, first, data -> data.get("text").asString().startsWith("Ada")
                ? "{\"entities\": [{\"start\": 0, \"end\": 12, \"label\": \"PER\"}, {\"start\": 17, \"end\": 32, \"label\": \"PER\"}], \"topics\": [\"x\", \"y\"]}"
                : "{\"entities\": [], \"topics\": [\"z\"]}");
        answerAll(p, second, data -> data.get("text").asString().startsWith("Ada")
                ? "{\"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}, {\"start\": 17, \"end\": 32, \"label\": \"PER\"}], \"topics\": [\"x\"]}"
                : "{\"entities\": [], \"topics\": [\"z\"]}");
        JsonNode report = manager.get("/api/v1/projects/" + p.id() + "/quality").json();
        JsonNode spans = find(report.get("questions"), "question", "entities");
        assertThat(spans.get("kind").asString()).isEqualTo("spans");
        assertThat(spans.get("measures").get("f1Exact").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(spans.get("measures").get("f1Overlap").asDouble()).isEqualTo(1.0);
        JsonNode topics = find(report.get("questions"), "question", "topics");
        // Units ({x,y},{x}) and ({z},{z}): D_o = 1/3, D_e = 7/9, alpha = 4/7 (the formulas are in docs/quality.md).
        assertThat(topics.get("measures").get("alphaMasi").asDouble()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(topics.get("measures").get("percentAgreement").asDouble()).isEqualTo(0.5);
        assertThat(pair(report, "entities", first.id(), second.id()).get("measures").get("f1Exact").asDouble())
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void anAnnotatorWhoseLastTenGoldAnswersWereWrongAfterTenRightIsShownAsDrifting() {
        var lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append("{\"external_id\": \"g").append(i).append("\", \"data\": {\"text\": \"gold ").append(i)
                    .append("\"}, \"gold\": {\"label\": \"a\"}}\n");
        }
        lines.append("{\"external_id\": \"n1\", \"data\": {\"text\": \"plain\"}}\n");
        Project p = projects.create(managerUser, new ProjectSettings("drift", "# G", TaskType.TEXT_CLASSIFICATION,
                JSON.readTree(Fixtures.SCHEMA), 2, 600, 0));
        fixtures.importItems(p, managerUser, lines.toString());
        settings.change(fixtures.access(p, managerUser), new QualitySettings(1.0, 0, 0.0, 0.0, 1, null, null), true);
        var steady = fixtures.user(lab, Role.ANNOTATOR);
        var slipping = fixtures.user(lab, Role.ANNOTATOR);
        answerAll(p, steady, data -> "{\"label\": \"a\"}");
        int[] seen = {0};
        answerAll(p, slipping, data -> "{\"label\": \"" + (data.get("text").asString().startsWith("gold") && seen[0]++ >= 10 ? "b" : "a") + "\"}");

        JsonNode report = manager.get("/api/v1/projects/" + p.id() + "/quality").json();
        JsonNode drifting = report.get("drifting");
        assertThat(drifting).hasSize(1);
        assertThat(drifting.get(0).get("annotatorId").asString()).isEqualTo(slipping.id().toString());
        assertThat(drifting.get(0).get("recentCorrect").asInt()).isZero();
        assertThat(drifting.get(0).get("recentAnswered").asInt()).isEqualTo(10);
        assertThat(drifting.get(0).get("belowOwnEarlier").asBoolean()).isTrue();
        assertThat(drifting.get(0).get("belowProject").asBoolean()).isTrue();
        assertThat(drifting.get(0).get("message").asString()).contains("0 of the last 10");
        assertThat(report.get("alerts")).isEmpty(); // pausing is off: a drift is a warning, not a pause
    }

}
