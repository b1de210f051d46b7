package dev.annota.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.annota.item.ItemPayloads;
import dev.annota.item.Items;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation from before project texts and external ids were sealed, in the upgrade mode
 * ({@code ANNOTA_CRYPTO_ACCEPT_PLAINTEXT=true}): its plaintext names, guidelines, schemas and external ids still read,
 * and a rotation's re-encryption job seals them (external ids deterministically), after which they read the same.
 */
@SpringBootTest
@TestPropertySource(properties = {"annota.crypto.accept-plaintext=true", "annota.crypto.reencrypt-interval=0s"})
@Import(Fixtures.class)
class PlaintextUpgradeTests {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;
    @Autowired Items items;
    @Autowired ItemPayloads payloads;
    @Autowired TenantKeys keys;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    @Test
    void plaintextLeftFromBeforeReadsAndTheRotationJobSealsIt() {
        var setup = fixtures.labProject("Old lab", 1, 3);
        UUID tenant = setup.lab().id();
        // What an older version stored: the texts in the clear.
        tenants.write(tenant, () -> {
            jdbc.sql("update projects set name = 'Old name', guidelines = 'Old guidelines' where tenant_id = ? and id = ?")
                    .params(tenant, setup.project().id()).update();
            jdbc.sql("update label_schemas set body = ? where tenant_id = ? and project_id = ?")
                    .params(Fixtures.SCHEMA, tenant, setup.project().id()).update();
            jdbc.sql("update items set external_id = concat('old-', cast(created_at as varchar), '-', cast(id as varchar)) "
                    + "where tenant_id = ? and project_id = ?").params(tenant, setup.project().id()).update();
            jdbc.sql("update items set external_id = 'item-1' where tenant_id = ? and project_id = ? and id = ("
                    + "select min(id) from items where tenant_id = ? and project_id = ?)")
                    .params(tenant, setup.project().id(), tenant, setup.project().id()).update();
        });
        assertThat(stored(tenant, "select external_id from items where tenant_id = ?")).contains("item-1");

        var access = fixtures.access(setup.project(), setup.manager());
        assertThat(access.project().name()).isEqualTo("Old name");
        assertThat(access.project().guidelines()).isEqualTo("Old guidelines");
        assertThat(projects.schemaDocument(access, 1)).isEqualTo(Fixtures.SCHEMA);

        // An import while "item-1" is still plaintext does not recognize it as a duplicate (documented): the job later
        // leaves that plaintext row as it is and counts it as failed rather than break the unique index.
        var report = items.importItems(access, new ByteArrayInputStream(
                "{\"external_id\":\"item-1\",\"data\":{\"text\":\"again\"}}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(report.added()).isEqualTo(1);

        Rotation rotation = keys.rotate(tenant, setup.manager().id());
        while (keys.reencryptNow(Duration.ofSeconds(30)) > 0) {
            // until the job is done
        }
        Rotation done = keys.rotation(tenant, rotation.id()).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.rowsFailed()).isEqualTo(1);

        assertThat(stored(tenant, "select name from projects where tenant_id = ?")).singleElement().asString().startsWith("v1:");
        assertThat(stored(tenant, "select guidelines from projects where tenant_id = ?")).singleElement().asString().startsWith("v1:");
        assertThat(stored(tenant, "select body from label_schemas where tenant_id = ?")).singleElement().asString().startsWith("v1:");
        List<String> externalIds = stored(tenant, "select external_id from items where tenant_id = ?");
        assertThat(externalIds).hasSize(4).filteredOn(v -> v.startsWith("d1:")).hasSize(3);
        assertThat(externalIds).contains("item-1");

        var after = fixtures.access(setup.project(), setup.manager());
        assertThat(after.project().name()).isEqualTo("Old name");
        assertThat(after.project().guidelines()).isEqualTo("Old guidelines");
        assertThat(projects.schemaDocument(after, 1)).isEqualTo(Fixtures.SCHEMA);
        // Sealed deterministically: the unique index now refuses the old ids again, and a lookup by value finds them.
        String sealed = payloads.sealExternalId(tenant, setup.project().id(), "item-1");
        assertThat(externalIds).contains(sealed);
        var again = items.importItems(after, new ByteArrayInputStream(
                "{\"external_id\":\"item-1\",\"data\":{\"text\":\"third\"}}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(again.duplicateExternalIds()).containsExactly("item-1");
        assertThat(tenants.read(tenant, () -> externalIds.stream()
                .map(v -> payloads.openExternalId(tenant, setup.project().id(), v)).filter(v -> v.startsWith("old-")).count()))
                .isEqualTo(2);
    }

    private List<String> stored(UUID tenant, String sql) {
        return tenants.read(tenant, () -> jdbc.sql(sql).param(tenant).query(String.class).list());
    }
}
