package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** An annotator reads their own answers, read-only, and no more; claims are limited per annotator per minute. */
@ApiTest
class LeastPrivilegeApiTests {

    @Autowired
    Fixtures fixtures;
    @Value("${annota.claims.per-minute:120}")
    int perMinute;

    private static Response claim(ApiClient c, Project p) {
        return c.post("/api/v1/projects/" + p.id() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void anAnnotatorPagesThroughTheirOwnAnswersAndSeesNoOneElses() {
        var setup = fixtures.labProject("Lab", 2, 3);
        CurrentUser me = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser other = fixtures.user(setup.lab(), Role.ANNOTATOR);
        for (CurrentUser who : new CurrentUser[] {me, other}) {
            ApiClient c = fixtures.client(who);
            for (int i = 0; i < 3; i++) {
                JsonNode task = claim(c, setup.project()).json();
                assertThat(c.postJson("/api/v1/projects/" + setup.project().id() + "/assignments/" + task.get("assignmentId").asString()
                        + "/annotation", "{\"label\":\"" + (who == me ? "a" : "b") + "\"}").status()).isEqualTo(201);
            }
        }
        ApiClient c = fixtures.client(me);
        String base = "/api/v1/projects/" + setup.project().id() + "/my-annotations";
        JsonNode first = c.get(base + "?limit=2").json();
        assertThat(first.get("annotations")).hasSize(2);
        JsonNode second = c.get(base + "?limit=2&after=" + first.get("next").asString()).json();
        assertThat(second.get("annotations")).hasSize(1);
        assertThat(second.get("next").isNull()).isTrue();
        for (JsonNode page : new JsonNode[] {first, second}) {
            for (JsonNode a : page.get("annotations")) {
                assertThat(a.get("annotatorId").asString()).isEqualTo(me.id().toString());
                assertThat(a.get("answer").get("label").asString()).isEqualTo("a");
                assertThat(a.toString()).doesNotContain("text ");  // no item payload
            }
        }
        // Read-only: nothing but GET there.
        assertThat(c.postJson(base, "{}").status()).isIn(403, 405);
        // A customer of elsewhere learns nothing.
        CurrentUser stranger = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other"), Role.ANNOTATOR);
        assertThat(fixtures.client(stranger).get(base).status()).isEqualTo(404);
    }

    @Test
    void claimsBeyondTheLimitOfAMinuteAre429WithRetryAfter() throws InterruptedException {
        var setup = fixtures.labProject("Lab", 1, 1);
        ApiClient c = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        // The window is the wall-clock minute: start early in one so all claims fall in it.
        Instant now = Instant.now();
        if (now.until(now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60), ChronoUnit.SECONDS) < 20) {
            Thread.sleep(21_000);
        }
        for (int i = 0; i < perMinute; i++) {
            assertThat(claim(c, setup.project()).status()).as("claim " + (i + 1)).isEqualTo(200);
        }
        Response refused = claim(c, setup.project());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        int retry = Integer.parseInt(refused.header("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1, 60);
        // Another annotator is not slowed by it.
        assertThat(claim(fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR)), setup.project()).status()).isEqualTo(204);
    }
}
