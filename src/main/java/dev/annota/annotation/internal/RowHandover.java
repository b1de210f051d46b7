package dev.annota.annotation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands rows, in batches, from the thread that reads them off a database cursor to a thread of their own that works
 * on them (opens and writes an export's lines), so that the database produces the next rows meanwhile: with a fetch
 * size the driver asks for the next rows only once the previous ones are handled, and PostgreSQL waits idle until
 * then. At most {@code ahead} batches wait, so memory stays constant; the batches are handled in order, one at a time.
 *
 * <p>A failure of the work (a value that does not open, a reader gone) stops the reading at its next batch and is
 * thrown on the reading thread as it was thrown, so the caller's error handling sees it unchanged.
 */
final class RowHandover<T> {

    private final BlockingQueue<List<T>> batches;
    private final int size;
    private final Thread worker;
    /** Marks the end of the rows in the queue (compared by identity). */
    private final List<T> end = new ArrayList<>(0);
    private List<T> filling;
    private volatile Throwable failure;
    private volatile boolean abandoned;

    RowHandover(String name, int size, int ahead, Consumer<List<T>> work) {
        this.batches = new ArrayBlockingQueue<>(ahead);
        this.size = size;
        this.filling = new ArrayList<>(size);
        this.worker = Thread.ofVirtual().name(name).start(() -> {
            try {
                for (List<T> batch = batches.take(); batch != end && !abandoned; batch = batches.take()) {
                    work.accept(batch);
                }
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    void add(T row) {
        filling.add(row);
        if (filling.size() == size) {
            hand(filling);
            filling = new ArrayList<>(size);
        }
    }

    /** Hands the last rows and waits until they are handled; throws what the work threw. */
    void finish() {
        hand(filling);
        hand(end);
        awaitWorker();
        rethrow();
    }

    /**
     * Stops the work after the batch it is on (when the reading failed) and waits for it, so nothing writes after the
     * caller returns. Does nothing once finished.
     */
    void abandon() {
        if (worker.isAlive()) {
            abandoned = true;
            batches.clear();
            batches.offer(end);
            awaitWorker();
        }
    }

    private void hand(List<T> batch) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing rows to " + worker.getName(), e);
        }
        rethrow();
    }

    private void awaitWorker() {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                // The work writes to the caller's stream: it must be done before the caller goes on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        switch (failure) {
            case null -> {
            }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case Throwable t -> throw new IllegalStateException(worker.getName() + " failed", t);
        }
    }
}
