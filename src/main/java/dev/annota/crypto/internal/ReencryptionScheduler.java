package dev.annota.crypto.internal;

import java.time.Duration;

import dev.annota.operations.DomainMetrics;
import dev.annota.operations.Poller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reencryption#runPending} in the background every {@code annota.crypto.reencrypt-interval} (and at once
 * after a rotation on this instance). Every instance runs it; the job's row locks share the work out.
 */
@Component
public class ReencryptionScheduler extends Poller {

    private static final Logger log = LoggerFactory.getLogger(ReencryptionScheduler.class);
    private static final Duration SLICE = Duration.ofSeconds(30);

    private final Reencryption reencryption;
    private final KeyRetirement retirement;
    private final boolean retireOldKeys;
    private final DomainMetrics metrics;

    ReencryptionScheduler(Reencryption reencryption, KeyRetirement retirement, CryptoProperties properties,
                          DomainMetrics metrics) {
        super("annota-reencrypt", log, "Re-encryption run", properties.reencryptInterval());
        this.metrics = metrics;
        this.reencryption = reencryption;
        this.retirement = retirement;
        this.retireOldKeys = properties.retireOldKeys();
    }

    // A failed run is logged (ids only) and the next tick tries again from the committed cursor.
    @Override
    protected void poll() {
        // A slice at a time, so a stop() never waits long; the next tick resumes from the committed cursor.
        reencryption.runPending(SLICE);
        var progress = reencryption.progress();
        metrics.reencryption(progress.jobs(), progress.rowsTotal(), progress.rowsScanned());
        if (retireOldKeys) {
            // The server's own act: the access log names the system as the actor.
            retirement.runDue(new java.util.UUID(0, 0));
        }
    }
}
