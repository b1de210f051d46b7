package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that checks metrics with Prometheus' {@code promtool}. Without it the test is skipped on a laptop, but fails
 * when the system property {@code annota.promtool.required} is true (as .ci/run sets it, after installing it).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PromtoolCondition.class)
public @interface PromtoolTest {
}
