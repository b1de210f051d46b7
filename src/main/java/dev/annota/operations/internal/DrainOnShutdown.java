package dev.annota.operations.internal;

import java.time.Duration;

import dev.annota.operations.Drain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping instance does (SIGTERM, or the context closing): it stops taking new claims, answers
 * OUT_OF_SERVICE on its readiness probe, and keeps serving everything else for {@code annota.shutdown.drain-delay},
 * long enough for a load balancer probing readiness to take it out of rotation. Then the web server's graceful
 * shutdown (a later, lower phase) stops accepting connections and waits up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase} for the requests in flight.
 */
@Component
class DrainOnShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrainOnShutdown.class);

    private final Drain drain;
    private final ApplicationContext context;
    private final Duration delay;
    private volatile boolean running;

    DrainOnShutdown(Drain drain, ApplicationContext context, @Value("${annota.shutdown.drain-delay:0s}") Duration delay) {
        this.drain = drain;
        this.context = context;
        this.delay = delay;
    }

    @Override
    public void start() {
        // A restart after a stop (a paused test context resumed) serves again; at the first start this changes nothing.
        if (drain.draining()) {
            drain.end();
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        running = true;
    }

    @Override
    public void stop() {
        drain.begin();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        if (delay.isPositive()) {
            log.info("Draining: readiness is OUT_OF_SERVICE and no new claims are taken; stopping in {} s", delay.toSeconds());
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before every other phase, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
