package dev.annota.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.annota.failure.Invalid;

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

    /** The days a request asks for; without {@code from}, the week (seven days) up to the last day. */
    public static DayRange of(DaysAsked asked, LocalDate today) {
        LocalDate last = asked.last(today);
        return new DayRange(asked.first(last, day -> day.minusDays(6)), last);
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
