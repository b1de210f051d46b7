package dev.annota.work;

import static dev.annota.testing.WorkSteps.claim;
import static dev.annota.testing.WorkSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Active time through the API: the workbench's count arrives with the submit or the skip (header Active-Millis), is
 * stored bounded by the lease, reaches listeners in {@link AnswerSubmitted}, and comes back as the annotator's hours.
 */
@ApiTest
@Import({MutableClock.AsTheClock.class, ActiveTimeApiTests.Submits.class})
class ActiveTimeApiTests {

    /** Collects the submits' events, as money will listen to them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Submits {
        final List<AnswerSubmitted> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AnswerSubmitted event) {
            seen.add(event);
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Submits submits;

    private static Response skip(ApiClient c, UUID project, String assignment, String activeMillis) {
        var request = c.request("/api/v1/projects/" + project + "/assignments/" + assignment + "/skip")
                .header("Content-Type", "application/json").header("Active-Millis", activeMillis);
        return c.send(request.POST(HttpRequest.BodyPublishers.noBody()), true);
    }

    private long[] stored(UUID tenant, String assignment) {
        return jdbc.sql("select active_ms, claimed_at, ended_at from assignments where tenant_id = ? and id = ?")
                .params(tenant, UUID.fromString(assignment))
                .query((rs, n) -> new long[] {rs.getLong(1), Duration.between(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()).toMillis()}).single();
    }

    @Test
    void tenHoursReportedOnATwoMinuteLeaseAreStoredAsNoMoreThanTheLeaseLasted() {
        var setup = fixtures.labProject("Hours lab", 1, 3);
        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient c = fixtures.client(annotator);
        String assignment = claim(c, setup.project().id());
        clock.advance(Duration.ofMinutes(2));

        Response r = submit(c, setup.project().id(), assignment, String.valueOf(Duration.ofHours(10).toMillis()));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        long[] row = stored(setup.project().tenantId(), assignment);
        assertThat(row[0]).isGreaterThanOrEqualTo(120_000).isLessThanOrEqualTo(row[1]).isLessThan(Duration.ofMinutes(3).toMillis());
        assertThat(submits.seen).filteredOn(e -> e.assignmentId().toString().equals(assignment)).singleElement()
                .satisfies(e -> assertThat(e.activeMillis()).isEqualTo(row[0]));
    }

    @Test
    void anOldClientSendingNoActiveTimeStoresZeroAndAReportWithinTheLeaseIsStoredAsSent() {
        var setup = fixtures.labProject("Hours lab", 1, 3);
        ApiClient c = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String first = claim(c, setup.project().id());
        assertThat(submit(c, setup.project().id(), first, null).status()).isEqualTo(201);
        assertThat(stored(setup.project().tenantId(), first)[0]).isZero();
        assertThat(submits.seen).filteredOn(e -> e.assignmentId().toString().equals(first)).singleElement()
                .satisfies(e -> assertThat(e.activeMillis()).isZero());

        String second = claim(c, setup.project().id());
        clock.advance(Duration.ofSeconds(50));
        assertThat(submit(c, setup.project().id(), second, "42000").status()).isEqualTo(201);
        assertThat(stored(setup.project().tenantId(), second)[0]).isEqualTo(42_000);
    }

    @Test
    void aSkipKeepsItsActiveTimeBoundedByTheLease() {
        var setup = fixtures.labProject("Hours lab", 1, 2);
        ApiClient c = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String assignment = claim(c, setup.project().id());
        clock.advance(Duration.ofSeconds(30));
        assertThat(skip(c, setup.project().id(), assignment, "29000").status()).isEqualTo(204);
        assertThat(stored(setup.project().tenantId(), assignment)[0]).isEqualTo(29_000);
        String next = claim(c, setup.project().id());
        assertThat(skip(c, setup.project().id(), next, "999999999").status()).isEqualTo(204);
        assertThat(stored(setup.project().tenantId(), next)[0]).isLessThan(10_000);
    }

    @Test
    void aMalformedOrNegativeActiveTimeIsRefusedNamingTheHeaderAndTheLeaseStaysLive() {
        var setup = fixtures.labProject("Hours lab", 1, 1);
        ApiClient c = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        String assignment = claim(c, setup.project().id());
        // Not a number: the request cannot be read (400); a negative number breaks the rule (422).
        for (String bad : List.of("1.5", "-1", "soon")) {
            Response r = submit(c, setup.project().id(), assignment, bad);
            assertThat(r.status()).as(bad).isEqualTo(bad.equals("-1") ? 422 : 400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("field").asString()).isEqualTo("Active-Millis");
        }
        assertThat(submit(c, setup.project().id(), assignment, "1000").status()).isEqualTo(201);
    }

    @Test
    void theAnnotatorSeesTheirOwnHoursPerDayAndProjectAndOnlyTheirs() {
        var setup = fixtures.labProject("Hours lab", 2, 2);
        CurrentUser annotator = fixtures.user(setup.lab(), Role.ANNOTATOR);
        ApiClient c = fixtures.client(annotator);
        ApiClient colleague = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        clock.advance(Duration.ofMinutes(1));
        String a1 = claim(c, setup.project().id());
        String b1 = claim(colleague, setup.project().id());
        clock.advance(Duration.ofSeconds(40));
        submit(c, setup.project().id(), a1, "30000");
        submit(colleague, setup.project().id(), b1, "35000");
        String a2 = claim(c, setup.project().id());
        clock.advance(Duration.ofSeconds(20));
        submit(c, setup.project().id(), a2, "15000");

        JsonNode mine = c.get("/api/v1/me/time").json();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(mine.get("timeZone").asString()).isEqualTo("UTC");
        assertThat(mine.get("to").asString()).isEqualTo(today.toString());
        assertThat(mine.get("from").asString()).isEqualTo(today.minusDays(6).toString());
        assertThat(mine.get("activeMillis").asLong()).isEqualTo(45_000);
        JsonNode day = mine.get("days").get(0);
        assertThat(mine.get("days").size()).isOne();
        assertThat(day.get("projectId").asString()).isEqualTo(setup.project().id().toString());
        assertThat(day.get("projectName").asString()).isEqualTo(setup.project().name());
        assertThat(day.get("submitted").asLong()).isEqualTo(2);
        assertThat(day.get("activeMillis").asLong()).isEqualTo(45_000);

        assertThat(c.get("/api/v1/me/time?from=" + today.plusDays(1) + "&to=" + today.plusDays(2)).json().get("days").size()).isZero();
        Response bad = c.get("/api/v1/me/time?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("from");
        Response reversed = c.get("/api/v1/me/time?from=" + today + "&to=" + today.minusDays(1));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.json().get("field").asString()).isEqualTo("from");
    }
}
