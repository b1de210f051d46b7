package dev.annota.webhook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.annota.annotation.ExportFinished;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.NodeTest;
import dev.annota.testing.Eventually;
import dev.annota.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests a webhook receives pass the official Standard Webhooks library (the {@code standardwebhooks} npm
 * package, pinned in src/test/node/package-lock.json), run with Node.js as a receiver would run it; a body changed on
 * the way is refused by it. {@code npm ci} installs the library when src/test/node/node_modules is absent.
 */
@ApiTest
@NodeTest
class StandardWebhooksLibraryTests {

    private static final Path NODE = Path.of("src/test/node");

    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @TempDir Path dir;

    @Test
    void theOfficialLibraryAcceptsEveryRequestAndRefusesAChangedBody() throws Exception {
        var lab = fixtures.labProject("Library lab", 1, 1);
        var manager = fixtures.client(lab.manager());
        try (var receiver = WebhookReceiver.answering(200)) {
            var created = manager.postJson("/api/v1/projects/" + lab.project().id() + "/webhooks",
                    "{\"url\":\"" + receiver.url() + "\",\"events\":[\"export.finished\"]}");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            String secret = created.json().get("secret").asString();
            for (int i = 0; i < 3; i++) {
                events.publishEvent(new ExportFinished(lab.lab().id(), lab.project().id(), UUID.randomUUID(), "jsonl", i, Instant.now()));
            }
            Eventually.await("three exports", () -> receiver.accepted().size() == 3);

            List<Map<String, String>> requests = new ArrayList<>();
            for (var r : receiver.accepted()) {
                requests.add(request(r, r.note()));
            }
            assertThat(node(secret, requests)).containsExactly("ok export.finished", "ok export.finished", "ok export.finished");

            var first = receiver.accepted().getFirst();
            var changed = request(first, first.note().replace("jsonl", "csv"));
            assertThat(node(secret, List.of(changed))).singleElement().asString().startsWith("refused");
        }
    }

    private static Map<String, String> request(WebhookReceiver.Received r, String body) {
        var request = new LinkedHashMap<String, String>();
        request.put("id", r.id());
        request.put("timestamp", r.timestamp());
        request.put("signature", r.signature());
        request.put("body", body);
        return request;
    }

    /** Runs verify.mjs on the requests; its output lines. */
    private List<String> node(String secret, List<Map<String, String>> requests) throws Exception {
        if (!Files.isDirectory(NODE.resolve("node_modules/standardwebhooks"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        }
        Path input = dir.resolve("requests-" + UUID.randomUUID() + ".json");
        Files.writeString(input, WebhooksApiTests.JSON.writeValueAsString(Map.of("secret", secret, "requests", requests)));
        return run(List.of("node", "verify.mjs", input.toAbsolutePath().toString())).lines().toList();
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(NODE.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command + " finished").isTrue();
        // verify.mjs exits 1 when a request is refused; its lines say which, and the test judges them.
        if (!command.getFirst().equals("node")) {
            assertThat(p.exitValue()).as(command + ": " + out).isZero();
        }
        return out;
    }
}
