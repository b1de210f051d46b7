package dev.annota.crypto.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.annota.operations.DomainMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reencryption#runPending} in the background every {@code annota.crypto.reencrypt-interval} (and at once
 * after a rotation on this instance). Every instance runs it; the job's row locks share the work out.
 */
@Component
public class ReencryptionScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReencryptionScheduler.class);
    private static final Duration SLICE = Duration.ofSeconds(30);

    private final Reencryption reencryption;
    private final KeyRetirement retirement;
    private final boolean retireOldKeys;
    private final Duration interval;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    private final DomainMetrics metrics;

    ReencryptionScheduler(Reencryption reencryption, KeyRetirement retirement, CryptoProperties properties,
                          DomainMetrics metrics) {
        this.metrics = metrics;
        this.reencryption = reencryption;
        this.retirement = retirement;
        this.retireOldKeys = properties.retireOldKeys();
        this.interval = properties.reencryptInterval();
    }

    /** Runs the pending jobs soon, without waiting for the next tick. */
    public void nudge() {
        var running = executor;
        if (running != null) {
            running.execute(this::tick);
        }
    }

    private void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            // A slice at a time, so a stop() never waits long; the next tick resumes from the committed cursor.
            reencryption.runPending(SLICE);
            var progress = reencryption.progress();
            metrics.reencryption(progress.jobs(), progress.rowsTotal(), progress.rowsScanned());
            if (retireOldKeys) {
                // The server's own act: the access log names the system as the actor.
                retirement.runDue(new java.util.UUID(0, 0));
            }
        } catch (RuntimeException e) {
            // Ids only in these messages; the next tick tries again from the committed cursor.
            log.warn("Re-encryption run failed: {}", e.toString());
        } finally {
            busy.set(false);
        }
    }

    @Override
    public void start() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("annota-reencrypt").daemon(true).factory());
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
