package dev.annota.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The records of the three views of the vendor comparison. */
public final class Comparison {

    private Comparison() {
    }

    /** A workforce of the project: an engaged vendor, or the lab's own people ({@code inHouse}). */
    public record Workforce(UUID organizationId, String name, boolean inHouse, Figures figures) {
    }

    /**
     * A person who labelled in the period: {@code pseudonym} always ({@code identity.Pseudonyms}); {@code name} only for
     * a viewer of the person's own organization. {@code activeHours} and {@code earnings} (what their workforce pays
     * them for the period's work) only in their own organization's views, null where not known.
     */
    public record Person(String pseudonym, String name, UUID workforceId, Figures figures, Double activeHours,
                         Amount earnings) {
    }

    /** One workforce's work on one day of the period (review counted by the day of the answer it decided). */
    public record DayFigures(UUID workforceId, long labels, long goldAnswered, long goldCorrect, long reviewed,
                             long acceptedInReview, Long activeMillis) {
    }

    /** One day of the trend, a row per workforce of the view. */
    public record Day(LocalDate day, List<DayFigures> workforces) {
    }

    /**
     * How a workforce's people are spread over gold accuracy: {@code people[i]} counts the people with at least one gold
     * answer in the period whose accuracy lies in [i/10, (i+1)/10) (the last bin includes 1).
     */
    public record AccuracyDistribution(UUID workforceId, List<Long> people) {
    }

    /**
     * The lab's view: a row per workforce, the people (vendors' people by pseudonym, the lab's own by name), the trend
     * and the distribution. {@code activeTimeMeasured} and {@code costsKnown} say whether those columns are filled at
     * all on this instance.
     */
    public record Lab(UUID projectId, Period period, String method, boolean activeTimeMeasured, boolean costsKnown,
                      List<Workforce> workforces, List<Person> people, List<Day> trend,
                      List<AccuracyDistribution> distribution) {
    }

    /** A workforce lead's view of their own people only, by name, with their hours and earnings. */
    public record OwnWorkforce(UUID projectId, Period period, String method, boolean activeTimeMeasured,
                               boolean costsKnown, Workforce workforce, List<Person> people, List<Day> trend,
                               AccuracyDistribution distribution) {
    }

    /** An annotator's own figures, hours and earnings (gold results of their latest answers held back while right). */
    public record Mine(UUID projectId, Period period, String method, Figures figures, Double activeHours,
                       Amount earnings, List<Day> trend) {
    }
}
