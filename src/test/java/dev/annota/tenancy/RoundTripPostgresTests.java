package dev.annota.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RoundTripCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements of a round trip on PostgreSQL: one network round trip, in order, each seeing the writes before it. */
@PostgresTest
class RoundTripPostgresTests {

    private static PostgresDatabase db;
    private static SimpleDriverDataSource dataSource;
    private static TransactionTemplate transaction;
    private static RoundTrips trips;

    @BeforeAll
    static void database() throws Exception {
        db = PostgresDatabase.create();
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url() + "?" + RoundTripCounter.URL_PARAMETER,
                PostgresDatabase.OWNER, PostgresDatabase.PASSWORD);
        JdbcClient.create(dataSource).sql("create table counters (name text primary key, n int not null)").update();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        trips = new RoundTrips(dataSource, DatabaseDialect.of(dataSource));
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.drop();
        }
    }

    @Test
    void statementsOfOneRoundTripCostOneNetworkRoundTripAndSeeEachOthersWrites() {
        transaction.executeWithoutResult(status -> {
            int opening = RoundTripCounter.ofCurrentThread();
            JdbcClient.create(dataSource).sql("select 1").query(Integer.class).single();
            JdbcClient.create(dataSource).sql("select 2").query(Integer.class).single();
            // The counter itself: two statements on their own are two round trips.
            assertThat(RoundTripCounter.ofCurrentThread() - opening).isEqualTo(2);
            RoundTrip trip = trips.start();
            var inserted = trip.update("insert into counters (name, n) values (?, ?), (?, ?)", "a", 1, "b", 2);
            var raised = trip.update("update counters set n = n + ? where name = ?", 10, "a");
            var rows = trip.query("select name, n from counters order by name", (rs, i) -> rs.getString(1) + "=" + rs.getInt(2));
            var none = trip.queryOptional("select n from counters where name = ?", (rs, i) -> rs.getInt(1), "zzz");
            int before = RoundTripCounter.ofCurrentThread();
            trip.send();
            assertThat(RoundTripCounter.ofCurrentThread() - before).isEqualTo(1);
            assertThat(inserted.get()).isEqualTo(2);
            assertThat(raised.get()).isEqualTo(1);
            assertThat(rows.get()).containsExactly("a=11", "b=2");
            assertThat(none.get()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void aQueryWithATimestampThatReturnsTextStillTravelsWithTheOthersOnceTheDriverPreparedIt() {
        // The claim's live-lease query, in small: a timestamp parameter and a text column. The driver prepares a
        // statement on the server from its fifth use on a connection; the sends before that show nothing.
        var at = Timestamp.from(Instant.parse("2026-12-02T10:00:00.123456Z"));
        transaction.executeWithoutResult(status -> {
            for (int use = 1; use <= 8; use++) {
                RoundTrip trip = trips.start();
                var first = trip.query("select count(*) from counters where name = ?", (rs, i) -> rs.getInt(1), "a");
                var text = trip.query("select 'now ' || (?::timestamptz at time zone 'UTC')::text where ? < now()",
                        (rs, i) -> rs.getString(1), at, at);
                var last = trip.query("select count(*) from counters where name = ?", (rs, i) -> rs.getInt(1), "b");
                int before = RoundTripCounter.ofCurrentThread();
                trip.send();
                assertThat(RoundTripCounter.ofCurrentThread() - before).as("round trips of send %d", use).isEqualTo(1);
                assertThat(first.get()).containsExactly(0);
                assertThat(text.get()).singleElement().asString().isEqualTo("now 2026-12-02 10:00:00.123456");
                assertThat(last.get()).containsExactly(0);
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void aFailingStatementFailsTheSendTranslatedAndTheStatementsAfterItDoNotRun() {
        transaction.executeWithoutResult(status -> {
            JdbcClient.create(dataSource).sql("insert into counters (name, n) values ('x', 1)").update();
            RoundTrip trip = trips.start();
            trip.update("insert into counters (name, n) values ('y', 1)");
            trip.update("insert into counters (name, n) values ('x', 2)");
            var after = trip.update("insert into counters (name, n) values ('z', 1)");
            assertThatThrownBy(trip::send).isInstanceOf(DuplicateKeyException.class);
            assertThatThrownBy(after::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("after the round trip");
            status.setRollbackOnly();
        });
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from counters").query(Integer.class).single()).isZero();
    }

    @Test
    void writesAtCommitTravelTogetherJustBeforeTheCommit() {
        int[] before = new int[1];
        transaction.executeWithoutResult(status -> {
            JdbcClient.create(dataSource).sql("insert into counters (name, n) values ('c', 0)").update();
            before[0] = RoundTripCounter.ofCurrentThread();
            trips.atCommit(1, "update counters set n = n + 1 where name = ?", "c");
            trips.atCommit(1, "insert into counters (name, n) values (?, ?)", "d", 5);
            // Not yet written: the writes wait for the commit.
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from counters where name = 'd'").query(Integer.class).single())
                    .isZero();
        });
        // The count, {update, insert} at commit, COMMIT.
        assertThat(RoundTripCounter.ofCurrentThread() - before[0]).isEqualTo(3);
        var rows = JdbcClient.create(dataSource).sql("select name || '=' || n from counters where name in ('c', 'd') order by name")
                .query(String.class).list();
        assertThat(rows).containsExactly("c=1", "d=5");
        JdbcClient.create(dataSource).sql("delete from counters").update();
    }

    @Test
    void aWriteAtCommitThatChangesOtherThanTheExpectedRowsRollsTheWholeTransactionBack() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            JdbcClient.create(dataSource).sql("insert into counters (name, n) values ('e', 0)").update();
            trips.atCommit(1, "update counters set n = n + 1 where name = ?", "nobody");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("changed 0 rows, not 1");
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from counters").query(Integer.class).single()).isZero();
    }

    @Test
    void aRoundTripIsRefusedOutsideATransactionAndResultsBeforeSending() {
        RoundTrip trip = trips.start();
        var count = trip.query("select count(*) from counters", (rs, i) -> rs.getInt(1));
        assertThatThrownBy(count::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(trip::send).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThatThrownBy(() -> trips.start().update("delete from counters; drop table counters"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(trips.together())).containsExactly(true);
    }
}
