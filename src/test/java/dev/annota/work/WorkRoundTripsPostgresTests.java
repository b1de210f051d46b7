package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RoundTripCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often a claim and a submit wait on PostgreSQL, counted on the driver's socket. Each round trip costs a write, a
 * poll and a wake-up on both sides, which was most of the server's CPU on this path (docs/benchmarks.md); these bounds
 * keep statements that do not depend on each other travelling together. Before that change a claim made 13 round
 * trips and a submit 9 (the token lookup, in its own transaction before these, not counted).
 */
@PostgresTest
@SpringBootTest
@Import(Fixtures.class)
class WorkRoundTripsPostgresTests {

    @DynamicPropertySource
    static void pg(DynamicPropertyRegistry registry) {
        RoundTripCounter.registerCounted(registry);
    }

    @Autowired Fixtures fixtures;
    @Autowired WorkQueue queue;
    @Autowired JsonMapper json;

    @Test
    void aVendorAnnotatorsClaimTakesFiveRoundTripsAndTheirSubmitSeven() {
        var setup = fixtures.labProject("Round trips customer", 1, 10);
        Organization workforce = fixtures.engagedVendor(setup);
        Project project = setup.project();
        CurrentUser annotator = new CurrentUser(UUID.randomUUID(), workforce.id(), workforce.kind(), "trips@test.example",
                "Trips", Set.of(Role.ANNOTATOR));
        // The first claim is the annotator's first exposure to this customer: the wall decides again under a lock.
        Task first = queue.next(annotator, project.id()).orElseThrow();
        queue.submit(annotator, project.id(), first.assignmentId(), json.readTree("{\"label\":\"a\"}"), "k-1");

        int beforeClaim = RoundTripCounter.ofCurrentThread();
        Task task = queue.next(annotator, project.id()).orElseThrow();
        int claim = RoundTripCounter.ofCurrentThread() - beforeClaim;
        int beforeSubmit = RoundTripCounter.ofCurrentThread();
        Submission submitted = queue.submit(annotator, project.id(), task.assignmentId(), json.readTree("{\"label\":\"b\"}"), "k-2");
        int submit = RoundTripCounter.ofCurrentThread() - beforeSubmit;

        assertThat(submitted.replayed()).isFalse();
        // Claim: {directory lookup (sets the tenant), project}, {rate limit, wall probe, live lease, gold settings,
        // expired lease}, {open item, slot, lease}, {exposure, access log} at commit, COMMIT.
        assertThat(claim).isEqualTo(5);
        // Submit: {directory lookup, project}, {idempotency, item, settings}, {lease end, done count}, annotation,
        // money's pricing {review settings, contract rates, budget, tier and pay rates in the vendor's tenant}, money's
        // entries {work done, contract entry, pay entry in the vendor's tenant} at commit, COMMIT.
        assertThat(submit).isEqualTo(7);
    }
}
