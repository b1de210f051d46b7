package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what happens in the background (a delivery at a receiver, a prediction run's progress): asks the condition
 * every 50 ms and fails the test, naming what it waited for, once the time is up.
 */
public final class Eventually {

    /** How long a test waits unless it says otherwise: long enough for a loaded CI machine, short for a hang. */
    public static final Duration USUALLY = Duration.ofSeconds(20);

    private Eventually() {
    }

    /** Waits up to {@link #USUALLY} for the condition. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, USUALLY, condition);
    }

    public static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
