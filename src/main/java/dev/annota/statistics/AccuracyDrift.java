package dev.annota.statistics;

import java.util.List;
import java.util.Optional;

/**
 * Whether an annotator's recent gold accuracy has fallen clearly below what it was, or below the project's.
 * <p>
 * The last {@code window} gold answers are the recent ones, everything before them the earlier ones. Each side's
 * accuracy is a {@link BetaPosterior} (uniform prior). The recent accuracy is "clearly below" a reference when the
 * whole 95% interval of the recent posterior lies under the reference's posterior mean — with 10 recent answers, 3
 * right against an earlier 90% is flagged, 7 right is not. Compared with their own earlier answers only once there
 * are at least {@code minEarlier} of them; with the project's (the other annotators' gold answers pooled) once the
 * project has {@code minEarlier} such answers. A drift is a warning for the manager; pausing stays the job of the
 * pause threshold.
 */
public final class AccuracyDrift {

    public static final int DEFAULT_WINDOW = 10;
    public static final int DEFAULT_MIN_EARLIER = 10;

    /** What was compared; {@code earlier} or {@code project} are null when there was too little to compare with. */
    public record Drift(BetaPosterior recent, BetaPosterior earlier, BetaPosterior project, boolean belowOwnEarlier,
                        boolean belowProject) {

        public String message() {
            var text = new StringBuilder("Recent gold accuracy %d of the last %d".formatted(recent.correct(), recent.answered()));
            if (belowOwnEarlier) {
                text.append(String.format(java.util.Locale.ROOT, ", clearly below the annotator's earlier %.0f%% (%d of %d)",
                        100 * earlier.mean(), earlier.correct(), earlier.answered()));
            }
            if (belowProject) {
                text.append(belowOwnEarlier ? " and" : ",").append(String.format(java.util.Locale.ROOT,
                        " clearly below the project's %.0f%%", 100 * project.mean()));
            }
            return text.append('.').toString();
        }
    }

    private AccuracyDrift() {
    }

    /**
     * @param history         the annotator's gold results, oldest first (true = right)
     * @param projectCorrect  right gold answers of the project's other annotators
     * @param projectAnswered gold answers of the project's other annotators
     */
    public static Optional<Drift> detect(List<Boolean> history, long projectCorrect, long projectAnswered, int window,
                                         int minEarlier) {
        if (window < 1 || minEarlier < 1) {
            throw new IllegalArgumentException("window and minEarlier must be >= 1");
        }
        if (history.size() < window) {
            return Optional.empty();
        }
        int split = history.size() - window;
        BetaPosterior recent = posterior(history.subList(split, history.size()));
        BetaPosterior earlier = split >= minEarlier ? posterior(history.subList(0, split)) : null;
        BetaPosterior project = projectAnswered >= minEarlier ? BetaPosterior.of(projectCorrect, projectAnswered) : null;
        boolean belowOwn = earlier != null && recent.high() < earlier.mean();
        boolean belowProject = project != null && recent.high() < project.mean();
        return belowOwn || belowProject ? Optional.of(new Drift(recent, earlier, project, belowOwn, belowProject))
                : Optional.empty();
    }

    private static BetaPosterior posterior(List<Boolean> results) {
        long right = results.stream().filter(Boolean::booleanValue).count();
        return BetaPosterior.of(right, results.size());
    }
}
