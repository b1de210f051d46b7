package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.annota.AnnotaApplication;
import dev.annota.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a real process (a child JVM on an in-memory H2 database with the demo data, JSON logs on), sent
 * SIGTERM while an import is still uploading: readiness answers OUT_OF_SERVICE at once while liveness stays UP, a new
 * claim is refused with 503, Retry-After and a problem document, the import in flight finishes and is answered, and
 * the process exits within its grace. Every log line it wrote is JSON, and the lines of a request name its id.
 */
class ShutdownDrainTests {

    private static final String PASSWORD = "annota-demo-password";
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration DRAIN = Duration.ofSeconds(3);
    private static final Duration GRACE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void sigtermDrainsTheInstanceFinishingTheRequestsInFlightAndRefusingNewClaims() throws Exception {
        Path out = dir.resolve("stdout.log");
        Process process = start(out);
        try {
            int port = awaitPort(process, out);
            ApiClient manager = ApiClient.loggedIn(port, "manager@helios.example", PASSWORD);
            ApiClient importer = ApiClient.loggedIn(port, "manager@helios.example", PASSWORD);
            ApiClient annotator = ApiClient.loggedIn(port, "annotator@northwind.example", PASSWORD);
            String project = demoProject(manager);
            var claimBefore = annotator.send(annotator.request("/api/v1/projects/" + project + "/tasks/next")
                    .header(RequestIds.HEADER, "drain-claim-before").POST(HttpRequest.BodyPublishers.noBody()), true);
            assertThat(claimBefore.status()).as(claimBefore.text()).isEqualTo(200);

            // An import whose body is still on its way when the signal comes.
            var body = new PipedOutputStream();
            var bodyIn = new PipedInputStream(body, 1 << 16);
            body.write(line(1));
            body.flush();
            CompletableFuture<ApiClient.Response> upload = CompletableFuture.supplyAsync(() -> importer.send(importer
                    .request("/api/v1/projects/" + project + "/items").header("Content-Type", "application/x-ndjson")
                    .header(RequestIds.HEADER, "drain-import").POST(HttpRequest.BodyPublishers.ofInputStream(() -> bodyIn)), true));
            Thread.sleep(500);

            Instant signalled = Instant.now();
            process.destroy(); // SIGTERM

            var readiness = awaitStatus(ApiClient.anonymous(port), "/actuator/health/readiness", 503);
            assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(readiness.json().has("components")).isFalse();
            var liveness = ApiClient.anonymous(port).get("/actuator/health/liveness");
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(ApiClient.anonymous(port).get("/readyz").status()).isEqualTo(503);
            var refused = annotator.postEmpty("/api/v1/projects/" + project + "/tasks/next");
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isPresent();
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("title").asString()).isEqualTo("Shutting down");
            assertThat(refused.json().get("requestId").asString()).isEqualTo(refused.header(RequestIds.HEADER).orElseThrow());
            assertThat(Duration.between(signalled, Instant.now())).isLessThan(DRAIN);

            for (int i = 2; i <= 20; i++) {
                body.write(line(i));
            }
            body.close();
            var imported = upload.get(GRACE.toSeconds(), TimeUnit.SECONDS);
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
            assertThat(imported.json().get("added").asLong()).isEqualTo(20);

            assertThat(process.waitFor(DRAIN.plus(GRACE).toSeconds(), TimeUnit.SECONDS)).as("exited within the grace").isTrue();
        } finally {
            process.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(out);
        var json = JsonMapper.builder().build();
        List<String> notJson = new ArrayList<>();
        for (String line : lines) {
            // The demo data's logins are a console message of their own, indented; everything else is a log event.
            if (line.isBlank() || line.startsWith(" ")) {
                continue;
            }
            try {
                json.readTree(line);
            } catch (RuntimeException e) {
                notJson.add(line);
            }
        }
        assertThat(notJson).as("log lines that are not JSON").isEmpty();
        assertThat(lines).anyMatch(line -> line.contains("\"requestId\":\"drain-claim-before\""));
        assertThat(lines).anyMatch(line -> line.contains("\"requestId\":\"drain-import\""));
        assertThat(lines).anyMatch(line -> line.contains("Graceful shutdown complete"));
    }

    private Process start(Path out) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), AnnotaApplication.class.getName(),
                "--spring.datasource.url=jdbc:h2:mem:drain;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--annota.demo-data=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--annota.shutdown.drain-delay=" + DRAIN.toSeconds() + "s",
                "--spring.lifecycle.timeout-per-shutdown-phase=" + GRACE.toSeconds() + "s",
                "--logging.structured.format.console=ecs",
                // Spring MVC's own line per request, to see the request id in it.
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG",
                "--annota.crypto.tenant-key-dir=" + dir.resolve("tenant-keys"),
                "--annota.crypto.master-key-file=" + dir.resolve("master-key.json"),
                "--annota.audit.key-file=" + dir.resolve("audit-key.json")));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("stderr.log").toFile()).start();
    }

    private int awaitPort(Process process, Path out) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("the application stopped: " + Files.readString(out) + Files.readString(dir.resolve("stderr.log")));
            }
            String text = Files.readString(out);
            var started = STARTED.matcher(text);
            // The demo data is made once the application is ready; its logins are printed when it is all there.
            if (started.find() && text.contains("Annota demo logins")) {
                return Integer.parseInt(started.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not start: " + Files.readString(out));
    }

    private static String demoProject(ApiClient manager) {
        for (var project : manager.get("/api/v1/projects").json()) {
            if (project.get("name").asString().equals("Support replies: safety triage")) {
                return project.get("id").asString();
            }
        }
        throw new AssertionError("no demo project");
    }

    private static ApiClient.Response awaitStatus(ApiClient client, String path, int status) throws InterruptedException {
        ApiClient.Response response = null;
        for (int i = 0; i < 100; i++) {
            response = client.get(path);
            if (response.status() == status) {
                return response;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " never answered " + status + ": " + response);
    }

    private static byte[] line(int i) {
        return ("{\"external_id\":\"drain-" + i + "\",\"data\":{\"text\":\"Reply " + i + "\"}}\n").getBytes(StandardCharsets.UTF_8);
    }
}
