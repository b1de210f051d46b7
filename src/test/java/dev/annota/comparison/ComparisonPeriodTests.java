package dev.annota.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import dev.annota.failure.Invalid;
import dev.annota.work.DaysAsked;
import org.junit.jupiter.api.Test;

class ComparisonPeriodTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    @Test
    void withoutDaysThePeriodIsTheFourWeeksUpToToday() {
        ComparisonPeriod p = ComparisonPeriod.of(new DaysAsked(null, " "), TODAY);
        assertThat(p.to()).isEqualTo(TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.parse("2026-11-09"));
        assertThat(p.length()).isEqualTo(28);
        assertThat(p.days()).hasSize(28).startsWith(p.from()).endsWith(TODAY);
    }

    @Test
    void thePeriodRunsFromTheStartOfItsFirstUtcDayToTheEndOfItsLast() {
        ComparisonPeriod p = ComparisonPeriod.of(new DaysAsked("2026-12-01", "2026-12-02"), TODAY);
        assertThat(p.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(ComparisonPeriod.dayOf(Instant.parse("2026-12-02T23:59:59Z"))).isEqualTo(LocalDate.parse("2026-12-02"));
    }

    @Test
    void aDayThatIsNotAnIsoDayIsRefusedNamingItsParameter() {
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked("6/12/2026", null), TODAY)).isInstanceOf(Invalid.class)
                .satisfies(e -> {
                    assertThat(((Invalid) e).properties()).containsEntry("field", "from");
                    assertThat(((Invalid) e).kind()).isEqualTo(Invalid.Kind.MALFORMED);
                });
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked(null, "2026-02-30"), TODAY)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "to"));
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked("+999999999-12-30", "+999999999-12-31"), TODAY)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "to"));
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked("-0001-01-01", null), TODAY)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "from"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrSpansMoreThanAYearIsRefusedNamingTo() {
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked("2026-12-05", "2026-12-04"), TODAY))
                .satisfies(e -> {
                    assertThat(((Invalid) e).properties()).containsEntry("field", "to");
                    assertThat(((Invalid) e).kind()).isEqualTo(Invalid.Kind.RULE_BROKEN);
                });
        assertThatThrownBy(() -> ComparisonPeriod.of(new DaysAsked("2025-01-01", "2026-01-02"), TODAY))
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "to"));
        assertThat(ComparisonPeriod.of(new DaysAsked("2025-01-01", "2026-01-01"), TODAY).length()).isEqualTo(366);
    }
}
