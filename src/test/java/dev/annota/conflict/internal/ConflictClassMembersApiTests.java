package dev.annota.conflict.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/conflict-classes/{classId}/members: the operator sees who is in a class; a member never sees the others. */
@ApiTest
class ConflictClassMembersApiTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void theOperatorListsAClassesMembersAndACustomerInTheClassIsRefused() {
        ApiClient operator = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN));
        String classId = operator.postJson("/api/v1/conflict-classes", "{\"name\":\"labs " + UUID.randomUUID() + "\"}").json().get("id").asString();
        Organization labA = fixtures.organization(OrganizationKind.CUSTOMER, "Lab A");
        Organization labB = fixtures.organization(OrganizationKind.CUSTOMER, "Lab B");
        for (Organization lab : new Organization[]{labA, labB}) {
            assertThat(operator.send(operator.request("/api/v1/conflict-classes/" + classId + "/members/" + lab.id())
                    .PUT(HttpRequest.BodyPublishers.noBody()), true).status()).isEqualTo(204);
        }
        ApiClient adminA = fixtures.client(fixtures.user(labA, Role.ADMIN));

        var members = operator.get("/api/v1/conflict-classes/" + classId + "/members");
        var refused = adminA.get("/api/v1/conflict-classes/" + classId + "/members");

        assertThat(members.status()).isEqualTo(200);
        assertThat(members.text()).contains(labA.id().toString(), labA.name(), labB.id().toString(), labB.name());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain(labB.name()).doesNotContain(labB.id().toString());
        assertThat(operator.get("/api/v1/conflict-classes/" + UUID.randomUUID() + "/members").status()).isEqualTo(404);
    }
}
