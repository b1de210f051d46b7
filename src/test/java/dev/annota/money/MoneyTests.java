package dev.annota.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.work.DaysAsked;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void anAmountIsAnExactDecimalWithOneScalePerCurrency() {
        assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.of("12.5", "EUR").plain()).isEqualTo("12.50");
        assertThat(Money.of("0.0125", "EUR").plain()).isEqualTo("0.0125");
        assertThat(Money.of("100", "JPY").plain()).isEqualTo("100");
        assertThat(Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR"))).isEqualTo(Money.of("0.3", "EUR"));
    }

    @Test
    void entriesAreRoundedHalfEvenToTheCentOnce() {
        assertThat(Money.of("1.505", "EUR").rounded().plain()).isEqualTo("1.50");
        assertThat(Money.of("1.515", "EUR").rounded().plain()).isEqualTo("1.52");
        assertThat(Money.of("0.0125", "EUR").rounded().plain()).isEqualTo("0.01");
        assertThat(Money.of("12.5", "JPY").rounded().plain()).isEqualTo("12");
    }

    @Test
    void hourlyPayIsTheRateTimesTheActiveMillisOverAnHourRoundedOnce() {
        // 20.00 per hour for 90 seconds: 20 × 90,000 / 3,600,000 = 0.50 exactly.
        assertThat(Money.of("20.00", "EUR").forActiveTime(90_000).plain()).isEqualTo("0.50");
        // 10.00 per hour for 1 second: 0.002777… → 0.00; for 1.8 seconds: 0.005 → 0.00 (half-even); 2.7 s: 0.0075 → 0.01.
        assertThat(Money.of("10.00", "EUR").forActiveTime(1_000).plain()).isEqualTo("0.00");
        assertThat(Money.of("10.00", "EUR").forActiveTime(1_800).plain()).isEqualTo("0.00");
        assertThat(Money.of("10.00", "EUR").forActiveTime(2_700).plain()).isEqualTo("0.01");
        assertThat(Money.of("10.00", "EUR").forActiveTime(0).plain()).isEqualTo("0.00");
    }

    @Test
    void amountsOfTwoCurrenciesAreNeverAdded() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).isInstanceOf(Invalid.class);
    }

    @Test
    void malformedAmountsAndCurrenciesNameTheirField() {
        assertThatThrownBy(() -> Money.of("1.23456", "EUR")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "amount"));
        assertThatThrownBy(() -> Money.of("1e3", "EUR")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> Money.of("NaN", "EUR")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "currency"));
        assertThatThrownBy(() -> Money.of("1", "eur")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1e20"), java.util.Currency.getInstance("EUR"))).isInstanceOf(Invalid.class);
    }

    @Test
    void theMostSpecificRateWinsProjectBeforeTaskTypeBeforeTier() {
        UUID project = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Rate fallback = rate(null, null, null, "1.00");
        Rate expert = rate(null, null, "expert", "1.10");
        Rate type = rate(null, "text-classification", null, "1.20");
        Rate onProject = rate(project, null, null, "2.00");
        Rate onProjectForExperts = rate(project, "text-classification", "expert", "3.00");
        var all = List.of(fallback, expert, type, onProject, onProjectForExperts);

        assertThat(Rate.bestMatch(all, project, "text-classification", "expert")).contains(onProjectForExperts);
        assertThat(Rate.bestMatch(all, project, "text-classification", null)).contains(onProject);
        assertThat(Rate.bestMatch(all, project, "image-boxes", "expert")).contains(onProject);
        assertThat(Rate.bestMatch(all, other, "text-classification", "expert")).contains(type);
        assertThat(Rate.bestMatch(all, other, "image-boxes", "expert")).contains(expert);
        assertThat(Rate.bestMatch(all, other, "image-boxes", "novice")).contains(fallback);
        assertThat(Rate.bestMatch(List.of(onProject), other, "image-boxes", null)).isEmpty();
    }

    @Test
    void aPeriodCoversWholeUtcDaysAndDefaultsToThisMonth() {
        var today = java.time.LocalDate.of(2026, 12, 6);
        var p = Period.of(DaysAsked.DEFAULT, today);
        assertThat(p.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThatThrownBy(() -> Period.of(new DaysAsked(today.toString(), today.minusDays(1).toString()), today)).isInstanceOf(Invalid.class);
    }

    private static Rate rate(UUID project, String type, String tier, String amount) {
        return new Rate(UUID.randomUUID(), UUID.randomUUID(), Ledger.CONTRACT, UUID.randomUUID(), project, type, tier,
                RateBasis.TASK, Money.of(amount, "EUR"), UUID.randomUUID(), Instant.EPOCH);
    }
}
