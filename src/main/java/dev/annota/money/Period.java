package dev.annota.money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.annota.failure.Invalid;

/** Days [from, to], both included, in UTC: what a ledger view or a CSV export covers. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new Invalid("Invalid period", "'to' is not before 'from'.").with("field", "to");
        }
    }

    /** The given days, or this month so far for what is left out. */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        return new Period(from != null ? from : today.withDayOfMonth(1), to != null ? to : today);
    }

    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
