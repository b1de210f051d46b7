package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** On H2 the statements of a round trip run one by one, with the same results and the same failure as on PostgreSQL. */
class RoundTripTests {

    private static SimpleDriverDataSource dataSource;
    private static TransactionTemplate transaction;
    private static RoundTrips trips;

    @BeforeAll
    static void database() throws Exception {
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient.create(dataSource).sql("create table counters (name varchar(10) primary key, n int not null)").update();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        trips = new RoundTrips(dataSource, DatabaseDialect.of(dataSource));
    }

    @Test
    void statementsRunInOrderAndSeeEachOthersWrites() {
        transaction.executeWithoutResult(status -> {
            RoundTrip trip = trips.start();
            var inserted = trip.update("insert into counters (name, n) values (?, ?), (?, ?)", "a", 1, "b", 2);
            var raised = trip.update("update counters set n = n + ? where name = ?", 10, "a");
            var rows = trip.query("select name, n from counters order by name", (rs, i) -> rs.getString(1) + "=" + rs.getInt(2));
            trip.send();
            assertThat(inserted.get()).isEqualTo(2);
            assertThat(raised.get()).isEqualTo(1);
            assertThat(rows.get()).containsExactly("a=11", "b=2");
            assertThat(trips.together()).isFalse();
            status.setRollbackOnly();
        });
    }

    @Test
    void aBeforeCommitStepThatReservedTheRoundTripAtCommitWritesInIt() {
        transaction.executeWithoutResult(status -> {
            trips.reserve();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    trips.atCommit(1, "insert into counters (name, n) values ('late', 1)");
                }
            });
        });
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from counters where name = 'late'").query(Integer.class).single())
                .isOne();
        JdbcClient.create(dataSource).sql("delete from counters").update();
    }

    @Test
    void aFailingStatementFailsTheSendAndTheStatementsAfterItDoNotRun() {
        transaction.executeWithoutResult(status -> {
            JdbcClient.create(dataSource).sql("insert into counters (name, n) values ('x', 1)").update();
            RoundTrip trip = trips.start();
            trip.update("insert into counters (name, n) values ('x', 2)");
            var after = trip.update("insert into counters (name, n) values ('z', 1)");
            assertThatThrownBy(trip::send).isInstanceOf(DuplicateKeyException.class);
            assertThatThrownBy(after::get).isInstanceOf(IllegalStateException.class);
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from counters where name = 'z'").query(Integer.class).single())
                    .isZero();
            status.setRollbackOnly();
        });
    }
}
