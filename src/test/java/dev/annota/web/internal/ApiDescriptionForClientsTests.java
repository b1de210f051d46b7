package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The API description is one a client can be generated from (docs/api.md, "The generated client"): each rule here is
 * one that broke the Java client OpenAPI Generator made from it. A failure names the operation and says what to add.
 */
@ApiTest
class ApiDescriptionForClientsTests {

    /** Java's reserved words and literals, and names generators keep for themselves: a client cannot name a method so. */
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "var", "record", "yield", "list", "object", "localVarPath", "apiClient", "delete", "get", "export");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode api;

    @BeforeEach
    void readTheDescription() {
        api = ApiClient.anonymous(port).get("/api/openapi.json").json();
    }

    @Test
    void everyApiHandlerNamesItsOperationIdItself() {
        var unnamed = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/v1"))) {
                Operation operation = method.getMethodAnnotation(Operation.class);
                if (operation == null || operation.operationId().isBlank()) {
                    unnamed.add(method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + " "
                            + info.getMethodsCondition().getMethods() + " " + info.getPatternValues());
                }
            }
        });
        assertThat(unnamed).as("""
                API handlers without an explicit operationId. The generated clients name their methods after it, so it
                is part of the API: give each one @Operation(operationId = "verbNoun", summary = "…"), e.g. createProject,
                listWebhooks, exportLabels; unique across the API, never changed once released""").isEmpty();
    }

    @Test
    void operationIdsAreUniqueVerbNounNamesThatNoClientLanguageReserves() {
        Map<String, List<String>> byId = new HashMap<>();
        var wrong = new TreeSet<String>();
        operations((where, operation) -> {
            String id = operation.path("operationId").asString("");
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            if (!id.matches("[a-z]+[A-Z][A-Za-z0-9]*") || RESERVED.contains(id)) {
                wrong.add(where + " -> '" + id + "'");
            }
        });
        assertThat(wrong).as("operationIds must be lower camel case of a verb and a noun (listItems, not list, list_1 "
                + "or items-list), none a reserved word: set @Operation(operationId = …) on the handler").isEmpty();
        var duplicates = new TreeSet<String>();
        byId.forEach((id, where) -> {
            if (where.size() > 1) {
                duplicates.add(id + " " + where);
            }
        });
        assertThat(duplicates).as("operationIds used by more than one operation (springdoc then appends _1): name each "
                + "one for what it does").isEmpty();
    }

    @Test
    void everyOperationHasOneDocumentedCapabilityTagASummaryAndDescribedParameters() {
        var declared = new TreeSet<String>();
        api.path("tags").forEach(tag -> {
            if (!tag.path("description").asString("").isBlank()) {
                declared.add(tag.path("name").asString());
            }
        });
        var wrong = new TreeSet<String>();
        operations((where, operation) -> {
            if (operation.path("tags").size() != 1 || !declared.contains(operation.path("tags").path(0).asString(""))) {
                wrong.add(where + " tags " + operation.path("tags"));
            }
            if (operation.path("summary").asString("").isBlank()) {
                wrong.add(where + " has no summary");
            }
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("description").asString("").isBlank()) {
                    wrong.add(where + " parameter '" + parameter.path("name").asString() + "' has no description");
                }
            });
        });
        assertThat(wrong).as("""
                Each operation: one tag, the capability's, declared on the controller with a description
                (@Tag(name = "Projects", description = "…")); a summary (@Operation(summary = …)); and a description of
                each parameter (@Parameter(description = …) beside @PathVariable/@RequestParam/@RequestHeader)""").isEmpty();
    }

    @Test
    void everyPropertyOfARequestBodyIsDescribedAndTheMandatoryOnesAreRequired() {
        JsonNode schemas = api.path("components").path("schemas");
        var bodies = new TreeSet<String>();
        operations((where, operation) -> operation.path("requestBody").path("content").forEach(media -> {
            String ref = media.path("schema").path("$ref").asString("");
            if (!ref.isEmpty()) {
                bodies.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }));
        var wrong = new TreeSet<String>();
        for (String body : bodies) {
            schemas.path(body).path("properties").properties().forEach(property -> {
                if (property.getValue().path("description").asString("").isBlank()
                        && property.getValue().path("$ref").isMissingNode()) {
                    wrong.add(body + "." + property.getKey());
                }
            });
        }
        assertThat(wrong).as("""
                Request body properties without a description: give the record component
                @Schema(description = "…", requiredMode = REQUIRED where the server refuses the body without it)""").isEmpty();
        assertThat(schemas.path("ProjectSettings").path("required")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("name", "schema");
        assertThat(schemas.path("EngagementRequest").path("required")).extracting(JsonNode::asString)
                .containsExactly("workforceOrgId");
        assertThat(schemas.path("ItemLine").path("required")).extracting(JsonNode::asString).containsExactly("data");
    }

    private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(
                operation -> each.accept(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                        operation.getValue())));
    }
}
