package dev.annota.failure;

import java.time.Duration;

/** A refusal that passes: the caller may ask again after {@link #retryAfter()} (null: no time is known). */
public abstract sealed class RetryLater extends Failure permits TooManyRequests, Unavailable {

    private final Duration retryAfter;

    protected RetryLater(String title, String detail, Duration retryAfter) {
        super(title, detail, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
