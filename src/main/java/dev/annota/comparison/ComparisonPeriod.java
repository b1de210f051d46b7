package dev.annota.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.annota.failure.Invalid;
import dev.annota.work.DaysAsked;

/**
 * The days a comparison covers, {@code from} to {@code to} inclusive, as UTC days: what was labelled, checked against
 * gold or measured from the start of {@code from} until the end of {@code to}.
 */
public record ComparisonPeriod(LocalDate from, LocalDate to) {

    /** The longest period one request covers: a year of days (the trend has a row per day). */
    public static final int MOST_DAYS = 366;
    /** Without {@code from}: the four weeks up to {@code to}. */
    public static final int DEFAULT_DAYS = 28;

    public ComparisonPeriod {
        if (from.isAfter(to)) {
            throw new Invalid("The period ends before it starts: to (" + to + ") is before from (" + from + ").")
                    .with("field", "to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            throw new Invalid("A period covers at most " + MOST_DAYS + " days; choose a later from or an earlier to.")
                    .with("field", "to");
        }
    }

    /**
     * The days a request asks for ({@link DaysAsked}: to defaults to {@code today}, from to {@value #DEFAULT_DAYS}
     * days up to to). A period that ends before it starts or is longer than {@value #MOST_DAYS} days is refused naming
     * to.
     */
    public static ComparisonPeriod of(DaysAsked asked, LocalDate today) {
        LocalDate end = asked.last(today);
        return new ComparisonPeriod(asked.first(end, day -> day.minusDays(DEFAULT_DAYS - 1)), end);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<LocalDate> days() {
        var days = new ArrayList<LocalDate>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The UTC day of an instant. */
    public static LocalDate dayOf(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
