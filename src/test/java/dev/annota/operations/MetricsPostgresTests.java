package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.Promtool;
import dev.annota.testing.PromtoolTest;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Prometheus metrics of a real instance on PostgreSQL, as Prometheus scrapes them: readable with an operator's
 * token only (or, on a separate management port, without one), accepted by Prometheus' own {@code promtool check
 * metrics}, with HTTP, pool and JVM meters and the domain's own counting what was really done, the queue depth by
 * project id and no organization's or project's name anywhere.
 */
@PostgresTest
@PromtoolTest
class MetricsPostgresTests {

    /** promtool's findings on meters that are not ours (no help text, units in the name): left as the libraries name them. */
    private static final Pattern THIRD_PARTY_LINT = Pattern.compile(
            "(http_server_requests|tasks_scheduled_execution|tomcat_sessions|jvm_compilation_time_ms_total |process_cpu_time_ns_total |system_cpu_count )");

    private static PostgresDatabase db;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        db = PostgresDatabase.create();
        app = RunningApplication.on(db, "--annota.metrics.queue-depth-interval=200ms",
                "--annota.audit.checkpoint-interval=200ms");
    }

    @AfterAll
    static void stop() {
        RunningApplication.stopAll(db, app);
    }

    @Test
    void anOperatorsTokenReadsTheMetricsThatPromtoolAcceptsAndTheyCountTheWorkDone() throws Exception {
        Fixtures fixtures = app.getBean(Fixtures.class);
        var setup = fixtures.labProject("Metrics lab", 2, 3);
        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient work = fixtures.client(annotator);
        String base = "/api/v1/projects/" + setup.project().id();
        var claimed = work.postEmpty(base + "/tasks/next");
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
        assertThat(work.postJson(base + "/assignments/" + claimed.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"a\"}").status()).isEqualTo(201);
        var second = work.postEmpty(base + "/tasks/next");
        assertThat(work.postEmpty(base + "/assignments/" + second.json().get("assignmentId").asString() + "/skip").status())
                .isEqualTo(204);
        assertThat(fixtures.client(setup.manager()).get(base + "/export").status()).isEqualTo(200);
        // 3 items of overlap 2 = 6 slots; one answered, one skipped (its slot given back): 5 open.
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        ApiClient operatorClient = fixtures.client(operator);

        String text = awaitMetrics(operatorClient, "annota_queue_depth{project=\"" + setup.project().id() + "\"} 5.0");

        var verdict = Promtool.checkMetrics(text);
        // 0: clean; 3: parsed, with lint findings (1 would be text Prometheus cannot parse). The findings may only be
        // about Micrometer's and Boot's own meters, named as every JVM dashboard expects them: ours are lint-clean.
        assertThat(verdict.exitStatus()).as(verdict.output()).isIn(0, 3);
        assertThat(verdict.output().lines().filter(line -> !line.isBlank() && !THIRD_PARTY_LINT.matcher(line).lookingAt()))
                .as(verdict.output()).isEmpty();
        assertThat(value(text, "annota_work_claims_total{outcome=\"task\"}")).isGreaterThanOrEqualTo(2);
        assertThat(value(text, "annota_work_submits_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "annota_work_skips_total")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "annota_items_imported_total")).isGreaterThanOrEqualTo(3);
        assertThat(value(text, "annota_exports_total{format=\"jsonl\"}")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("annota_work_lease_expiries_total", "annota_webhook_deliveries_total{kind=\"witness\",outcome=\"failed\"}",
                "annota_reencryption_jobs", "annota_access_log_sequencing_lag_seconds_count",
                "http_server_requests_seconds_count", "hikaricp_connections_active", "jvm_memory_used_bytes",
                "process_cpu_usage");
        // Operators see ids, never a tenant's texts.
        assertThat(text).doesNotContain(setup.project().name(), setup.lab().name());
    }

    @Test
    void nobodyElseReadsTheMetricsOnTheApplicationsPort() {
        Fixtures fixtures = app.getBean(Fixtures.class);
        assertThat(fixtures.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        var lab = fixtures.organization(OrganizationKind.CUSTOMER, "Not an operator");
        assertThat(fixtures.client(fixtures.user(lab, Role.ADMIN)).get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void onASeparateManagementPortPrometheusScrapesWithoutATokenWhileTheOtherEndpointsStayClosed() {
        ConfigurableApplicationContext managed = RunningApplication.on(db, "--management.server.port=0");
        try {
            int management = managed.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
            int server = managed.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(management).isNotEqualTo(server);
            var scrape = ApiClient.anonymous(management).get("/actuator/prometheus");
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.text()).contains("annota_work_claims_total");
            assertThat(ApiClient.anonymous(management).get("/actuator/metrics").status()).isEqualTo(401);
            assertThat(ApiClient.anonymous(management).get("/actuator/health/liveness").status()).isEqualTo(200);
            // The probes stay on the application's port as /livez and /readyz, for a load balancer that probes it.
            assertThat(ApiClient.anonymous(server).get("/readyz").status()).isEqualTo(200);
            assertThat(ApiClient.anonymous(server).get("/livez").status()).isEqualTo(200);
            // The application's port no longer serves the actuator at all.
            assertThat(ApiClient.anonymous(server).get("/actuator/prometheus").status()).isIn(401, 404);
        } finally {
            managed.close();
        }
    }

    private static String awaitMetrics(ApiClient operator, String expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        String text;
        do {
            var scrape = operator.get("/actuator/prometheus");
            assertThat(scrape.status()).as(scrape.text()).isEqualTo(200);
            text = scrape.text();
            if (text.contains(expected) && text.contains("annota_access_log_sequencing_lag_seconds_count")
                    && value(text, "annota_access_log_sequencing_lag_seconds_count") > 0) {
                return text;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no " + expected + " in\n" + text);
    }

    private static double value(String text, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : -1;
    }
}
