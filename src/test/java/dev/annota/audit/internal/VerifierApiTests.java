package dev.annota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The verifier's description and download over HTTP; the tests run from classes, as a source build does. */
@ApiTest
class VerifierApiTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aSourceBuildSaysItOffersNoJarAndTheDownloadIsA404ThatSaysHowToBuildOne() {
        var admin = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Verifying lab"), Role.ADMIN));

        var verifier = admin.get("/api/v1/audit/verifier");
        var download = admin.get("/api/v1/audit/verifier.jar");

        assertThat(verifier.status()).isEqualTo(200);
        assertThat(verifier.json().get("available").asBoolean()).isFalse();
        assertThat(verifier.json().get("command").asString()).isEqualTo("java -jar annota.jar audit verify");
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.contentType()).startsWith("application/problem+json");
        assertThat(download.json().get("detail").asString()).contains("./mvnw package");
    }

    @Test
    void anonymousCallersGetNothing() {
        assertThat(fixtures.anonymous().get("/api/v1/audit/verifier").status()).isEqualTo(401);
        assertThat(fixtures.anonymous().get("/api/v1/audit/verifier.jar").status()).isEqualTo(401);
    }
}
