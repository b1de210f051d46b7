package dev.annota.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications on PostgreSQL under row-level security (V20_1), and the write after another tenant's commit. */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class NotificationsPostgresTests {

    @Autowired Fixtures fixtures;
    @Autowired Notifications notifications;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;

    private long count(UUID user) {
        return jdbc.sql("select count(*) from notifications where user_id = ?").param(user).query(Long.class).single();
    }

    @Test
    void aNotificationIsVisibleOnlyInsideItsOrganizationsTransaction() throws SQLException {
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "RLS vendor");
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "RLS lab");
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        // Sent from inside the lab's transaction (as quality does at a submit): written after it commits, in the vendor's.
        tenants.write(lab.id(), () -> notifications.notify(vendor.id(), annotator.id(), "FROM_LAB", "Sent from a lab's transaction.", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> tenants.read(vendor.id(), () -> count(annotator.id())) == 1);
        assertThat(notifications.page(annotator, null, 10).unread()).isEqualTo(1);

        assertThat(tenants.read(lab.id(), () -> count(annotator.id()))).isZero();
        assertThat(count(annotator.id())).isZero(); // no transaction, no tenant: nothing
        // From below the application: the application's role, no tenant set, a statement that forgets the filter.
        try (Connection app = PostgresDatabase.shared().connect(PostgresDatabase.APP);
             PreparedStatement st = app.prepareStatement("select count(*) from notifications")) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
        // A row for another tenant cannot be written inside this one's transaction (the policy's check).
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> tenants.write(lab.id(), () -> jdbc.sql("""
                        insert into notifications (tenant_id, id, user_id, kind, text, created_at) values (?, ?, ?, 'X', 'x', now())""")
                .params(vendor.id(), UUID.randomUUID(), annotator.id()).update()));
        assertThat(refused).isNotNull().rootCause().hasMessageContaining("row-level security");
    }
}
