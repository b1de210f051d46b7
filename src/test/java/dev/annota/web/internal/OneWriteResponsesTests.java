package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (Tomcat): an API answer that fits the server's buffer is sent whole, with its Content-Length, where
 * the converters' flush used to commit it chunked; an export larger than the buffer still streams.
 */
@ApiTest
class OneWriteResponsesTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;

    private Project project;
    private ApiClient manager;
    private ApiClient annotator;

    @BeforeEach
    void aProject() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "One write lab");
        CurrentUser user = fixtures.user(lab, Role.MANAGER);
        project = fixtures.project(user, 1, 600);
        manager = ApiClient.withToken(port, tokens.issue(user, "test", 1).secret());
        annotator = ApiClient.withToken(port, tokens.issue(fixtures.user(lab, Role.ANNOTATOR), "test", 1).secret());
    }

    @Test
    void aClaimAndASubmitAnswerWithTheirLengthNotChunked() {
        importItems(1);
        var task = annotator.post("/api/v1/projects/" + project.id() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        assertWhole(task);
        var submitted = annotator.postJson("/api/v1/projects/" + project.id() + "/assignments/"
                + task.json().get("assignmentId").asString() + "/annotation", "{\"label\": \"a\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertWhole(submitted);
        var problem = annotator.postJson("/api/v1/projects/" + project.id() + "/assignments/" + java.util.UUID.randomUUID()
                + "/annotation", "{\"label\": \"a\"}");
        assertThat(problem.status()).as(problem.toString()).isEqualTo(404);
        assertWhole(problem);
    }

    @Test
    void anExportLargerThanTheBufferStillStreamsWhole() {
        importItems(400);
        var export = manager.get("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().length).isGreaterThan(8 * 1024);
        assertThat(export.header("Transfer-Encoding")).hasValue("chunked");
        assertThat(export.text().lines().filter(l -> !l.isBlank()).count()).isEqualTo(400);
    }

    private static void assertWhole(ApiClient.Response answer) {
        assertThat(answer.header("Transfer-Encoding")).as(answer.toString()).isEmpty();
        assertThat(answer.header("Content-Length")).as(answer.toString()).hasValue(String.valueOf(answer.body().length));
    }

    private void importItems(int n) {
        String jsonl = IntStream.range(0, n)
                .mapToObj(i -> "{\"external_id\":\"w-" + i + "\",\"data\":{\"text\":\"" + "word ".repeat(20) + i + "\"}}")
                .collect(Collectors.joining("\n"));
        var answer = manager.post("/api/v1/projects/" + project.id() + "/items", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofString(jsonl));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
}
