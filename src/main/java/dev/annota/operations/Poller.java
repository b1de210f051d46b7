package dev.annota.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Runs one module's background job on a thread of its own, every interval after the last run ended, and at once when
 * {@linkplain #nudge() nudged}; never two runs at a time on one instance (a nudge during a run is dropped: the run
 * under way or the next tick finds the work). A run that throws is logged and the next tick tries again. The owning
 * component starts and stops it with its own life cycle; stopping interrupts the run under way and waits for it up to
 * ten seconds, so a run should work in slices and look at {@link Thread#isInterrupted()}.
 */
public final class Poller {

    private final String threadName;
    private final Logger log;
    private final String what;
    private final Runnable run;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    /**
     * {@code threadName}: the thread's name; {@code log} and {@code what}: where and under which name a failed run is
     * logged ("{what} failed: {exception}", ids only); {@code run}: one run.
     */
    public Poller(String threadName, Logger log, String what, Runnable run) {
        this.threadName = threadName;
        this.log = log;
        this.what = what;
        this.run = run;
    }

    /** Starts polling every {@code interval}; a zero or negative interval leaves it off (nudges then do nothing). */
    public void start(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon(true).factory());
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs soon, without waiting for the next tick. */
    public void nudge() {
        var running = executor;
        if (running != null) {
            running.execute(this::tick);
        }
    }

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

    public boolean isRunning() {
        return executor != null;
    }

    private void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", what, e.toString());
        } finally {
            busy.set(false);
        }
    }
}
