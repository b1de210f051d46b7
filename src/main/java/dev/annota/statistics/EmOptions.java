package dev.annota.statistics;

/**
 * When an EM model stops: after {@code maxIterations}, or earlier once an iteration raises the log-likelihood by less
 * than {@code tolerance} per answer (a per-answer figure so one tolerance fits a hundred answers and a million).
 */
public record EmOptions(double tolerance, int maxIterations) {

    /**
     * 1e-6 per answer and at most 100 iterations (crowd-kit's cap). Dawid–Skene reaches the same accuracy with 1e-6
     * as with 1e-7 on the four truth-inference sets and the million-answer benchmark set (1e-5 differs by one dog
     * item), and needs 18 iterations on the benchmark set instead of 29.
     */
    public static final EmOptions DEFAULT = new EmOptions(1e-6, 100);

    public EmOptions {
        if (!(tolerance >= 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be >= 0 and maxIterations >= 1");
        }
    }
}
