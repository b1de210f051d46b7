package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the local PostgreSQL server. Without one it is skipped on a laptop, but fails when the system
 * property {@code annota.postgres.required} is true (as .ci/run sets it): CI never skips PostgreSQL tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {
}
