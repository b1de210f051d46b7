package dev.annota.prediction.internal;

import java.time.Duration;

/**
 * A prediction service did not answer usefully. {@code retryable} for what may pass (timeouts, refused connections, 429,
 * 5xx); {@code retryAfter} when the service said how long to wait. Never shown to a client as an error of its request:
 * it ends in the progress's last error.
 */
class ServiceFailure extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;

    ServiceFailure(String message, boolean retryable, Duration retryAfter) {
        super(message);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
