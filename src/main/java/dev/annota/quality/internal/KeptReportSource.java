package dev.annota.quality.internal;

import java.util.Optional;
import java.util.function.Function;

import dev.annota.project.Project;
import dev.annota.quality.QualitySettings;

/**
 * What computes some of the kept reports' variants (the manager's report per method, the rankings, the bias figures)
 * without a request, for the background refresh ({@link KeptReportRefresh}); the controller that serves them.
 */
interface KeptReportSource {

    /** The variant's computation for the project; empty when the variant is not one of this source's. */
    Optional<Computation> computation(Project p, String variant);

    /** {@code settings}: part of the basis for reports that show them, else null. */
    record Computation(QualitySettings settings, Function<KeptReport.Stamp, Object> compute) {
    }
}
