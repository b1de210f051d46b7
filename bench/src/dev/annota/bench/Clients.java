package dev.annota.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated clients of one run, each on a thread of its own: a client that throws has failed (the first three failures
 * print their stack traces, the rest are only counted), and the run fails once all have finished if any did.
 */
final class Clients {

    /** What one client does, until the run's end. */
    interface Client {
        void run() throws Exception;
    }

    private final Thread.Builder threads;
    private final CountDownLatch done;
    private final AtomicLong failures = new AtomicLong();

    Clients(Thread.Builder threads, int count) {
        this.threads = threads;
        this.done = new CountDownLatch(count);
    }

    void start(Client client) {
        threads.start(() -> {
            try {
                client.run();
            } catch (Exception e) {
                if (failures.incrementAndGet() <= 3) {
                    e.printStackTrace();
                }
            } finally {
                done.countDown();
            }
        });
    }

    void awaitAll() throws InterruptedException {
        done.await();
    }

    /** Throws, naming the clients (as in "raw-SQL clients"), when any of them failed. */
    void failIfAnyFailed(String clients) {
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " " + clients + " failed");
        }
    }
}
