package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.Role;
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
 * organization's keys leaves it unreadable. On H2 here, on PostgreSQL in {@link KeptQualityReportsPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "annota.quality.kept-from-answers=3")
@Import(Fixtures.class)
class KeptQualityReportsApiTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TenantScope tenants;

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
}
