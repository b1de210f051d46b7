package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A free text longer than its database column is a 422 problem naming the field, never the database's "value too
 * long" as a 500: one case per field the API stores in a column of limited length. Each sends one character more than
 * the column holds.
 */
@ApiTest
class OverLongTextApiTests {

    @Autowired Fixtures fixtures;

    /** Who sends it, and what: (the test, n characters) -> the answer. */
    record Case(String field, int limit, BiFunction<OverLongTextApiTests, String, ApiClient.Response> send) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                new Case("name", 200, (t, s) -> t.operator().postJson("/api/v1/organizations",
                        organization(s, "First Admin", unique("admin") + "@lab.example"))),
                new Case("admin.displayName", 200, (t, s) -> t.operator().postJson("/api/v1/organizations",
                        organization(unique("Lab"), s, unique("admin") + "@lab.example"))),
                new Case("displayName", 200, (t, s) -> t.as(OrganizationKind.CUSTOMER, Role.ADMIN).postJson("/api/v1/users", """
                        {"email": "%s@lab.example", "displayName": "%s", "roles": ["ANNOTATOR"]}"""
                        .formatted(unique("member"), s))),
                new Case("name", 100, (t, s) -> t.as(OrganizationKind.CUSTOMER, Role.MANAGER).postJson("/api/v1/tokens",
                        "{\"name\": \"" + s + "\", \"expiresInDays\": 1}")),
                new Case("name", 200, (t, s) -> t.as(OrganizationKind.CUSTOMER, Role.MANAGER).postJson("/api/v1/projects", """
                        {"name": "%s", "guidelines": "", "taskType": "TEXT_CLASSIFICATION",
                         "schema": {"questions": [{"name": "label", "type": "choice", "options": ["a", "b"]}]}}""".formatted(s))),
                new Case("employer", 200, (t, s) -> t.as(OrganizationKind.WORKFORCE, Role.ANNOTATOR).postJson("/api/v1/me/affiliations",
                        "{\"employer\": \"" + s + "\"}")),
                new Case("employer", 200, (t, s) -> t.as(OrganizationKind.CUSTOMER, Role.ADMIN)
                        .postJson("/api/v1/organizations/me/excluded-affiliations", "{\"employer\": \"" + s + "\"}")),
                new Case("name", 200, (t, s) -> t.operator().postJson("/api/v1/conflict-classes", "{\"name\": \"" + s + "\"}")),
                new Case("description", 1000, (t, s) -> t.operator().postJson("/api/v1/conflict-classes",
                        "{\"name\": \"" + unique("Class") + "\", \"description\": \"" + s + "\"}"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aTextOneCharacterLongerThanItsColumnIsA422NamingTheField(Case field) {
        var answer = field.send().apply(this, "x".repeat(field.limit() + 1));

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo(field.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aTextAsLongAsItsColumnIsStored(Case field) {
        var answer = field.send().apply(this, "y".repeat(field.limit() - 12) + UUID.randomUUID().toString().substring(0, 12));

        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
    }

    private ApiClient operator() {
        return as(OrganizationKind.OPERATOR, Role.ADMIN);
    }

    private ApiClient as(OrganizationKind kind, Role role) {
        CurrentUser user = fixtures.user(fixtures.organization(kind, "Org"), role);
        return fixtures.client(user);
    }

    private static String organization(String name, String displayName, String email) {
        return """
                {"kind": "CUSTOMER", "name": "%s",
                 "admin": {"email": "%s", "displayName": "%s"}}""".formatted(name, email, displayName);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
