package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The isolation rules on the vendor-share endpoints (GET and PUT /projects/{id}/shares), in the style of
 * {@link IsolationProofTests}: another lab and a workforce not engaged get 404 (no existence oracle), an annotator
 * of the lab or of an engaged vendor 403, anonymous 401; an engaged vendor's manager reads its own share only, never
 * another vendor's row, id or name, nor the lab's, and changes nothing.
 */
@ApiTest
class VendorSharesIsolationTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void nobodyButTheLabsManagersSeesEveryShareAndAVendorSeesOnlyItsOwn() {
        var setup = fixtures.labProject("Lab", 1, 0);
        Organization vendorA = fixtures.engagedVendor(setup);
        Organization vendorB = fixtures.engagedVendor(setup);
        String path = "/api/v1/projects/" + setup.project().id() + "/shares";
        String body = "{\"shares\":[{\"workforceOrgId\":\"" + setup.lab().id() + "\",\"targetPercent\":50},"
                + "{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":30,\"cap\":777},"
                + "{\"workforceOrgId\":\"" + vendorB.id() + "\",\"targetPercent\":20}]}";
        ApiClient labManager = fixtures.client(setup.manager());
        assertThat(labManager.putJson(path, body).status()).isEqualTo(200);
        String before = labManager.get(path).text();

        Organization otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        Organization otherVendor = fixtures.organization(OrganizationKind.WORKFORCE, "Other vendor");
        for (var outsider : List.of(fixtures.user(otherLab, Role.ADMIN, Role.MANAGER, Role.ANNOTATOR),
                fixtures.user(otherVendor, Role.ADMIN, Role.MANAGER, Role.ANNOTATOR))) {
            ApiClient c = fixtures.client(outsider);
            assertRefused(c.get(path), 404, vendorA, vendorB);
            assertRefused(c.putJson(path, "{\"shares\":[]}"), 404, vendorA, vendorB);
        }
        for (var annotator : List.of(fixtures.user(setup.lab(), Role.ANNOTATOR), fixtures.user(vendorA, Role.ANNOTATOR))) {
            ApiClient c = fixtures.client(annotator);
            assertRefused(c.get(path), 403, vendorA, vendorB);
            assertRefused(c.putJson(path, "{\"shares\":[]}"), 403, vendorA, vendorB);
        }
        ApiClient anonymous = fixtures.anonymous();
        assertRefused(anonymous.get(path), 401, vendorA, vendorB);
        assertThat(anonymous.putJson(path, "{\"shares\":[]}").status()).isIn(401, 403);

        // Vendor A's manager: its own row, nothing of vendor B's or of the lab's.
        ApiClient vendorManager = fixtures.client(fixtures.user(vendorA, Role.ADMIN, Role.MANAGER));
        var own = vendorManager.get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("shares")).hasSize(1);
        assertThat(own.json().get("shares").get(0).get("workforceOrgId").asString()).isEqualTo(vendorA.id().toString());
        assertThat(own.json().get("shares").get(0).get("cap").asInt()).isEqualTo(777);
        assertThat(own.text()).doesNotContain(vendorB.id().toString(), vendorB.name(), setup.lab().id().toString());
        assertRefused(vendorManager.putJson(path, "{\"shares\":[{\"workforceOrgId\":\"" + vendorA.id() + "\",\"targetPercent\":100}]}"),
                403, vendorB, setup.lab());

        assertThat(labManager.get(path).text()).as("the shares are unchanged").isEqualTo(before);
    }

    private static void assertRefused(ApiClient.Response response, int status, Organization... hidden) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        for (Organization org : hidden) {
            assertThat(response.text()).doesNotContain(org.id().toString(), org.name());
        }
    }
}
