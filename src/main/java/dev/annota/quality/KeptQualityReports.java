package dev.annota.quality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import dev.annota.project.Project;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The quality page's reports kept per project (table quality_reports, docs/quality.md "Kept reports"): served kept
 * while the project's basis is unchanged, computed within the request below {@code annota.quality.kept-from-answers}
 * answers, above it served stale (202 before the first) while one instance computes it again. Open to the modules whose
 * figures are shown on the quality page and kept the same way (the authenticity figures, module work), with what their
 * API descriptions share.
 */
public interface KeptQualityReports {

    /**
     * The report {@code variant} of the project: kept, computed now, or kept and stale (or 202) while recomputed.
     * {@code compute} fits the report from the project's answers (in the read transaction this opens) and returns it
     * with the stamp's {@code computedAt}, {@code answersIncluded} and {@code stale} false; {@code settings} is part of
     * the basis for reports that show them, else null. {@code variant}: unique per report, at most 20 characters.
     */
    Served serve(Project p, String variant, QualitySettings settings, Function<KeptReportSource.Stamp, Object> compute);

    /**
     * What a request for a kept report gets; a controller returns it as it is, and the quality module answers it over
     * HTTP (200, or 202 with {@code Retry-After}): HTTP stays at the edge, out of a module's API.
     */
    sealed interface Served {

        /** The report's JSON, kept, stale or computed now, with {@code stale} set. */
        record Report(Object body) implements Served {
        }

        /** None kept yet: it is being computed; ask again after {@code retryAfter}. */
        record Computing(ReportComputing body, Duration retryAfter) implements Served {
        }
    }

    String COMPUTED_AT = "When this report was computed: it is kept per project and computed again "
            + "when the project's answers, items, gold or settings change";
    String ANSWERS = "How many of the project's answers this report was computed from";
    String STALE = "True when the project has changed since computedAt and this kept report may not show it yet: it is "
            + "being computed again in the background (large projects), or the read database it is computed from (a "
            + "lagging replica) has not caught up yet and it is computed again once it has. Ask again later for the current one";
    String COMPUTING = "Accepted: no report is kept yet for this large project; it is being computed in "
            + "the background. Ask again after Retry-After seconds";

    /** The body of a 202: the report is being computed; ask again after {@code Retry-After}. */
    record ReportComputing(@Schema(description = "Always computing") String status, String detail,
                           @Schema(description = "When the computation started") Instant since,
                           @Schema(description = "The project's answers it is computed over") long answers) {
    }

    /** The 202 of a report endpoint in the API description: no report kept yet, computing in the background. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "202", description = COMPUTING,
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ReportComputing.class)))
    @interface ComputingAccepted {
    }
}
