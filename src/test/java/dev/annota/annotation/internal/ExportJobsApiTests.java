package dev.annota.annotation.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.annota.annotation.ExportFinished;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export jobs through the REST API on H2: a job is queued with a 422 for a bad parameter before anything is queued,
 * run in the background, followed to done, and its file — kept sealed, never in the clear — is the same bytes as the
 * direct download; {@link ExportFinished} is published once it is done; another organization sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "annota.export.poll-interval=200ms")
@Import({Fixtures.class, ExportJobsApiTests.Finished.class})
class ExportJobsApiTests {

    @Autowired Fixtures fixtures;
    @Autowired Finished finished;
    @Autowired JdbcClient jdbc;
    @Autowired TenantScope tenants;

    @TestConfiguration
    static class Finished {
        final List<ExportFinished> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ExportFinished event) {
            events.add(event);
        }
    }

    @Test
    void aJobRunsInTheBackgroundAndItsSealedFileIsTheDirectDownload() throws Exception {
        var setup = fixtures.labProject("Job lab", 1, 3);
        ApiClient worker = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String base = setup.base();
        for (int i = 0; i < 3; i++) {
            WorkSteps.answerNext(worker, base, "{\"label\": \"a\"}");
        }
        ApiClient api = fixtures.client(setup.manager());

        var refused = api.postJson(base + "/exports", "{\"format\": \"csv\", \"from\": \"soon\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").stringValue()).isEqualTo("from");
        assertThat(api.get(base + "/exports").json()).isEmpty();

        var started = api.postJson(base + "/exports", "{\"format\": \"csv\", \"review\": \"all\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.json().get("id").stringValue();
        assertThat(started.header("Location")).contains(base + "/exports/" + id);
        assertThat(started.json().get("status").stringValue()).isIn("queued", "running", "done");

        JsonNode done = waitForDone(api, base + "/exports/" + id);
        assertThat(done.get("progress").doubleValue()).isEqualTo(1.0);
        assertThat(done.get("lines").longValue()).isEqualTo(3);
        assertThat(done.get("file").stringValue()).isEqualTo(base + "/exports/" + id + "/file");

        var file = api.get(done.get("file").stringValue());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/csv");
        assertThat(file.header("Content-Disposition").orElseThrow()).contains("csv-" + setup.project().id() + ".csv");
        assertThat(new String(file.body())).isEqualTo(api.get(base + "/export?format=csv").text());
        assertThat(api.get(base + "/exports").json()).extracting(j -> j.get("id").stringValue()).containsExactly(id);

        // Stored sealed: the chunk's column holds no CSV text.
        String stored = tenants.read(setup.lab().id(), () -> jdbc.sql(
                "select content from export_chunks where tenant_id = ? and export_id = ?").params(setup.lab().id(),
                java.util.UUID.fromString(id)).query(String.class).single());
        assertThat(stored).startsWith("v1:").doesNotContain("item_id");

        assertThat(finished.events).filteredOn(e -> e.exportId().toString().equals(id)).singleElement().satisfies(e -> {
            assertThat(e.tenantId()).isEqualTo(setup.lab().id());
            assertThat(e.projectId()).isEqualTo(setup.project().id());
            assertThat(e.format()).isEqualTo("csv");
            assertThat(e.lines()).isEqualTo(3);
        });

        var stranger = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Stranger"), Role.MANAGER));
        assertThat(stranger.get(base + "/exports/" + id).status()).isEqualTo(404);
        assertThat(stranger.get(base + "/exports/" + id + "/file").status()).isEqualTo(404);
        assertThat(worker.get(base + "/exports/" + id + "/file").status()).isEqualTo(403);

        assertThat(api.delete(base + "/exports/" + id).status()).isEqualTo(204);
        assertThat(api.get(base + "/exports/" + id).status()).isEqualTo(404);
    }

    @Test
    void aParquetJobsFileIsTheZippedDatasetFolder() throws Exception {
        var setup = fixtures.labProject("Parquet job lab", 1, 2);
        ApiClient api = fixtures.client(setup.manager());
        String base = "/api/v1/projects/" + setup.project().id();
        var started = api.postJson(base + "/exports", "{\"format\": \"parquet\", \"license\": \"mit\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode done = waitForDone(api, base + "/exports/" + started.json().get("id").stringValue());
        var entries = ExchangeFormatsApiTests.unzip(api.get(done.get("file").stringValue()).body());
        assertThat(entries.keySet()).containsExactly("README.md", "data/train-00000-of-00001.parquet");
        assertThat(new String(entries.get("README.md"))).startsWith("---\nlicense: mit\n");
    }

    private JsonNode waitForDone(ApiClient api, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode job = api.get(path).json();
            if (job.get("status").stringValue().equals("done")) {
                return job;
            }
            assertThat(job.get("status").stringValue()).as(job.toString()).isIn("queued", "running");
            assertThat(System.nanoTime()).as("done within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
