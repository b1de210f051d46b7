package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every response names its request id in {@code X-Request-Id}, and every problem document in {@code requestId}: the
 * caller's own id when it is well-formed, a new one otherwise. The security filters' documents (401, 403) carry it as
 * Spring MVC's do.
 */
@ApiTest
class RequestIdTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aWellFormedIncomingIdIsAnsweredInTheHeaderAndTheProblemDocument() {
        var manager = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Request ids"), Role.MANAGER);
        ApiClient client = fixtures.client(manager);
        var response = client.send(client.request("/api/v1/projects/" + UUID.randomUUID()).header(RequestIds.HEADER, "lb-7f3a.42:x_1").GET(), false);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header(RequestIds.HEADER)).contains("lb-7f3a.42:x_1");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("requestId").asString()).isEqualTo("lb-7f3a.42:x_1");
    }

    @Test
    void aMalformedOrMissingIdIsReplacedByANewOne() {
        ApiClient anonymous = fixtures.anonymous();
        var forged = anonymous.send(anonymous.request("/api/v1/projects").header(RequestIds.HEADER, "x\" injected=\"1").GET(), false);
        var tooLong = anonymous.send(anonymous.request("/api/v1/projects").header(RequestIds.HEADER, "a".repeat(129)).GET(), false);
        var none = anonymous.get("/api/v1/projects");
        for (var response : java.util.List.of(forged, tooLong, none)) {
            // The security filter's 401 document, before Spring MVC.
            assertThat(response.status()).isEqualTo(401);
            String id = response.header(RequestIds.HEADER).orElseThrow();
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(response.json().get("requestId").asString()).isEqualTo(id);
        }
        assertThat(none.header(RequestIds.HEADER)).isNotEqualTo(forged.header(RequestIds.HEADER));
    }

    @Test
    void responsesThatAreNotProblemsCarryTheHeaderToo() {
        var response = fixtures.anonymous().get("/actuator/health/liveness");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header(RequestIds.HEADER)).isPresent();
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().has("components")).isFalse();
    }
}
