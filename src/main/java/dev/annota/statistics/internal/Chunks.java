package dev.annota.statistics.internal;

import java.util.stream.IntStream;

/**
 * Splits items into a number of contiguous ranges that depends only on the data size, never on the machine, and runs
 * a pass over them in parallel. Each range accumulates into its own buffers and the caller merges them in range
 * order, so floating-point sums — and thus results — are the same on one core and on sixteen.
 */
final class Chunks {

    /** Below this many answers per range, splitting costs more than it saves. */
    private static final int MIN_ANSWERS_PER_CHUNK = 65_536;
    private static final int MAX_CHUNKS = 16;

    private Chunks() {
    }

    /** Range boundaries over items: chunk c covers items {@code bounds[c]} to {@code bounds[c + 1]}. */
    static int[] split(int[] itemStarts) {
        int items = itemStarts.length - 1;
        int answers = itemStarts[items];
        int chunks = Math.max(1, Math.min(MAX_CHUNKS, answers / MIN_ANSWERS_PER_CHUNK));
        int[] bounds = new int[chunks + 1];
        int item = 0;
        for (int c = 1; c < chunks; c++) {
            long target = (long) answers * c / chunks;
            while (item < items && itemStarts[item] < target) {
                item++;
            }
            bounds[c] = item;
        }
        bounds[chunks] = items;
        return bounds;
    }

    interface Pass {
        void run(int chunk, int fromItem, int toItem);
    }

    static void run(int[] bounds, Pass pass) {
        int chunks = bounds.length - 1;
        if (chunks == 1) {
            pass.run(0, bounds[0], bounds[1]);
        } else {
            IntStream.range(0, chunks).parallel().forEach(c -> pass.run(c, bounds[c], bounds[c + 1]));
        }
    }
}
