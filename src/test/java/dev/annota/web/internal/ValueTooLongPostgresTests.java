package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The backstop behind the request fields' limits: the exception a too-long text really raises, on PostgreSQL and on
 * H2 as Spring translates it, is a 422 problem; any other integrity violation is left alone (it is not the client's
 * over-long text).
 */
@PostgresTest
class ValueTooLongPostgresTests {

    @Test
    void postgresqlsValueTooLongIsA422() throws Exception {
        try (var c = PostgresDatabase.shared().connect(PostgresDatabase.APP)) {
            var db = new SingleConnectionDataSource(c, true);
            assertThat(new ProblemAdvice().integrityViolation(tooLong(db)).getStatus()).isEqualTo(422);
            assertThatThrownBy(() -> new ProblemAdvice().integrityViolation(notNull(db))).isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void h2sValueTooLongIsA422() {
        var db = new SingleConnectionDataSource("jdbc:h2:mem:too-long;MODE=PostgreSQL", "sa", "", true);
        try {
            assertThat(new ProblemAdvice().integrityViolation(tooLong(db)).getStatus()).isEqualTo(422);
            assertThatThrownBy(() -> new ProblemAdvice().integrityViolation(notNull(db))).isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            db.destroy();
        }
    }

    private static DataIntegrityViolationException tooLong(DataSource db) {
        var jdbc = JdbcClient.create(db);
        jdbc.sql("create temporary table short_texts (v varchar(3) not null)").update();
        try {
            jdbc.sql("insert into short_texts (v) values (?)").param("four").update();
        } catch (DataIntegrityViolationException e) {
            return e;
        }
        throw new AssertionError("a four-character text went into varchar(3)");
    }

    private static DataIntegrityViolationException notNull(DataSource db) {
        try {
            JdbcClient.create(db).sql("insert into short_texts (v) values (null)").update();
        } catch (DataIntegrityViolationException e) {
            return e;
        }
        throw new AssertionError("null went into a not-null column");
    }
}
