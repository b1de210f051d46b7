package dev.annota.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The records of the three views of the vendor comparison. */
public final class Comparison {

    private Comparison() {
    }

    /** A workforce of the project: an engaged vendor, or the lab's own people ({@code inHouse}). */
    public record WorkforceRow(UUID organizationId, String name, boolean inHouse, Figures figures) {
    }

    /**
     * A person who labelled in the period: {@code pseudonym} always ({@code identity.Pseudonyms}); {@code name} only for
     * a viewer of the person's own organization. {@code activeHours} and {@code earnings} (what their workforce pays
     * them for the period's work) only in their own organization's views, null where not known.
     */
    public record PersonRow(String pseudonym, String name, UUID workforceId, Figures figures, Double activeHours,
                         Amount earnings) {
    }

    /** One workforce's work on one day of the period (review counted by the day of the answer it decided). */
    public record TrendFigures(UUID workforceId, long labels, long goldAnswered, long goldCorrect, long reviewed,
                             long acceptedInReview, Long activeMillis) {
    }

    /** One day of the trend, a row per workforce of the view. */
    public record TrendDay(LocalDate day, List<TrendFigures> workforces) {
    }

    /**
     * How a workforce's people are spread over gold accuracy: {@code people[i]} counts the people with at least one gold
     * answer in the period whose accuracy lies in [i/10, (i+1)/10) (the last bin includes 1).
     */
    public record AccuracySpread(UUID workforceId, List<Long> people) {
    }

    /**
     * The lab's view: a row per workforce, the people (vendors' people by pseudonym, the lab's own by name), the trend
     * and the distribution. {@code activeTimeMeasured} and {@code costsKnown} say whether those columns are filled at
     * all on this instance.
     */
    public record LabComparison(UUID projectId, ComparisonPeriod period, String method, boolean activeTimeMeasured, boolean costsKnown,
                      List<WorkforceRow> workforces, List<PersonRow> people, List<TrendDay> trend,
                      List<AccuracySpread> distribution) {
    }

    /** A workforce lead's view of their own people only, by name, with their hours and earnings. */
    public record OwnWorkforceComparison(UUID projectId, ComparisonPeriod period, String method, boolean activeTimeMeasured,
                               boolean costsKnown, WorkforceRow workforce, List<PersonRow> people, List<TrendDay> trend,
                               AccuracySpread distribution) {
    }

    /** An annotator's own figures, hours and earnings (gold results of their latest answers held back while right). */
    public record MyComparison(UUID projectId, ComparisonPeriod period, String method, Figures figures, Double activeHours,
                       Amount earnings, List<TrendDay> trend) {
    }
}
