package dev.annota.quality;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import dev.annota.project.Project;

/**
 * What computes some of the kept reports' variants (the manager's report per method, the rankings, the bias figures,
 * the authenticity figures of module work) without a request, for the background refresh; the controller that serves
 * them through {@link KeptQualityReports}. A bean of any module: the refresh asks each one.
 */
public interface KeptReportSource {

    /** The variant's computation for the project; empty when the variant is not one of this source's. */
    Optional<Computation> computation(Project p, String variant);

    /** {@code settings}: part of the basis for reports that show them, else null. */
    record Computation(QualitySettings settings, Function<Stamp, Object> compute) {
    }

    /** When and over how many answers a report was computed: the report's {@code computedAt} and {@code answersIncluded}. */
    record Stamp(Instant computedAt, long answersIncluded) {
    }
}
