package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives a real Chromium through chromedriver (see {@link Browser}). Without Chromium it is skipped on a
 * laptop, but fails when the system property {@code annota.browser.required} is true (as .ci/run sets it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserCondition.class)
public @interface BrowserTest {
}
