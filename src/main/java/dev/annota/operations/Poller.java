package dev.annota.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * A module's background job, run on a thread of its own every interval after the last run ended, and at once when
 * {@linkplain #nudge() nudged}; never two runs at a time on one instance (a nudge during a run is dropped: the run
 * under way or the next tick finds the work). A run that throws is logged and the next tick tries again. The job's
 * component extends this class and is started and stopped with the application context (a {@link SmartLifecycle});
 * stopping interrupts the run under way and waits for it up to ten seconds, so a run should work in slices and look at
 * {@link Thread#isInterrupted()}.
 */
public abstract class Poller implements SmartLifecycle {

    private final String threadName;
    private final Logger log;
    private final String what;
    private final Duration interval;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    /**
     * {@code threadName}: the thread's name; {@code log} and {@code what}: where and under which name a failed run is
     * logged ("{what} failed: {exception}", ids only); {@code interval}: between the end of a run and the next, zero or
     * negative for never (nudges then do nothing either).
     */
    protected Poller(String threadName, Logger log, String what, Duration interval) {
        this.threadName = threadName;
        this.log = log;
        this.what = what;
        this.interval = interval;
    }

    /** One run. */
    protected abstract void poll();

    @Override
    public void start() {
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

    private void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", what, e.toString());
        } finally {
            busy.set(false);
        }
    }
}
