package dev.annota.work;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

import dev.annota.failure.Invalid;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The days a request asks for, its query parameters {@code from} and {@code to} as they were typed (ISO days such as
 * 2026-12-07, UTC; either may be left out). The endpoints that cover a period of days (hours, ledgers and earnings, the
 * vendor comparison) bind it from the query; each turns it into its own period ({@link DayRange},
 * {@code money.Period}, {@code comparison.ComparisonPeriod}) with its own default and limits. A value that is not an
 * ISO day, or a day outside 1970-01-01..9999-12-30 (beyond them instants overflow), is refused naming the parameter.
 */
public record DaysAsked(
        @Parameter(description = "First day, YYYY-MM-DD (UTC), inclusive; left out: the endpoint's default") String from,
        @Parameter(description = "Last day, YYYY-MM-DD (UTC), inclusive; left out: today (UTC)") String to) {

    static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 30);

    /** Neither end: the endpoint's default period up to today. */
    public static final DaysAsked DEFAULT = new DaysAsked(null, null);

    /** The last day asked, or {@code today}. */
    public LocalDate last(LocalDate today) {
        return blank(to) ? today : day("to", to);
    }

    /** The first day asked, or the endpoint's default one, computed from the last day. */
    public LocalDate first(LocalDate last, UnaryOperator<LocalDate> byDefault) {
        return blank(from) ? byDefault.apply(last) : day("from", from);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(Invalid.Kind.MALFORMED, null, field + " must be a day written as YYYY-MM-DD (UTC), such as 2026-12-07.")
                    .with("field", field);
        }
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new Invalid(field + " must be a day between " + FIRST + " and " + LAST + ".").with("field", field);
        }
        return day;
    }
}
