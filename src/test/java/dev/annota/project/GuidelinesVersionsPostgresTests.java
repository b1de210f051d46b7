package dev.annota.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Guidelines versions on PostgreSQL: stored sealed (never the text), under row-level security (V24_1). */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class GuidelinesVersionsPostgresTests {

    @Autowired Fixtures fixtures;
    @Autowired Projects projects;

    @Test
    void everyGuidelinesVersionIsStoredSealedAndOnlyItsTenantSeesIt() throws SQLException {
        var setup = fixtures.labProject("PG lab", 1, 0);
        String secret = "Confidential rule " + java.util.UUID.randomUUID();

        Project changed = projects.changeGuidelines(fixtures.access(setup.project(), setup.manager()), "# Guidelines\n\n" + secret);

        assertThat(changed.guidelinesVersion()).isEqualTo(2);
        var access = fixtures.access(setup.project(), setup.manager());
        assertThat(projects.guidelines(access, 2)).contains(secret);
        assertThat(projects.guidelines(access, 1)).isEqualTo("# Guidelines");
        var stored = new ArrayList<String>();
        try (Connection admin = PostgresDatabase.shared().connectAsAdmin();
             var s = admin.prepareStatement("select body from project_guidelines where project_id = ? order by version")) {
            s.setObject(1, setup.project().id());
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        assertThat(stored).hasSize(2).allSatisfy(body -> assertThat(body).startsWith("v1:").doesNotContain("Guidelines"));
        assertThat(String.join("", stored)).doesNotContain(secret);
        // The application's role with no tenant set sees no version at all.
        assertThat(countAsApplication()).isZero();
    }

    private static long countAsApplication() throws SQLException {
        try (Connection app = PostgresDatabase.shared().connect(PostgresDatabase.APP);
             var s = app.prepareStatement("select count(*) from project_guidelines");
             var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
