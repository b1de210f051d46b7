package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build generates the Java client of the tests (GeneratedClientFlowTests) from a checked-in copy of the API
 * description, src/test/resources/openapi/annota.json: it must stay what the running application serves at
 * /api/openapi.json. When it differs, this test writes what is served to target/openapi/annota.json and says how to
 * refresh the copy; {@code -Dannota.openapi.refresh=true} writes it in place.
 */
@ApiTest
class ApiDescriptionCopyTests {

    static final Path COPY = Path.of("src/test/resources/openapi/annota.json");
    static final String REFRESH = "./mvnw -q test -Dtest=ApiDescriptionCopyTests -Dannota.openapi.refresh=true";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theCheckedInCopyOfTheApiDescriptionIsWhatTheApplicationServes() throws IOException {
        JsonNode served = ApiClient.anonymous(port).get("/api/openapi.json").json();
        String text = JSON.writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("annota.openapi.refresh")) {
            Files.writeString(COPY, text);
        }
        JsonNode copy = Files.exists(COPY) ? JSON.readTree(Files.readString(COPY)) : null;
        if (!served.equals(copy)) {
            Path fresh = Path.of("target/openapi/annota.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, text);
        }
        assertThat(copy).as("""
                %s differs from what the application serves (an endpoint, record or annotation changed). Refresh it:
                    %s
                (or copy target/openapi/annota.json over it), review the diff and commit it with your change; the next
                build regenerates the test client from it.""".formatted(COPY, REFRESH)).isEqualTo(served);
    }
}
