package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every /api/v1 operation the application serves, and is browsable. */
@ApiTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theOpenApiDocumentListsEveryApiOperationWithoutLogin() {
        var answer = ApiClient.anonymous(port).get("/api/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        var paths = answer.json().get("paths");

        var served = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1"))
                // A path variable's pattern ({ledger:contract|pay}) is documented as the plain variable ({ledger}).
                .map(p -> p.replaceAll("\\{(\\w+):[^}]*}", "{$1}"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> served.add(m.name().toLowerCase(Locale.ROOT) + " " + p))));
        assertThat(served).hasSizeGreaterThan(15);

        List<String> missing = served.stream()
                .filter(op -> {
                    String[] parts = op.split(" ");
                    return paths.get(parts[1]) == null || paths.get(parts[1]).get(parts[0]) == null;
                })
                .toList();
        assertThat(missing).as("operations served but not documented").isEmpty();
        assertThat(paths.propertyNames()).allSatisfy(p -> assertThat(p).startsWith("/api/v1"));
    }

    /**
     * The general guard behind OverLongTextApiTests: every free-text field of every request body the API documents
     * declares its longest length (bean validation's {@code @Size}, which also answers 422 naming the field), so none
     * reaches a database column unchecked. Exempt: texts stored without a length limit, and the password (hashed).
     */
    @Test
    void everyTextFieldOfEveryRequestBodyHasAMaximumLength() {
        JsonNode api = ApiClient.anonymous(port).get("/api/openapi.json").json();
        Set<String> unlimited = Set.of("ProjectSettings.guidelines", "SettingsChange.guidelines", "GuidelinesChange.markdown",
                "NewAdmin.password",
                "NewMember.password");
        var unbounded = new TreeSet<String>();
        var bodies = new ArrayList<String>();
        for (JsonNode path : api.get("paths")) {
            for (JsonNode operation : path) {
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                String ref = schema.path("$ref").asString("");
                if (!ref.isEmpty()) {
                    bodies.add(ref.substring(ref.lastIndexOf('/') + 1));
                }
            }
        }
        assertThat(bodies).contains("NewOrganization", "NewMember", "TokenRequest", "NewClass", "NewAffiliation");
        var seen = new java.util.HashSet<String>();
        while (!bodies.isEmpty()) {
            String name = bodies.removeLast();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode properties = api.path("components").path("schemas").path(name).path("properties");
            for (String field : properties.propertyNames()) {
                JsonNode property = properties.get(field);
                String ref = property.path("$ref").asString("");
                if (!ref.isEmpty()) {
                    bodies.add(ref.substring(ref.lastIndexOf('/') + 1));
                } else if (isString(property.path("type")) && !property.has("enum")
                        && !property.has("format") && !property.has("maxLength") && !unlimited.contains(name + "." + field)) {
                    unbounded.add(name + "." + field);
                }
            }
        }
        assertThat(unbounded).as("request text fields without a maximum length (add @Size with the column's limit)").isEmpty();
    }

    /** "string", or (OpenAPI 3.1) a list of types holding "string". */
    private static boolean isString(JsonNode type) {
        return type.isArray() ? type.values().stream().anyMatch(t -> "string".equals(t.asString(""))) : "string".equals(type.asString(""));
    }

    @Test
    void theBrowsableDocumentationPageAnswers() {
        var client = ApiClient.anonymous(port);
        var answer = client.get("/api/docs");
        for (int hops = 0; hops < 3 && answer.status() / 100 == 3; hops++) {
            String location = answer.header("Location").orElseThrow();
            answer = client.get(location.startsWith("http") ? java.net.URI.create(location).getRawPath() : location);
        }
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.text()).containsIgnoringCase("swagger");

        // the page's own script and styles load without login too
        String page = answer.text();
        assertThat(page).contains("swagger-initializer.js");
        var script = client.get("/api/swagger-ui/swagger-initializer.js");
        assertThat(script.status()).isEqualTo(200);

        var config = client.get("/api/openapi.json/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.text()).contains("/api/openapi.json");
    }
}
