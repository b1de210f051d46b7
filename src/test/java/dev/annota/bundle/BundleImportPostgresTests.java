package dev.annota.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A project bundle imported on PostgreSQL, as the application role under row-level security: into another lab of the
 * instance it was made on, exported again and compared row by row through the provenance (the round trip between two
 * instances on two databases runs on H2 in {@link BundleRoundTripTests}); the provenance rows are the importing
 * tenant's alone.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class BundleImportPostgresTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TenantScope tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBundleImportedUnderRowLevelSecurityExportsAgainTheSameAndItsProvenanceIsTheImportersAlone() throws Exception {
        var source = BundleScenario.labeledProject(fixtures);
        byte[] exported = fixtures.client(source.manager()).get("/api/v1/projects/" + source.project().id() + "/bundle").body();
        var lab = fixtures.organization(OrganizationKind.CUSTOMER, "Importing lab");
        ApiClient manager = fixtures.client(fixtures.user(lab, Role.MANAGER));

        var imported = BundleRoundTripTests.importBundle(manager, exported, BundleRoundTripTests.signerOf(exported));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        UUID project = UUID.fromString(imported.json().get("project_id").asString());
        var again = manager.get("/api/v1/projects/" + project + "/bundle");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        Map<String, String> newToOld = BundleScenario.provenance(manager, project);
        assertThat(BundleScenario.assertSameProject(exported, again.body(), newToOld)).isGreaterThan(20);

        long mine = tenants.read(lab.id(), () -> jdbc.sql("select count(*) from bundle_provenance where project_id = ?")
                .param(project).query(Long.class).single());
        long seenBySource = tenants.read(source.lab().id(), () -> jdbc.sql("select count(*) from bundle_provenance where project_id = ?")
                .param(project).query(Long.class).single());
        long seenBySourceOfImports = tenants.read(source.lab().id(), () -> jdbc.sql("select count(*) from bundle_imports where project_id = ?")
                .param(project).query(Long.class).single());
        assertThat(mine).isEqualTo(newToOld.size());
        assertThat(seenBySource).as("row-level security hides the provenance from another tenant").isZero();
        assertThat(seenBySourceOfImports).isZero();
        assertThat(fixtures.client(source.manager()).get("/api/v1/projects/" + project + "/provenance").status()).isEqualTo(404);
    }
}
