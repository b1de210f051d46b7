package dev.annota.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;

/**
 * The same over HTTP on PostgreSQL under row-level security, and the profile tables' cross-organization policy: a
 * customer's transaction reads the profiles of the workforces it engages and of no other organization, and writes
 * only its own rows.
 */
@OnSharedPostgres
class WorkforcePostgresTests extends WorkforceApiTests {

    @Test
    void aCustomersTransactionReadsItsEngagedVendorsProfilesAndNoOneElses() {
        var s = setup();
        fixtures.client(s.annotator()).putJson("/api/v1/me/profile", PROFILE);
        var stranger = fixtures.user(fixtures.organization(OrganizationKind.WORKFORCE, "Stranger"), Role.ANNOTATOR);
        fixtures.client(stranger).putJson("/api/v1/me/profile", PROFILE);
        var lab = s.lab().lab().id();
        String count = "select count(*) from annotator_skills where person_id = ?";
        assertThat(tenants.read(lab, () -> jdbc.sql(count).param(s.annotator().id()).query(Long.class).single()))
                .as("the engaged vendor's person, read in the lab's transaction").isEqualTo(2);
        assertThat(tenants.read(lab, () -> jdbc.sql(count).param(stranger.id()).query(Long.class).single()))
                .as("a vendor the lab does not engage").isZero();
        assertThat(tenants.read(lab, () -> jdbc.sql("select count(*) from annotator_profiles where tenant_id <> ?").param(lab)
                .query(Long.class).single())).as("every profile the lab may read is its vendor's").isEqualTo(1);
        var otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab").id();
        assertThat(tenants.read(otherLab, () -> jdbc.sql(count).param(s.annotator().id()).query(Long.class).single()))
                .as("a lab that does not engage the vendor").isZero();
        assertThat(tenants.read(s.vendor().id(), () -> jdbc.sql(count).param(stranger.id()).query(Long.class).single()))
                .as("one vendor never reads another's").isZero();
        // Writes stay the owner's: the lab may not change the vendor's rows it can read.
        assertThat(tenants.write(lab, () -> jdbc.sql("delete from annotator_skills where person_id = ?").param(s.annotator().id()).update()))
                .isZero();
        assertThat(tenants.write(lab, () -> jdbc.sql("update annotator_profiles set time_zone = 'UTC' where person_id = ?")
                .param(s.annotator().id()).update())).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tenants.write(lab, () -> jdbc.sql(
                        "insert into annotator_skills (tenant_id, person_id, skill) values (?, ?, 'forged')")
                .params(s.vendor().id(), s.annotator().id()).update())).hasStackTraceContaining("row-level security");
        assertThat(tenants.read(s.vendor().id(), () -> jdbc.sql(count).param(s.annotator().id()).query(Long.class).single())).isEqualTo(2);
        // Without a tenant nothing is visible.
        assertThat(jdbc.sql("select count(*) from annotator_skills").query(Long.class).single()).isZero();
    }
}
