package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs the application behind a real nginx ({@link Nginx}). Without nginx it is skipped on a laptop, but
 * fails when the system property {@code annota.proxy.required} is true (as .ci/run sets it, after installing nginx).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("proxy")
@ExtendWith(ProxyCondition.class)
public @interface ProxyTest {
}
