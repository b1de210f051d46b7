package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.quality.KeptQualityReports;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Eventually;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The quality page's reports are kept per project (quality_reports): a small project's report is computed again within
 * the request once an answer came in; a large one (from 3 answers here) is served kept and marked stale while it is
 * computed again in the background, or answered 202 while none is kept yet. The kept body is sealed, and shredding the
 * organization's keys leaves it unreadable. A stopping instance releases the leases it holds; the background refresh
 * computes again the reports of projects answered since, before anyone asks (run by hand here: its poller is off). The
 * authenticity figures (module work) are kept the same way. On H2 here, on PostgreSQL in {@link KeptQualityReportsPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"annota.quality.kept-from-answers=3",
        "annota.quality.refresh-interval=0s", "annota.quality.refresh-after=0s"})
@Import(Fixtures.class)
class KeptQualityReportsApiTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TenantScope tenants;
    @Autowired dev.annota.crypto.TenantCrypto crypto;
    @Autowired tools.jackson.databind.json.JsonMapper json;
    @Autowired java.time.Clock clock;
    @Autowired dev.annota.annotation.AnswerFigures answerFigures;
    @Autowired dev.annota.item.ItemRows items;
    @Autowired KeptReports.Background background;
    @Autowired KeptReports kept;
    @Autowired KeptReportRefresh refresh;

    /** A lab's project of {@code items} items with overlap 1, its manager and one annotator, as API clients. */
    private record Lab(Fixtures.LabProject setup, ApiClient manager, ApiClient annotator) {
    }

    private Lab lab(String name, int items) {
        var setup = fixtures.labProject(name, 1, items);
        return new Lab(setup, fixtures.client(setup.manager()), fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR)));
    }

    private static void answer(ApiClient annotator, String base) {
        WorkSteps.answerNext(annotator, base, "{\"label\":\"a\"}");
    }

    @Test
    void aSmallProjectsReportIsFreshAfterEveryNewAnswer() {
        var lab = lab("Small quality lab", 5);
        String base = lab.setup().base();

        answer(lab.annotator(), base);
        JsonNode first = lab.manager().get(base + "/quality?method=ds").json();
        assertThat(first.get("answersIncluded").asLong()).isEqualTo(1);
        assertThat(first.get("stale").asBoolean()).isFalse();
        JsonNode again = lab.manager().get(base + "/quality?method=ds").json();
        assertThat(again.get("computedAt").asString()).as("nothing changed: the kept report").isEqualTo(first.get("computedAt").asString());

        answer(lab.annotator(), base);
        JsonNode second = lab.manager().get(base + "/quality?method=ds").json();
        assertThat(second.get("answersIncluded").asLong()).isEqualTo(2);
        assertThat(second.get("stale").asBoolean()).isFalse();
        assertThat(second.get("annotators").get(0).get("answers").asLong()).isEqualTo(2);
        assertThat(lab.manager().get(base + "/quality?method=mv").json().get("method").asString()).isEqualTo("mv");
    }

    @Test
    void aLargeProjectIsAcceptedUntilFirstComputedThenServedKeptAndStaleWhileComputedAgain() throws Exception {
        var lab = lab("Large quality lab", 6);
        String base = lab.setup().base();
        for (int i = 0; i < 3; i++) {
            answer(lab.annotator(), base);
        }

        var accepted = lab.manager().get(base + "/quality?method=ds");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.header("Retry-After").orElseThrow()).isEqualTo("5");
        assertThat(accepted.json().get("status").asString()).isEqualTo("computing");
        assertThat(accepted.json().get("answers").asLong()).isEqualTo(3);
        Eventually.await("the report computed in the background", () -> lab.manager().get(base + "/quality?method=ds").status() == 200);
        JsonNode kept = lab.manager().get(base + "/quality?method=ds").json();
        assertThat(kept.get("answersIncluded").asLong()).isEqualTo(3);
        assertThat(kept.get("stale").asBoolean()).isFalse();

        answer(lab.annotator(), base);
        JsonNode stale = lab.manager().get(base + "/quality?method=ds").json();
        assertThat(stale.get("stale").asBoolean()).as("served at once, with its age").isTrue();
        assertThat(stale.get("answersIncluded").asLong()).isEqualTo(3);
        assertThat(Instant.parse(stale.get("computedAt").asString())).isEqualTo(Instant.parse(kept.get("computedAt").asString()));
        Eventually.await("the report computed again", () -> {
            JsonNode now = lab.manager().get(base + "/quality?method=ds").json();
            return !now.get("stale").asBoolean() && now.get("answersIncluded").asLong() == 4;
        });

        // The rankings and the bias figures are kept the same way, each its own row.
        assertThat(lab.manager().get(base + "/quality/rankings").status()).isEqualTo(202);
        assertThat(lab.manager().get(base + "/quality/bias").status()).isEqualTo(202);
        Eventually.await("the rankings and the bias figures", () -> lab.manager().get(base + "/quality/rankings").status() == 200
                && lab.manager().get(base + "/quality/bias").status() == 200);
        assertThat(lab.manager().get(base + "/quality/bias").json().get("answersIncluded").asLong()).isEqualTo(4);
        assertThat(lab.manager().get(base + "/quality/rankings").json().get("stale").asBoolean()).isFalse();
    }

    /** Answers the next task with a mostly pasted free text, measured by the workbench: flagged. */
    private static void answerPasted(Lab lab) {
        WorkSteps.answerNextPasted(lab.annotator(), lab.setup().project().id());
    }

    @Test
    void aSmallProjectsAuthenticityFiguresAreKeptAndFreshAfterEveryNewAnswer() {
        var lab = lab("Small authentic lab", 5);
        String base = lab.setup().base();
        answerPasted(lab);

        JsonNode first = lab.manager().get(base + "/quality/authenticity").json();
        assertThat(first.get("project").get("flagged").asInt()).isEqualTo(1);
        assertThat(first.get("answersIncluded").asLong()).isEqualTo(1);
        assertThat(first.get("stale").asBoolean()).isFalse();
        assertThat(lab.manager().get(base + "/quality/authenticity").json().get("computedAt").asString())
                .as("nothing changed: the kept figures").isEqualTo(first.get("computedAt").asString());
        UUID labId = lab.setup().lab().id();
        assertThat(tenants.read(labId, () -> jdbc.sql(
                        "select body from quality_reports where tenant_id = ? and project_id = ? and variant = 'authenticity'")
                .params(labId, lab.setup().project().id()).query(String.class).single())).as("sealed").startsWith("v1:");

        answerPasted(lab);
        JsonNode second = lab.manager().get(base + "/quality/authenticity").json();
        assertThat(second.get("answersIncluded").asLong()).isEqualTo(2);
        assertThat(second.get("stale").asBoolean()).isFalse();
        assertThat(second.get("project").get("answers").asInt()).isEqualTo(2);
        assertThat(second.get("answers")).hasSize(2);

        // One item's measured answers are read at each request, never kept.
        String item = second.get("answers").get(0).get("itemId").asString();
        JsonNode ofItem = lab.manager().get(base + "/quality/authenticity?itemId=" + item).json();
        assertThat(ofItem.get("answers")).hasSize(1);
        assertThat(ofItem.get("answersIncluded").asLong()).isEqualTo(1);
        assertThat(ofItem.get("stale").asBoolean()).isFalse();
    }

    @Test
    void aLargeProjectsAuthenticityFiguresAreAcceptedThenKeptThenRefreshedAndStaleAfterNewAnswers() throws Exception {
        var lab = lab("Large authentic lab", 6);
        String base = lab.setup().base();
        for (int i = 0; i < 3; i++) {
            answerPasted(lab);
        }

        var accepted = lab.manager().get(base + "/quality/authenticity");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.header("Retry-After").orElseThrow()).isEqualTo("5");
        assertThat(accepted.json().get("status").asString()).isEqualTo("computing");
        Eventually.await("the figures computed in the background", () -> lab.manager().get(base + "/quality/authenticity").status() == 200);
        JsonNode kept = lab.manager().get(base + "/quality/authenticity").json();
        assertThat(kept.get("project").get("flagged").asInt()).isEqualTo(3);
        assertThat(kept.get("answersIncluded").asLong()).isEqualTo(3);
        assertThat(kept.get("stale").asBoolean()).isFalse();

        // The background refresh finds the figures of module work through their source, before anyone asks.
        answerPasted(lab);
        assertThat(refresh.refreshAll()).isPositive();
        assertThat(row(lab.setup(), "authenticity").get("answers")).isEqualTo(4L);
        JsonNode refreshed = lab.manager().get(base + "/quality/authenticity").json();
        assertThat(refreshed.get("stale").asBoolean()).isFalse();
        assertThat(refreshed.get("project").get("flagged").asInt()).isEqualTo(4);

        answerPasted(lab);
        JsonNode stale = lab.manager().get(base + "/quality/authenticity").json();
        assertThat(stale.get("stale").asBoolean()).as("served at once, with its age").isTrue();
        assertThat(stale.get("answersIncluded").asLong()).isEqualTo(4);
        assertThat(stale.get("computedAt").asString()).isEqualTo(refreshed.get("computedAt").asString());
        Eventually.await("the figures computed again", () -> {
            JsonNode now = lab.manager().get(base + "/quality/authenticity").json();
            return !now.get("stale").asBoolean() && now.get("answersIncluded").asLong() == 5
                    && now.get("project").get("flagged").asInt() == 5;
        });
    }

    @Test
    void theKeptReportIsSealedAndShreddingTheKeysLeavesItUnreadable() throws Exception {
        var lab = lab("Shredded quality lab", 5);
        String base = lab.setup().base();
        answer(lab.annotator(), base);
        assertThat(lab.manager().get(base + "/quality?method=ds").status()).isEqualTo(200);
        UUID labId = lab.setup().lab().id();
        var stored = tenants.read(labId, () -> jdbc.sql(
                        "select body from quality_reports where tenant_id = ? and project_id = ? and variant = 'report:ds'")
                .params(labId, lab.setup().project().id()).query(String.class).single());
        assertThat(stored).startsWith("v1:").doesNotContain("answersIncluded").doesNotContain("Quality");

        var admin = fixtures.client(fixtures.user(lab.setup().lab(), Role.ADMIN));
        var shred = admin.postJson("/api/v1/organizations/" + labId + "/keys/shred",
                "{\"confirmOrganizationName\":\"" + lab.setup().lab().name() + "\"}");
        assertThat(shred.status()).as(shred.toString()).isEqualTo(200);
        assertThat(lab.manager().get(base + "/quality?method=ds").status()).isEqualTo(410);
    }

    /** Another instance of the application sharing the database: its own threads and leases, large from 1 answer. */
    private KeptReports instance(KeptReports.Background threads) {
        return new KeptReports(jdbc, tenants, crypto, json, clock, answerFigures, items, threads, 1, java.time.Duration.ofHours(1));
    }

    private java.util.Map<String, Object> row(Fixtures.LabProject setup, String variant) {
        UUID labId = setup.lab().id();
        return tenants.read(labId, () -> jdbc.sql("""
                        select computing_since, answers, computed_at from quality_reports
                        where tenant_id = ? and project_id = ? and variant = ?""")
                .params(labId, setup.project().id(), variant).query().singleRow());
    }

    @Test
    void aStoppingInstanceReleasesTheLeasesItHoldsSoAnotherComputesTheReportAtOnce() throws Exception {
        var lab = lab("Stopping quality lab", 5);
        answer(lab.annotator(), lab.setup().base());
        var project = lab.setup().project();
        var stopping = new KeptReports.Background(jdbc, tenants, java.time.Duration.ofMillis(300));
        stopping.start();
        // A fit does not look at interrupts: this one goes on until the test lets it end.
        var started = new java.util.concurrent.CountDownLatch(1);
        var letGo = new java.util.concurrent.CountDownLatch(1);
        var stuck = instance(stopping).serve(project, "test:stopping", null, stamp -> {
            started.countDown();
            while (letGo.getCount() > 0) {
                try {
                    letGo.await();
                } catch (InterruptedException ignored) {
                    // as a fit: goes on
                }
            }
            return java.util.Map.of("by", "the stopped instance");
        });
        try {
            assertThat(stuck).isInstanceOf(KeptQualityReports.Served.Computing.class);
            assertThat(started.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(row(lab.setup(), "test:stopping").get("computing_since")).as("the stopping instance's lease").isNotNull();

            stopping.stop();
            assertThat(row(lab.setup(), "test:stopping").get("computing_since")).as("released at the stop").isNull();

            // Another instance takes the lease at the next request and computes the report, without waiting an hour.
            var other = instance(background);
            assertThat(other.serve(project, "test:stopping", null, stamp -> java.util.Map.of("by", "another instance")))
                    .isInstanceOf(KeptQualityReports.Served.Computing.class);
            Eventually.await("computed by the other instance", () -> row(lab.setup(), "test:stopping").get("computed_at") != null);
            var served = other.serve(project, "test:stopping", null, stamp -> java.util.Map.of("by", "nobody"));
            assertThat(((JsonNode) ((KeptQualityReports.Served.Report) served).body()).get("by").asString()).isEqualTo("another instance");
        } finally {
            letGo.countDown();
        }
    }

    @Test
    void theBackgroundRefreshComputesAgainTheReportsOfProjectsAnsweredSinceBeforeAnyoneAsks() throws Exception {
        var lab = lab("Refreshed quality lab", 6);
        String base = lab.setup().base();
        UUID labId = lab.setup().lab().id();
        for (int i = 0; i < 3; i++) {
            answer(lab.annotator(), base);
        }
        assertThat(lab.manager().get(base + "/quality?method=mv").status()).isEqualTo(202);
        Eventually.await("the report kept", () -> lab.manager().get(base + "/quality?method=mv").status() == 200);
        assertThat(kept.answeredSinceKept(labId, clock.instant())).as("nothing answered since").isEmpty();

        answer(lab.annotator(), base);
        var stale = new KeptReports.Stale(lab.setup().project().id(), "report:mv");
        assertThat(kept.answeredSinceKept(labId, clock.instant())).containsExactly(stale);
        assertThat(kept.answeredSinceKept(labId, clock.instant().minus(java.time.Duration.ofMinutes(5))))
                .as("kept less than refresh-after ago: left as it is").isEmpty();

        assertThat(refresh.refreshAll()).isPositive();
        assertThat(row(lab.setup(), "report:mv").get("answers")).as("computed again, before any page load")
                .isEqualTo(4L);
        assertThat(row(lab.setup(), "report:mv").get("computing_since")).isNull();
        JsonNode served = lab.manager().get(base + "/quality?method=mv").json();
        assertThat(served.get("stale").asBoolean()).as("the page finds it current").isFalse();
        assertThat(served.get("answersIncluded").asLong()).isEqualTo(4);
        assertThat(kept.answeredSinceKept(labId, clock.instant())).isEmpty();
    }
}
