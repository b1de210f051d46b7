package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link PostgresTest} whose Spring application runs on {@link PostgresDatabase#shared()}, as the application role
 * (see {@link PostgresDatabase#register}). Classes with the same Spring configuration share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresTest
@ContextConfiguration(initializers = SharedPostgresProperties.class)
public @interface OnSharedPostgres {
}
