package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.stream.Stream;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Item import through {@code POST /api/v1/projects/{id}/items}: formats, duplicates, atomic rejection by line. */
@ApiTest
class ItemImportApiTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;
    private Project project;

    @BeforeEach
    void aProject() {
        CurrentUser user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        project = fixtures.project(user, 1, 600);
        manager = fixtures.client(user);
    }

    private Response upload(String contentType, String body) {
        return manager.post("/api/v1/projects/" + project.id() + "/items", contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    private long total() {
        return manager.get("/api/v1/projects/" + project.id() + "/items/counts").json().get("total").asLong();
    }

    @Test
    void jsonLinesAndAJsonArrayBothImport() {
        var lines = upload("application/x-ndjson", """
                {"external_id": "l1", "data": {"text": "first"}}
                {"external_id": 2, "data": {"text": "second"}}
                {"data": {"text": "third, no external id"}}
                """);
        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        assertThat(lines.json().get("added").asLong()).isEqualTo(3);

        var array = upload("application/json", """
                [
                  {"external_id": "a1",
                   "data": {"text": "pretty-printed"}},
                  {"external_id": "a2", "data": {"text": "second"}}
                ]""");
        assertThat(array.status()).as(array.toString()).isEqualTo(200);
        assertThat(array.json().get("received").asLong()).isEqualTo(2);
        assertThat(array.json().get("added").asLong()).isEqualTo(2);

        assertThat(total()).isEqualTo(5);
    }

    @Test
    void reImportingTheSameFileAddsNothingAndReportsTheDuplicates() {
        String file = """
                {"external_id": "d1", "data": {"text": "one"}}
                {"external_id": "d2", "data": {"text": "two"}}
                {"external_id": "d3", "data": {"text": "three"}}
                """;
        assertThat(upload("application/x-ndjson", file).json().get("added").asLong()).isEqualTo(3);

        var again = upload("application/x-ndjson", file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("received").asLong()).isEqualTo(3);
        assertThat(again.json().get("added").asLong()).isZero();
        assertThat(again.json().get("duplicates").asLong()).isEqualTo(3);
        assertThat(again.json().get("duplicateExternalIds").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder("d1", "d2", "d3");
        assertThat(total()).isEqualTo(3);
    }

    @Test
    void anExternalIdRepeatedWithinOneFileIsStoredOnceAndReported() {
        var answer = upload("application/x-ndjson", """
                {"external_id": "r1", "data": {"text": "one"}}
                {"external_id": "r1", "data": {"text": "one again"}}
                """);
        assertThat(answer.json().get("added").asLong()).isEqualTo(1);
        assertThat(answer.json().get("duplicates").asLong()).isEqualTo(1);
        assertThat(answer.json().get("duplicateExternalIds").get(0).asString()).isEqualTo("r1");
        assertThat(total()).isEqualTo(1);
    }

    static Stream<Arguments> badFiles() {
        String good = "{\"external_id\": \"g%d\", \"data\": {\"text\": \"good %d\"}}\n";
        return Stream.of(
                Arguments.of("invalid JSON", good.formatted(1, 1) + good.formatted(2, 2)
                        + "{\"external_id\": \"b\", \"data\": {\"text\": \"unclosed\"}\n" + good.formatted(4, 4), 3, null),
                Arguments.of("not JSON at all", good.formatted(1, 1) + "hello\n" + good.formatted(3, 3), 2, null),
                Arguments.of("missing data", good.formatted(1, 1) + "{\"external_id\": \"b\"}\n", 2, "data"),
                Arguments.of("data.text not a string", good.formatted(1, 1) + good.formatted(2, 2) + good.formatted(3, 3)
                        + "{\"data\": {\"text\": 42}}\n" + good.formatted(5, 5), 4, "data.text"),
                Arguments.of("data.text blank", "{\"data\": {\"text\": \"  \"}}\n", 1, "data.text"),
                Arguments.of("unknown field", good.formatted(1, 1) + good.formatted(2, 2)
                        + "{\"data\": {\"text\": \"x\"}, \"label\": \"a\"}\n", 3, "label"),
                Arguments.of("not an object", good.formatted(1, 1) + "[1, 2]\n", 2, null),
                Arguments.of("bad line after the first stored batch", good.repeat(0)
                        + Stream.iterate(1, i -> i + 1).limit(2500).map(i -> good.formatted(i, i)).reduce("", String::concat)
                        + "{\"data\": {}}\n", 2501, "data.text"),
                Arguments.of("bad element of an array", "[\n" + "{\"data\": {\"text\": \"ok\"}},\n" + "{\"data\": {\"text\": \"ok\"}},\n"
                        + "{\"data\": \"just text\"}\n]", 4, "data"));
    }

    @ParameterizedTest(name = "{0}: line {2}")
    @MethodSource("badFiles")
    void aFileWithOneBadLineIsRejectedWholeNamingTheLineAndNothingIsStored(String why, String file, long line, String field) {
        upload("application/x-ndjson", "{\"external_id\": \"before\", \"data\": {\"text\": \"already there\"}}\n");

        var rejected = upload(file.startsWith("[") ? "application/json" : "application/x-ndjson", file);

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().get("line").asLong()).as(rejected.toString()).isEqualTo(line);
        if (field != null) {
            assertThat(rejected.json().get("field").asString()).isEqualTo(field);
        }
        assertThat(rejected.json().get("detail").asString()).contains("Line " + line);
        assertThat(total()).isEqualTo(1);
    }

    @Test
    void anItemOverTheSizeLimitIsA413NamingItsLineAndNothingIsStored() {
        upload("application/x-ndjson", "{\"external_id\": \"before\", \"data\": {\"text\": \"already there\"}}\n");
        String huge = "{\"data\": {\"text\": \"" + "x".repeat(4 * 1024 * 1024) + "\"}}";

        var rejected = upload("application/x-ndjson", "{\"data\": {\"text\": \"fine\"}}\n" + huge + "\n");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(413);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().get("line").asLong()).isEqualTo(2);
        assertThat(rejected.json().get("detail").asString()).contains("Line 2", "at most 4194304 bytes");
        assertThat(total()).isEqualTo(1);
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("emptyFiles")
    void anEmptyFileIsRejected(String file) {
        var rejected = upload("application/x-ndjson", file);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().get("line").asLong()).isEqualTo(1);
        assertThat(rejected.json().get("detail").asString()).contains("no items");
        assertThat(total()).isZero();
    }

    static Stream<String> emptyFiles() {
        return Stream.of("", "\n\n  \n", "[]");
    }
}
