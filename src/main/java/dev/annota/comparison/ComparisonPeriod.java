package dev.annota.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.annota.failure.Invalid;

/**
 * The days a comparison covers, {@code from} to {@code to} inclusive, as UTC days: what was labelled, checked against
 * gold or measured from the start of {@code from} until the end of {@code to}.
 */
public record ComparisonPeriod(LocalDate from, LocalDate to) {

    /** The longest period one request covers: a year of days (the trend has a row per day). */
    public static final int MOST_DAYS = 366;
    /** The days a request may name (beyond them, instants and timestamps overflow). */
    static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 30);
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
     * The period of a request's {@code from} and {@code to} (ISO days such as 2026-12-06; either may be left out: to
     * defaults to {@code today}, from to {@value #DEFAULT_DAYS} days up to to). A value that is not an ISO day, or a
     * period that ends before it starts or is longer than {@value #MOST_DAYS} days, is refused naming the parameter.
     */
    public static ComparisonPeriod of(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : day("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : day("from", from);
        return new ComparisonPeriod(start, end);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String field, String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.isBefore(FIRST) || day.isAfter(LAST)) {
                throw new Invalid(field + " must be a day between " + FIRST + " and " + LAST + ".").with("field", field);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new Invalid(Invalid.Kind.MALFORMED, null, field + " must be a day written as YYYY-MM-DD, such as 2026-12-06.")
                    .with("field", field);
        }
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
