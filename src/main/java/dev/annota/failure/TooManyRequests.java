package dev.annota.failure;

import java.time.Duration;

/** The caller asked too often; they may ask again after {@link #retryAfter()}. */
public non-sealed class TooManyRequests extends Failure {

    private final Duration retryAfter;

    public TooManyRequests(String title, String detail, Duration retryAfter) {
        super(title, detail, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
