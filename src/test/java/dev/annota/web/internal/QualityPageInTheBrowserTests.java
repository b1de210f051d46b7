package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.testing.ApiClient;
import dev.annota.testing.BrowserTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The quality pages' gold figures as a manager and an annotator read them: the observed share with its interval, never
 * the posterior's pull towards 50 % (0 right of 2 is not "25 %"), and no figure at all for someone with no gold answered.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class QualityPageInTheBrowserTests extends InTheBrowser {

    @Autowired
    Fixtures fixtures;

    @Test
    void goldAccuracyReadsAsTheObservedShareAndIsLeftOutForSomeoneWithNoGoldAnswered() throws IOException {
        var setup = fixtures.labProject("Quality page lab", 1, 0);
        ApiClient manager = fixtures.client(setup.manager());
        String base = "/api/v1/projects/" + setup.project().id();
        assertThat(manager.post(base + "/items", "application/x-ndjson", HttpRequest.BodyPublishers.ofString("""
                {"external_id": "g1", "data": {"text": "one"}}
                {"external_id": "g2", "data": {"text": "two"}}
                {"external_id": "n1", "data": {"text": "three"}}
                """)).status()).isEqualTo(200);
        for (String line : manager.get(base + "/export?includeUnlabeled=true").text().split("\n")) {
            JsonNode item = json(line);
            if (item.get("external_id").asString().startsWith("g")) {
                assertThat(put(manager, base + "/items/" + item.get("item_id").asString() + "/gold", "{\"label\":\"a\"}").status()).isEqualTo(204);
            }
        }
        assertThat(put(manager, base + "/quality/settings", "{\"goldRate\": 1}").status()).isEqualTo(200);
        CurrentUser missing = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient wrong = fixtures.client(missing);
        for (int i = 0; i < 2; i++) {
            JsonNode task = wrong.post(base + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
            assertThat(wrong.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"c\"}").status()).isEqualTo(201);
        }
        assertThat(put(manager, base + "/quality/settings", "{\"goldRate\": 0}").status()).isEqualTo(200);
        CurrentUser fresh = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient ordinary = fixtures.client(fresh);
        JsonNode task = ordinary.post(base + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
        assertThat(ordinary.postJson(base + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"b\"}").status()).isEqualTo(201);

        session.logIn(setup.manager());
        session.open("/projects/" + setup.project().id() + "/quality");
        String table = session.text(By.id("annotators"));
        assertThat(table).contains(missing.displayName()).contains("0 / 2").contains("0.0%").doesNotContain("25.0%")
                .contains(fresh.displayName()).contains("— (no gold answered)").doesNotContain("50.0%");
        session.screenshot("quality-gold-figures");

        session.logOut();
        session.logIn(missing);
        session.open("/projects/" + setup.project().id() + "/quality/me");
        assertThat(session.text(By.id("my-accuracy"))).contains("0 right of 2").contains("accuracy 0.0%").doesNotContain("25.0%");
        // Each missed check item shows the item itself beside the expected answer.
        assertThat(session.text(By.id("missed"))).contains("one").contains("two").contains("label: a");
    }

    private static JsonNode json(String line) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(line);
    }

    private static ApiClient.Response put(ApiClient c, String path, String body) {
        return c.send(c.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), true);
    }
}
