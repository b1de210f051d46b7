package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@PostgresTest
class DatabaseDialectPostgresTests {

    @Test
    void aPostgresDataSourceIsPostgres() throws Exception {
        var db = PostgresDatabase.shared();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(),
                PostgresDatabase.OWNER, PostgresDatabase.PASSWORD);

        assertThat(DatabaseDialect.of(dataSource)).isEqualTo(DatabaseDialect.POSTGRESQL);
        try (var connection = dataSource.getConnection()) {
            assertThat(DatabaseDialect.of(connection)).isEqualTo(DatabaseDialect.POSTGRESQL);
        }
        assertThat(DatabaseDialect.of(dataSource).isPostgres()).isTrue();
        assertThat(DatabaseDialect.ofUrl(db.url())).isEqualTo(DatabaseDialect.POSTGRESQL);
        assertThat(DatabaseDialect.ownedByThisProcess(db.url())).isFalse();
    }
}
