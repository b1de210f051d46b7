package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class DatabaseDialectTests {

    private static final String H2_URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/annota";

    @Test
    void anEmbeddedH2DataSourceIsH2AndNotPostgres() throws Exception {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), H2_URL, "sa", "");

        assertThat(DatabaseDialect.of(dataSource)).isEqualTo(DatabaseDialect.H2);
        try (var connection = dataSource.getConnection()) {
            assertThat(DatabaseDialect.of(connection)).isEqualTo(DatabaseDialect.H2);
        }
        assertThat(DatabaseDialect.H2.isPostgres()).isFalse();
        assertThat(DatabaseDialect.H2.isH2()).isTrue();
    }

    @Test
    void theProductNamesTheDriversReportNameTheirDialectInAnyCase() {
        assertThat(DatabaseDialect.ofProductName("PostgreSQL")).isEqualTo(DatabaseDialect.POSTGRESQL);
        assertThat(DatabaseDialect.ofProductName("postgresql")).isEqualTo(DatabaseDialect.POSTGRESQL);
        assertThat(DatabaseDialect.ofProductName("H2")).isEqualTo(DatabaseDialect.H2);
        assertThat(DatabaseDialect.ofProductName("MySQL")).isEqualTo(DatabaseDialect.OTHER);
        assertThat(DatabaseDialect.ofProductName(null)).isEqualTo(DatabaseDialect.OTHER);
        assertThat(DatabaseDialect.POSTGRESQL.isPostgres()).isTrue();
        assertThat(DatabaseDialect.POSTGRESQL.isH2()).isFalse();
        assertThat(DatabaseDialect.OTHER.isPostgres()).isFalse();
    }

    @Test
    void aJdbcUrlNamesItsDialectWithoutAConnection() {
        assertThat(DatabaseDialect.ofUrl(POSTGRES_URL)).isEqualTo(DatabaseDialect.POSTGRESQL);
        assertThat(DatabaseDialect.ofUrl(H2_URL)).isEqualTo(DatabaseDialect.H2);
        assertThat(DatabaseDialect.ofUrl("jdbc:h2:tcp://db.example/annota")).isEqualTo(DatabaseDialect.H2);
        assertThat(DatabaseDialect.ofUrl("jdbc:mysql://db.example/annota")).isEqualTo(DatabaseDialect.OTHER);
        assertThat(DatabaseDialect.ofUrl("")).isEqualTo(DatabaseDialect.OTHER);
        assertThat(DatabaseDialect.ofUrl(null)).isEqualTo(DatabaseDialect.OTHER);
    }

    @Test
    void onlyAnEmbeddedH2DatabaseIsOwnedByThisProcess() {
        assertThat(DatabaseDialect.ownedByThisProcess("jdbc:h2:file:./data/annota")).isTrue();
        assertThat(DatabaseDialect.ownedByThisProcess("jdbc:h2:mem:test")).isTrue();
        assertThat(DatabaseDialect.ownedByThisProcess("jdbc:h2:tcp://db.example/annota")).isFalse();
        assertThat(DatabaseDialect.ownedByThisProcess("jdbc:h2:ssl://db.example/annota")).isFalse();
        assertThat(DatabaseDialect.ownedByThisProcess("jdbc:h2:file:./data/annota;AUTO_SERVER=TRUE")).isFalse();
        assertThat(DatabaseDialect.ownedByThisProcess(POSTGRES_URL)).isFalse();
        assertThat(DatabaseDialect.ownedByThisProcess(null)).isFalse();
    }
}
