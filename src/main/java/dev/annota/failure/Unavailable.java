package dev.annota.failure;

import java.time.Duration;

/**
 * This instance cannot serve the request now (it is shutting down, say), though another instance or this one later
 * can; the caller may ask again after {@link #retryAfter()}.
 */
public non-sealed class Unavailable extends RetryLater {

    public Unavailable(String title, String detail, Duration retryAfter) {
        super(title, detail, retryAfter);
    }
}
