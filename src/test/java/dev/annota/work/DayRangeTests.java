package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import dev.annota.failure.Invalid;
import org.junit.jupiter.api.Test;

/** A request's period of UTC days: defaults to a week up to today, validated naming the parameter at fault. */
class DayRangeTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void withoutEndsItIsTheWeekUpToToday() {
        assertThat(DayRange.of(new DaysAsked(null, null), TODAY)).isEqualTo(new DayRange(LocalDate.parse("2026-12-01"), TODAY));
        assertThat(DayRange.of(new DaysAsked(null, "2026-11-30"), TODAY).from()).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void itsDaysRunFromMidnightUtcToTheMidnightAfterTheLastDay() {
        var range = DayRange.of(new DaysAsked("2026-12-01", "2026-12-07"), TODAY);
        assertThat(range.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void aMalformedDayAReversedPeriodOrOneTooLongIsRefusedNamingTheParameter() {
        assertField(() -> DayRange.of(new DaysAsked("07/12/2026", null), TODAY), "from");
        assertField(() -> DayRange.of(new DaysAsked(null, "2026-13-01"), TODAY), "to");
        assertField(() -> DayRange.of(new DaysAsked("2026-12-08", "2026-12-07"), TODAY), "from");
        assertField(() -> DayRange.of(new DaysAsked("2025-01-01", "2026-12-07"), TODAY), "to");
        assertThat(DayRange.of(new DaysAsked("2025-12-07", "2026-12-07"), TODAY).from()).isEqualTo(LocalDate.parse("2025-12-07"));
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", field));
    }
}
