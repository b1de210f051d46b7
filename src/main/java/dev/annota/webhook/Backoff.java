package dev.annota.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt of a failed delivery: base · 2^(attempt-1), at most {@code max}, with "equal
 * jitter" (a random point in its upper half), so receivers that fail together are not retried together. Shared by the
 * project webhooks and the access log's witnesses.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code attempt}-th failure (1 for the first). */
    public static Duration after(int attempt, Duration base, Duration max) {
        long ceiling = max.toMillis();
        long millis = base.toMillis();
        for (int i = 1; i < attempt && millis < ceiling; i++) {
            millis *= 2;
        }
        millis = Math.min(millis, ceiling);
        long half = millis / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(millis - half + 1));
    }
}
