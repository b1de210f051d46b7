package dev.annota.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.WritesAtCommitChecked;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RoundTripCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's transaction manager on PostgreSQL sends a transaction's writes at commit and its COMMIT in one
 * round trip, and a write that fails there, or changes other than the rows it must, still rolls everything back.
 */
@PostgresTest
class WritesWithCommitPostgresTests {

    private static PostgresDatabase db;
    private static SimpleDriverDataSource dataSource;
    private static TransactionTemplate transaction;
    private static RoundTrips trips;
    private static JdbcClient jdbc;

    @BeforeAll
    static void database() throws Exception {
        db = PostgresDatabase.create();
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url() + "?" + RoundTripCounter.URL_PARAMETER,
                PostgresDatabase.OWNER, PostgresDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table counters (name text primary key, n int not null)").update();
        jdbc.sql(WritesAtCommitChecked.migration()).update();
        transaction = new TransactionTemplate(new TenantTransactionManager(dataSource, true));
        trips = new RoundTrips(dataSource);
    }

    @AfterEach
    void empty() {
        jdbc.sql("delete from counters").update();
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.drop();
        }
    }

    @Test
    void theWritesAtCommitAndTheCommitTakeOneRoundTrip() {
        int[] before = new int[1];
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into counters (name, n) values ('c', 0)").update();
            before[0] = RoundTripCounter.ofCurrentThread();
            trips.atCommit(1, "update counters set n = n + 1 where name = ?", "c");
            trips.atCommit(1, "insert into counters (name, n) values (?, ?)", "d", 5);
            trips.atCommit(-1, "delete from counters where name = ?", "nobody");
        });
        // {update, insert, delete, COMMIT}: the driver, finding the connection outside a transaction, sends no COMMIT.
        assertThat(RoundTripCounter.ofCurrentThread() - before[0]).isEqualTo(1);
        assertThat(jdbc.sql("select name || '=' || n from counters order by name").query(String.class).list())
                .containsExactly("c=1", "d=5");
    }

    @Test
    void aTransactionWithoutWritesAtCommitCommitsAsUsual() {
        int[] before = new int[1];
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into counters (name, n) values ('plain', 1)").update();
            trips.reserve();
            before[0] = RoundTripCounter.ofCurrentThread();
        });
        assertThat(RoundTripCounter.ofCurrentThread() - before[0]).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from counters").query(Integer.class).single()).isOne();
    }

    @Test
    void aWriteAtCommitThatChangesOtherThanItsRowsStopsTheCommitAndRollsEverythingBack() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into counters (name, n) values ('e', 0)").update();
            trips.atCommit(1, "update counters set n = n + 1 where name = ?", "nobody");
            trips.atCommit(1, "insert into counters (name, n) values (?, ?)", "after", 1);
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("A write at commit changed 0 rows, not 1: update counters");
        assertThat(jdbc.sql("select count(*) from counters").query(Integer.class).single()).isZero();
    }

    @Test
    void aWriteAtCommitThatFailsRollsEverythingBackWithItsTranslatedError() {
        jdbc.sql("insert into counters (name, n) values ('taken', 1)").update();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into counters (name, n) values ('f', 0)").update();
            trips.atCommit(1, "insert into counters (name, n) values (?, ?)", "taken", 2);
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("select name || '=' || n from counters").query(String.class).list()).containsExactly("taken=1");
        // The pooled connection of a later transaction is clean: it commits again.
        transaction.executeWithoutResult(status -> trips.atCommit(1, "insert into counters (name, n) values (?, ?)", "g", 1));
        assertThat(jdbc.sql("select count(*) from counters").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aBeforeCommitStepWritesWithTheCommitAndAnAfterCommitStepCannot() {
        Throwable[] late = new Throwable[1];
        transaction.executeWithoutResult(status -> {
            trips.reserve();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    trips.atCommit(1, "insert into counters (name, n) values ('late', 1)");
                }

                @Override
                public void afterCommit() {
                    try {
                        trips.atCommit(1, "insert into counters (name, n) values ('too late', 1)");
                    } catch (IllegalStateException e) {
                        late[0] = e;
                    }
                }
            });
        });
        assertThat(jdbc.sql("select name from counters").query(String.class).list()).containsExactly("late");
        assertThat(late[0]).hasMessageContaining("has committed");
    }
}
