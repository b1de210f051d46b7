package dev.annota.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;

/**
 * A period of whole days, {@code from} to {@code to} inclusive, in UTC: a day runs from 00:00 UTC to the next
 * 00:00 UTC, whatever the caller's time zone (hours are recorded on the day, UTC, their lease ended).
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** The longest period one request may ask for. */
    public static final int MAX_DAYS = 366;

    public DayRange {
        if (from.isAfter(to)) {
            throw new Invalid("from (" + from + ") is after to (" + to + ").").with("field", "from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new Invalid("A period is at most " + MAX_DAYS + " days; ask for a shorter one.").with("field", "to");
        }
    }

    /**
     * The period of a request's {@code from} and {@code to} (ISO days such as 2026-12-07, UTC); either may be left
     * out: {@code to} is then {@code today}, {@code from} the sixth day before {@code to} (a week).
     */
    public static DayRange parse(String from, String to, LocalDate today) {
        LocalDate last = to == null || to.isBlank() ? today : day(to, "to");
        LocalDate first = from == null || from.isBlank() ? last.minusDays(6) : day(from, "from");
        return new DayRange(first, last);
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(Kind.MALFORMED, null, field + " is a day as YYYY-MM-DD (UTC), such as 2026-12-07.")
                    .with("field", field);
        }
    }

    /** The first instant of the period: {@code from} at 00:00 UTC. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period: the day after {@code to} at 00:00 UTC. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
