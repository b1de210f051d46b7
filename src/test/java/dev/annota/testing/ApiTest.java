package dev.annota.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An HTTP-level test: the whole application on a random port over the default in-memory H2 database, real security
 * filters in front. Every class carrying this annotation has the same configuration, so Spring's test context cache
 * starts the application once for all of them. The login lock is short here (3 failures per account, 2 per address,
 * 8 seconds) so a test can wait it out; the image size limit is 2 MB and the bundle size limit 1 MB, so a test can exceed
 * them cheaply. Witnesses may be on 127.0.0.1 (a receiver the test runs), webhooks too, and a failed delivery is retried
 * after a fraction of a second, not half a
 * minute. A single sign-on provider may be on http at localhost (the test's provider, which Chromium reaches by that name).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"annota.login.max-failures=3", "annota.login.address-max-failures=2", "annota.login.lock-seconds=8",
                "annota.images.max-bytes=2MB", "annota.bundles.max-bytes=1MB", "annota.webhooks.allowed-hosts=127.0.0.1",
                "annota.witnesses.retry-base=200ms", "annota.witnesses.sweep-interval=250ms",
                "annota.webhooks.retry-base=200ms", "annota.webhooks.sweep-interval=250ms",
                "annota.sso.allowed-http-hosts=127.0.0.1,localhost"})
@Import(Fixtures.class)
public @interface ApiTest {
}
