package dev.annota.crypto.internal;

import java.time.Duration;

import dev.annota.operations.DomainMetrics;
import dev.annota.operations.Poller;
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
    private final Poller poller = new Poller("annota-reencrypt", log, "Re-encryption run", this::runSlice);

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
        poller.nudge();
    }

    // A failed run is logged (ids only) and the next tick tries again from the committed cursor.
    private void runSlice() {
        // A slice at a time, so a stop() never waits long; the next tick resumes from the committed cursor.
        reencryption.runPending(SLICE);
        var progress = reencryption.progress();
        metrics.reencryption(progress.jobs(), progress.rowsTotal(), progress.rowsScanned());
        if (retireOldKeys) {
            // The server's own act: the access log names the system as the actor.
            retirement.runDue(new java.util.UUID(0, 0));
        }
    }

    @Override
    public void start() {
        poller.start(interval);
    }

    @Override
    public void stop() {
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }
}
