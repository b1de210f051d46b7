package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.review.Reviews;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RoundTripCounter;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What serving a rework costs on PostgreSQL, counted at the socket as WorkRoundTripsPostgresTests counts an ordinary
 * claim (5 round trips, unchanged by rework: the offer is read by the live-lease query already in the claim's trip).
 */
@PostgresTest
@SpringBootTest
@Import(Fixtures.class)
class ReworkRoundTripsPostgresTests {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        RoundTripCounter.registerCounted(registry);
    }

    @Autowired Fixtures fixtures;
    @Autowired WorkQueue queue;
    @Autowired Reviews reviews;
    @Autowired JsonMapper json;

    @Test
    void servingAReworkCostsTwoRoundTripsMoreThanAClaimOfNewWork() throws Exception {
        var setup = fixtures.labProject("Rework trips", 1, 5);
        Project project = setup.project();
        reviews.changeSettings(setup.manager(), project.id(), json.readTree("{\"stages\":\"REVIEW\",\"reviewShare\":100}"));
        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser reviewer = fixtures.user(setup.lab(), Role.REVIEWER);
        Task first = queue.next(annotator, project.id()).orElseThrow();
        queue.submit(annotator, project.id(), first.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        var review = reviews.next(reviewer, project.id());
        for (int i = 0; i < 300 && review.isEmpty(); i++) {
            Thread.sleep(10);
            review = reviews.next(reviewer, project.id());
        }
        var r = review.orElseThrow();
        reviews.decide(reviewer, project.id(), r.reviewId(), json.readTree("{\"decision\":\"REJECT\",\"fencingToken\":"
                + r.fencingToken() + ",\"feedback\":\"again\"}"));

        int before = RoundTripCounter.ofCurrentThread();
        Task rework = queue.next(annotator, project.id()).orElseThrow();
        int claim = RoundTripCounter.ofCurrentThread() - before;
        assertThat(rework.rework()).isNotNull();
        // {directory lookup, project}, {rate limit, wall probe, live lease or rework offer, gold settings, expired lease},
        // take the offer (UPDATE; new work takes its slot in one statement instead), the decision's texts, the rejected
        // answer, {exposure, access log} at commit, COMMIT: 7, against 5 for new work.
        assertThat(claim).isEqualTo(7);
    }
}
