package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import dev.annota.tenancy.TenantScope;

/**
 * The file of a running export job: bytes gathered into chunks of {@link ExportJobs#CHUNK_BYTES}, each stored sealed as
 * soon as it is full, so memory stays at one chunk whatever the file's size; and the job's progress (answers walked of
 * the project's answers), stored at most once a second, which is also the job's heartbeat.
 *
 * <p>The export reads inside its own tenant transaction on this thread; the chunks and the progress must commit at
 * once and be seen by other requests, so each is written in a transaction of its own, on a virtual thread of its own
 * that this one waits for (the export's transaction stays bound to this thread).
 */
final class ExportJobFile extends OutputStream {

    private final UUID tenantId;
    private final UUID exportId;
    private final ExportJobs jobs;
    private final TenantScope tenants;
    private final Clock clock;
    private final byte[] buffer = new byte[ExportJobs.CHUNK_BYTES];
    private int filled;
    private int chunks;
    private long bytes;
    private long rowsTotal;
    private long rowsDone;
    private long reportedAt;

    ExportJobFile(UUID tenantId, UUID exportId, ExportJobs jobs, TenantScope tenants, Clock clock, long rowsTotal) {
        this.tenantId = tenantId;
        this.exportId = exportId;
        this.jobs = jobs;
        this.tenants = tenants;
        this.clock = clock;
        this.rowsTotal = rowsTotal;
        this.reportedAt = System.nanoTime();
    }

    /** One more answer walked: the progress is stored when a second has passed since it last was. */
    void walked() {
        rowsDone++;
        if (System.nanoTime() - reportedAt > 1_000_000_000L) {
            reportedAt = System.nanoTime();
            long total = Math.max(rowsTotal, rowsDone);
            long done = rowsDone;
            apart(() -> {
                jobs.progress(tenantId, exportId, total, done, clock.instant());
                return null;
            });
        }
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            store();
        }
        buffer[filled++] = (byte) b;
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                store();
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
            bytes += n;
        }
    }

    /** Writers close their streams when they end: the last chunk is stored by {@link #finish}, not here. */
    @Override
    public void close() {
    }

    /** Stores the last chunk (the file's end). */
    void finish() {
        if (filled > 0 || chunks == 0) {
            store();
        }
    }

    private void store() {
        byte[] content = Arrays.copyOf(buffer, filled);
        int seq = chunks++;
        filled = 0;
        apart(() -> {
            jobs.chunk(tenantId, exportId, seq, content);
            return null;
        });
    }

    /** Runs {@code work} in a tenant transaction of its own on another thread, and waits for it. */
    private void apart(Supplier<Void> work) {
        var failure = new RuntimeException[1];
        Thread thread = Thread.ofVirtual().name("annota-export-write").start(() -> {
            try {
                tenants.write(tenantId, work);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing export " + exportId, e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
