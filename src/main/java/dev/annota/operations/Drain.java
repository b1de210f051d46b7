package dev.annota.operations;

import java.time.Duration;

import dev.annota.failure.Unavailable;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is draining: it was asked to stop (SIGTERM), its readiness probe already answers
 * OUT_OF_SERVICE so the load balancer sends it nothing new, and the requests in flight are finishing. New work must not
 * start here then: a claim would hand out a lease whose task's submit may find the instance gone. The queue asks
 * {@link #refuseNewWork()} before every claim; submits, skips and everything else go on until the server stops.
 */
@Component
public class Drain {

    /** What a refused claim tells the client: another instance (or this one, restarted) will serve it by then. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private volatile boolean draining;

    /** True once the instance began shutting down. */
    public boolean draining() {
        return draining;
    }

    /** Throws a 503 (with Retry-After) while draining. */
    public void refuseNewWork() {
        if (draining) {
            throw new Unavailable("Shutting down",
                    "This instance is shutting down and takes no new claims; ask again, another instance will answer.",
                    RETRY_AFTER);
        }
    }

    /** Called by the shutdown sequence (operations/internal/DrainOnShutdown). */
    public void begin() {
        draining = true;
    }

    /**
     * Called when the context's lifecycle starts again after a stop: Spring's test framework pauses cached contexts
     * (stops their lifecycle beans) and restarts them when a test needs them again, and such a context serves again.
     */
    public void end() {
        draining = false;
    }
}
