package dev.annota.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.item.LeakMarks;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leak marks through the API, on whichever database the subclass configures: served only when the project opts in,
 * never stored, span offsets unaffected, and a pasted paragraph traced to its claim or review by the owner's admins
 * alone (docs/trust.md, "Leaks traced to their source").
 */
abstract class LeakTraceScenario {

    /** 4 sentences, 2 paragraphs, an emoji with a skin tone and a combining accent before the span "Paris". */
    static final String TEXT = "Zoe\u0301 👩🏽‍💻 flew from Paris to Lyon on Tuesday morning with the quarterly report. "
            + "She met the team at noon, and they reviewed every figure twice.\nThe second paragraph is here so that a "
            + "paragraph can be pasted on its own, carrying its marks along with it.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;

    Organization lab;
    CurrentUser admin;
    CurrentUser manager;
    CurrentUser annotator;
    ApiClient adminApi;
    ApiClient managerApi;
    ApiClient annotatorApi;
    Project project;
    String base;

    @BeforeEach
    void aSpansProjectOfTheLab() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Leaky lab");
        admin = fixtures.user(lab, Role.ADMIN);
        manager = fixtures.user(lab, Role.MANAGER);
        annotator = fixtures.user(lab, Role.ANNOTATOR);
        adminApi = fixtures.client(admin);
        managerApi = fixtures.client(manager);
        annotatorApi = fixtures.client(annotator);
        project = projects.create(manager, new ProjectSettings("Leaks " + UUID.randomUUID().toString().substring(0, 8),
                "# Guidelines", TaskType.SPAN_LABELING,
                JSON.readTree("{\"questions\": [{\"name\": \"entities\", \"type\": \"spans\", \"labels\": [\"PER\", \"LOC\"]}]}"),
                1, 600, 0));
        base = "/api/v1/projects/" + project.id();
        String line = JSON.writeValueAsString(Map.of("data", Map.of("text", TEXT)));
        var imported = managerApi.post(base + "/items", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString(line + "\n" + line + "\n" + line + "\n"));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    }

    private ApiClient.Response marks(boolean on) {
        return managerApi.putJson(base + "/leak-marks", "{\"enabled\": " + on + "}");
    }

    private ApiClient.Response trace(ApiClient who, String text) {
        return who.postJson(base + "/trace", JSON.writeValueAsString(Map.of("text", text)));
    }

    /** "Paris" in the item as stored: code points 20 to 25 (the combining accent and the emoji count as they are). */
    private static String parisSpan(String text) {
        return "{\"entities\": [{\"start\": 20, \"end\": 25, \"label\": \"LOC\", \"text\": " + JSON.writeValueAsString(text) + "}]}";
    }

    /** "Zoé" (Z, o, e and a combining accent: code points 0 to 4), labelled PER, with the text as the client copied it. */
    private static String zoeSpan(String text) {
        return "{\"entities\": [{\"start\": 0, \"end\": 4, \"label\": \"PER\", \"text\": " + JSON.writeValueAsString(text) + "}]}";
    }

    @Test
    void marksAreServedOnlyOnAProjectThatOptsInAndAnswersAreStoredWithoutThemAtTheSameOffsets() {
        assertThat(managerApi.get(base + "/leak-marks").json().get("enabled").asBoolean()).isFalse();
        JsonNode plain = annotatorApi.postEmpty(base + "/tasks/next").json();
        assertThat(plain.get("data").get("text").asString()).isEqualTo(TEXT);
        assertThat(plain.has("watermark")).isFalse();
        assertThat(annotatorApi.postJson(base + "/assignments/" + plain.get("assignmentId").asString() + "/annotation",
                parisSpan("Paris")).status()).isEqualTo(201);

        var on = marks(true);
        assertThat(on.status()).as(on.text()).isEqualTo(200);
        assertThat(on.json().get("enabled").asBoolean()).isTrue();
        assertThat(managerApi.get(base + "/leak-marks").json().get("enabled").asBoolean()).isTrue();
        assertThat(adminEvents()).as("an administrative event in the owner's access log").anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("project.settings");
            assertThat(e.get("detail").asString()).isEqualTo("leakMarks=true");
        });

        JsonNode task = annotatorApi.postEmpty(base + "/tasks/next").json();
        String served = task.get("data").get("text").asString();
        UUID assignment = UUID.fromString(task.get("assignmentId").asString());
        assertThat(served).isNotEqualTo(TEXT).contains("\u2060");
        assertThat(LeakMarks.strip(served)).isEqualTo(TEXT);
        assertThat(LeakMarks.read(served).codes()).containsOnly(LeakMarks.code(assignment));
        assertThat(task.get("watermark").asString()).isEqualTo(Pseudonyms.of(lab.id(), annotator.id()));

        // A client that copies the span's text from what it was shown sends marks along: stored without them.
        String shownZoe = served.substring(0, LeakMarks.CODE_BITS + 1 + 4);
        assertThat(LeakMarks.read(shownZoe).codes()).as("the copied span carries a frame").hasSize(1);
        var submitted = annotatorApi.postJson(base + "/assignments/" + assignment + "/annotation", zoeSpan(shownZoe));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String mine = annotatorApi.get(base + "/my-annotations").text();
        assertThat(mine).doesNotContain("\u2060", "\u200B", "\u200C").contains("\"start\":0", "\"end\":4", "\"text\":\"Zoe\u0301\"");

        assertThat(marks(false).json().get("enabled").asBoolean()).isFalse();
        JsonNode after = annotatorApi.postEmpty(base + "/tasks/next").json();
        assertThat(after.get("data").get("text").asString()).isEqualTo(TEXT);
        assertThat(after.has("watermark")).isFalse();
    }

    @Test
    void aPastedParagraphIsTracedToTheClaimThatShowedItByTheOwnersAdminsAlone(@TempDir Path dir) throws Exception {
        marks(true);
        JsonNode first = annotatorApi.postEmpty(base + "/tasks/next").json();
        CurrentUser other = fixtures.user(lab, Role.ANNOTATOR);
        JsonNode second = fixtures.client(other).postEmpty(base + "/tasks/next").json();
        String served = second.get("data").get("text").asString();
        String paragraph = served.substring(served.indexOf('\n') + 1);

        var traced = trace(adminApi, "Found on a forum:\n" + paragraph + "\n(end)");
        assertThat(traced.status()).as(traced.text()).isEqualTo(200);
        JsonNode views = traced.json().get("views");
        assertThat(views).hasSize(1);
        assertThat(views.get(0).get("viewId").asString()).isEqualTo(second.get("assignmentId").asString())
                .isNotEqualTo(first.get("assignmentId").asString());
        assertThat(views.get(0).get("kind").asString()).isEqualTo("claim");
        assertThat(views.get(0).get("pseudonym").asString()).isEqualTo(Pseudonyms.of(lab.id(), other.id()));
        assertThat(views.get(0).get("itemId").asString()).isEqualTo(second.get("itemId").asString());
        assertThat(views.get(0).get("fullCodes").asInt()).isPositive();
        assertThat(views.get(0).get("strength").asString()).isEqualTo("conclusive");
        assertThat(views.get(0).get("viewedAt").isNull()).isFalse();
        assertThat(trace(adminApi, LeakMarks.strip(paragraph)).json().get("views")).as("retyped: nobody").isEmpty();

        // Only the owner's admins: not its manager, nor the annotator, nor an engaged vendor's admin; another lab's admin
        // does not even see the project.
        assertThat(trace(managerApi, paragraph).status()).isEqualTo(403);
        assertThat(trace(annotatorApi, paragraph).status()).isEqualTo(403);
        var vendor = fixtures.engagedVendor(new Fixtures.LabProject(lab, manager, project));
        assertThat(trace(fixtures.client(fixtures.user(vendor, Role.ADMIN, Role.MANAGER)), paragraph).status()).isEqualTo(403);
        var stranger = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        assertThat(trace(fixtures.client(fixtures.user(stranger, Role.ADMIN)), paragraph).status()).isEqualTo(404);
        assertThat(fixtures.client(fixtures.user(vendor, Role.ADMIN, Role.MANAGER)).putJson(base + "/leak-marks", "{\"enabled\": false}")
                .status()).isEqualTo(403);
        assertThat(trace(adminApi, "").status()).isEqualTo(422);

        // The command, against this server's API with an admin's token.
        Path leaked = dir.resolve("leaked.txt");
        Files.writeString(leaked, paragraph, StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = TraceCommand.run(new String[] {"--text", leaked.toString(), "--server", "http://localhost:" + fixtures.port(),
                "--project", project.id().toString()}, Map.of("ANNOTA_TOKEN", fixtures.token(admin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("conclusive claim view " + second.get("assignmentId").asString(),
                Pseudonyms.of(lab.id(), other.id()));
        exit = TraceCommand.run(new String[] {"--text", leaked.toString(), "--server", "http://localhost:" + fixtures.port(),
                "--project", project.id().toString()}, Map.of("ANNOTA_TOKEN", fixtures.token(manager)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("403");
    }

    @Test
    void aReviewersViewCarriesTheReviewsOwnMarks() throws InterruptedException {
        assertThat(managerApi.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
        marks(true);
        JsonNode task = annotatorApi.postEmpty(base + "/tasks/next").json();
        assertThat(annotatorApi.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                parisSpan("Paris")).status()).isEqualTo(201);
        WorkSteps.awaitWaitingReviews(managerApi, base, 1);
        CurrentUser reviewer = fixtures.user(lab, Role.REVIEWER);
        ApiClient reviewerApi = fixtures.client(reviewer);
        JsonNode review = reviewerApi.postEmpty(base + "/reviews/next").json();
        String shown = review.get("item").get("payload").get("text").asString();
        assertThat(LeakMarks.strip(shown)).isEqualTo(TEXT);
        assertThat(LeakMarks.read(shown).codes()).containsOnly(LeakMarks.code(UUID.fromString(review.get("reviewId").asString())));
        assertThat(review.get("watermark").asString()).isEqualTo(Pseudonyms.of(lab.id(), reviewer.id()));

        JsonNode views = trace(adminApi, shown.substring(0, 120)).json().get("views");
        assertThat(views).hasSize(1);
        assertThat(views.get(0).get("kind").asString()).isEqualTo("review");
        assertThat(views.get(0).get("viewId").asString()).isEqualTo(review.get("reviewId").asString());
        assertThat(views.get(0).get("pseudonym").asString()).isEqualTo(Pseudonyms.of(lab.id(), reviewer.id()));

        // A correction copied from the marked text is stored without the marks.
        var decided = reviewerApi.postJson(base + "/reviews/" + review.get("reviewId").asString() + "/decision",
                "{\"fencingToken\":" + review.get("fencingToken").asLong() + ",\"decision\":\"CORRECT\",\"answer\":"
                        + zoeSpan(shown.substring(0, LeakMarks.CODE_BITS + 1 + 4)) + "}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        String history = managerApi.get(base + "/export?format=jsonl&review=history").text();
        assertThat(history).contains("\"label\":\"PER\"").doesNotContain("\\u2060", "\u2060", "\u200C");
    }

    /** The owner's access log as its admin downloads it, after a checkpoint. */
    private java.util.List<JsonNode> adminEvents() {
        assertThat(adminApi.postEmpty("/api/v1/audit/checkpoint").status()).isEqualTo(200);
        return adminApi.get("/api/v1/audit/events").text().lines().map(JSON::readTree).toList();
    }
}
