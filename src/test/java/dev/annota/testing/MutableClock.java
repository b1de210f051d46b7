package dev.annota.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock plus an offset a test can move forward, so lease expiry is tested without sleeping. The application
 * reads time only through its {@link Clock} bean; a test replaces that bean with this one (declared {@code @Primary}).
 * Time keeps running, so timestamps stay realistic and ordered.
 */
public final class MutableClock extends Clock {

    /** Makes a {@link MutableClock} the application's clock: {@code @Import(MutableClock.AsTheClock.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AsTheClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward here: leases compare against earlier readings");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application works in UTC");
    }
}
