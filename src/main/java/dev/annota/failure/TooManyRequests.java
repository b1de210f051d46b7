package dev.annota.failure;

import java.time.Duration;

/** The caller asked too often; they may ask again after {@link #retryAfter()}. */
public non-sealed class TooManyRequests extends RetryLater {

    public TooManyRequests(String title, String detail, Duration retryAfter) {
        super(title, detail, retryAfter);
    }
}
