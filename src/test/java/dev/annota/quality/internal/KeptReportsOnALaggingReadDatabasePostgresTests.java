package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import dev.annota.identity.Role;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Kept quality reports computed on a read database that lags the primary: a report is computed once per move of the
 * read database, never again and again while it lags. A real replica made inside a test would take longer than the
 * test, so the lag is made where the basis is read: the read pool's {@code search_path} finds a copy of the answer
 * counters ({@code annotation_counts}) in a schema of its own, which the test brings up to date when it wants the
 * "replica" to catch up; the primary reads the live counters.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"annota.quality.kept-from-answers=3",
        "annota.quality.refresh-interval=0s"})
@Import(Fixtures.class)
class KeptReportsOnALaggingReadDatabasePostgresTests {

    private static final String LAGGING = "lagging_read_database";

    @DynamicPropertySource
    static void readDatabase(DynamicPropertyRegistry registry) {
        registry.add("annota.database.read-url", () -> PostgresDatabase.shared().url() + "?currentSchema=" + LAGGING + ",public");
    }

    /** The read database's copy of the counters, made once the application's migrations ran. */
    private static void laggingCounters() throws SQLException {
        try (Connection admin = PostgresDatabase.shared().connectAsAdmin(); var s = admin.createStatement()) {
            s.execute("create schema if not exists " + LAGGING);
            s.execute("create table if not exists " + LAGGING + ".annotation_counts (like public.annotation_counts including all)");
            s.execute("grant usage on schema " + LAGGING + " to " + PostgresDatabase.APP);
            s.execute("grant select on " + LAGGING + ".annotation_counts to " + PostgresDatabase.APP);
        }
    }

    /** The read database catches up with the primary (as far as the basis shows). */
    private static void caughtUp() throws SQLException {
        laggingCounters();
        try (Connection admin = PostgresDatabase.shared().connectAsAdmin(); var s = admin.createStatement()) {
            s.execute("delete from " + LAGGING + ".annotation_counts");
            s.execute("insert into " + LAGGING + ".annotation_counts select * from public.annotation_counts");
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TenantScope tenants;

    /** A lab's project of {@code items} items, its manager and an annotator who has given {@code answers} answers. */
    private record Lab(Fixtures.LabProject setup, ApiClient manager, ApiClient annotator, String report) {

        void answer() {
            WorkSteps.answerNext(annotator, setup.base(), "{\"label\":\"a\"}");
        }
    }

    private Lab lab(String name, int items, int answers) {
        var setup = fixtures.labProject(name, 1, items);
        var lab = new Lab(setup, fixtures.client(setup.manager()), fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR)),
                setup.base() + "/quality?method=mv");
        for (int i = 0; i < answers; i++) {
            lab.answer();
        }
        return lab;
    }

    @Test
    void aSmallProjectsReportIsComputedOncePerMoveOfTheReadDatabaseNotOnEveryPageLoad() throws Exception {
        var lab = lab("Lagging small lab", 5, 1);
        var manager = lab.manager();
        String report = lab.report();
        caughtUp();
        JsonNode first = manager.get(report).json();
        assertThat(first.get("answersIncluded").asLong()).isEqualTo(1);
        assertThat(first.get("stale").asBoolean()).isFalse();

        lab.answer();
        // The primary counts 2 answers, the read database still 1: computing again would give the same report.
        for (int load = 0; load < 3; load++) {
            JsonNode lagging = manager.get(report).json();
            assertThat(lagging.get("stale").asBoolean()).as("load %d", load).isTrue();
            assertThat(lagging.get("computedAt").asString()).as("not computed again, load %d", load)
                    .isEqualTo(first.get("computedAt").asString());
        }

        caughtUp();
        JsonNode fresh = manager.get(report).json();
        assertThat(fresh.get("answersIncluded").asLong()).isEqualTo(2);
        assertThat(fresh.get("stale").asBoolean()).isFalse();
        assertThat(manager.get(report).json().get("computedAt").asString()).as("kept").isEqualTo(fresh.get("computedAt").asString());
    }

    @Test
    void aLargeProjectsReportIsNotRecomputedInTheBackgroundWhileTheReadDatabaseHasNothingNew() throws Exception {
        var lab = lab("Lagging large lab", 6, 3);
        var manager = lab.manager();
        String report = lab.report();
        caughtUp();
        assertThat(manager.get(report).status()).isEqualTo(202);
        dev.annota.testing.Eventually.await("kept", () -> manager.get(report).status() == 200);
        String computedAt = manager.get(report).json().get("computedAt").asString();

        lab.answer();
        for (int load = 0; load < 3; load++) {
            JsonNode lagging = manager.get(report).json();
            assertThat(lagging.get("stale").asBoolean()).isTrue();
            assertThat(lagging.get("computedAt").asString()).isEqualTo(computedAt);
            assertThat(computingSince(lab.setup())).as("no recompute started, load %d", load).isNull();
        }
        caughtUp();
        assertThat(manager.get(report).json().get("stale").asBoolean()).isTrue();
        dev.annota.testing.Eventually.await("computed again once the read database moved",
                () -> manager.get(report).json().get("answersIncluded").asLong() == 4);
    }

    private Object computingSince(Fixtures.LabProject setup) {
        var labId = setup.lab().id();
        return tenants.read(labId, () -> jdbc.sql("""
                        select computing_since from quality_reports where tenant_id = ? and project_id = ? and variant = 'report:mv'""")
                .params(labId, setup.project().id()).query().singleRow().get("computing_since"));
    }
}
