package dev.annota.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies (nanoseconds) of one client thread; merged after the run for percentiles. */
final class Latencies {

    private long[] values = new long[4096];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    record Summary(long count, double p50Ms, double p99Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format("p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (n=%d)", p50Ms, p99Ms, maxMs, count);
        }
    }

    static Summary summarize(List<Latencies> all) {
        int total = all.stream().mapToInt(Latencies::size).sum();
        long[] merged = new long[total];
        int at = 0;
        for (Latencies l : all) {
            System.arraycopy(l.values, 0, merged, at, l.size);
            at += l.size;
        }
        Arrays.sort(merged);
        if (total == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Summary(total, ms(merged[(int) Math.min(total - 1, Math.ceil(total * 0.50) - 1)]),
                ms(merged[(int) Math.min(total - 1, Math.ceil(total * 0.99) - 1)]), ms(merged[total - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
