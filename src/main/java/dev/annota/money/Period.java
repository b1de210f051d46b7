package dev.annota.money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.annota.failure.Invalid;
import dev.annota.work.DaysAsked;

/** Days [from, to], both included, in UTC: what a ledger view or a CSV export covers. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new Invalid("Invalid period", "'to' is not before 'from'.").with("field", "to");
        }
    }

    /** The days a request asks for; without {@code from}, from the first of this month. */
    public static Period of(DaysAsked asked, LocalDate today) {
        LocalDate to = asked.last(today);
        return new Period(asked.first(to, last -> today.withDayOfMonth(1)), to);
    }

    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
