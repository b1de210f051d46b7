package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** API errors are RFC 9457 problem documents naming the line and column, or the field, of what was wrong. */
@ApiTest
class ProblemApiTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void aManager() {
        var user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        manager = fixtures.client(user);
    }

    @Test
    void aMalformedJsonBodyIsA400NamingLineAndColumn() {
        var answer = manager.postJson("/api/v1/projects", "{\n  \"name\": \"x\",\n  \"overlap\": 2,,\n}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("line").asInt()).isEqualTo(3);
        assertThat(answer.json().get("column").asInt()).isEqualTo(16);
        assertThat(answer.json().get("detail").asString()).contains("line 3, column 16");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        var answer = manager.postJson("/api/v1/projects", "{\"name\": \"x\", \"overlap\": \"many\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo("overlap");
    }

    static Stream<Arguments> badProjects() {
        String schema = Fixtures.SCHEMA;
        return Stream.of(
                Arguments.of("overlap 0", "{\"name\": \"p\", \"overlap\": 0, \"schema\": " + schema + "}", "overlap"),
                Arguments.of("overlap 101", "{\"name\": \"p\", \"overlap\": 101, \"schema\": " + schema + "}", "overlap"),
                Arguments.of("empty name", "{\"name\": \"  \", \"schema\": " + schema + "}", "name"),
                Arguments.of("no name", "{\"schema\": " + schema + "}", "name"),
                Arguments.of("lease too short", "{\"name\": \"p\", \"leaseSeconds\": 1, \"schema\": " + schema + "}", "leaseSeconds"),
                Arguments.of("no schema", "{\"name\": \"p\"}", "schema.questions"),
                Arguments.of("schema question without options", "{\"name\": \"p\", \"schema\": "
                        + "{\"questions\": [{\"name\": \"label\", \"type\": \"choice\"}]}}", "schema.questions[0].options"),
                Arguments.of("schema option listed twice", "{\"name\": \"p\", \"schema\": "
                        + "{\"questions\": [{\"name\": \"label\", \"type\": \"choice\", \"options\": [\"a\", \"a\"]}]}}",
                        "schema.questions[0].options[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProjects")
    void aProjectWithABadFieldIsA422NamingTheField(String why, String body, String field) {
        var answer = manager.postJson("/api/v1/projects", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
        assertThat(manager.get("/api/v1/projects").json().size()).isZero();
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        var answer = manager.get("/api/v1/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    @Test
    void anUnknownFieldIsA422NamingItInsteadOfBeingIgnored() {
        var answer = manager.postJson("/api/v1/projects",
                "{\"name\": \"p\", \"overlapp\": 3, \"schema\": " + Fixtures.SCHEMA + "}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo("overlapp");
        assertThat(answer.json().get("detail").asString()).contains("Unknown field 'overlapp'");
        assertThat(manager.get("/api/v1/projects").json().toString()).doesNotContain("\"p\"");
    }

    @Test
    void aKeyGivenTwiceIsA400NamingTheKeyAndWhereItIs() {
        var answer = manager.postJson("/api/v1/projects",
                "{\"name\": \"first\",\n \"name\": \"second\", \"schema\": " + Fixtures.SCHEMA + "}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("Duplicate", "name");
        assertThat(answer.json().get("line").asInt()).isEqualTo(2);
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedNotTurnedIntoInfinity() {
        var answer = manager.postJson("/api/v1/projects", "{\"name\": \"p\", \"schema\": {\"questions\": "
                + "[{\"name\": \"score\", \"type\": \"rating\", \"min\": 1, \"max\": 1e999999}]}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("outside the range of a double");
        assertThat(answer.json().get("field").asString()).startsWith("schema");
    }
}
