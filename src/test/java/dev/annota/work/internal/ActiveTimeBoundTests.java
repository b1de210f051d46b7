package dev.annota.work.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import dev.annota.failure.Invalid;
import org.junit.jupiter.api.Test;

/** The server's bound on the active time a client reports: never negative, never more than the lease lasted. */
class ActiveTimeBoundTests {

    private static final Instant CLAIMED = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant TWO_MINUTES_LATER = CLAIMED.plus(Duration.ofMinutes(2));

    @Test
    void aReportWithinTheLeaseIsStoredAsReported() {
        assertThat(ActiveTimeBound.of(95_000, CLAIMED, TWO_MINUTES_LATER)).isEqualTo(95_000);
        assertThat(ActiveTimeBound.of(0, CLAIMED, TWO_MINUTES_LATER)).isZero();
    }

    @Test
    void tenHoursReportedOnATwoMinuteLeaseAreStoredAsTheTwoMinutes() {
        assertThat(ActiveTimeBound.of(Duration.ofHours(10).toMillis(), CLAIMED, TWO_MINUTES_LATER)).isEqualTo(120_000);
        assertThat(ActiveTimeBound.of(Long.MAX_VALUE, CLAIMED, TWO_MINUTES_LATER)).isEqualTo(120_000);
    }

    @Test
    void nothingIsEverNegativeNotEvenWhenTheClockSteppedBackBetweenClaimAndEnd() {
        assertThat(ActiveTimeBound.of(-5, CLAIMED, TWO_MINUTES_LATER)).isZero();
        assertThat(ActiveTimeBound.of(60_000, TWO_MINUTES_LATER, CLAIMED)).isZero();
    }

    @Test
    void anAbsentHeaderIsZeroAndAWholeNumberIsTakenAsItIs() {
        assertThat(ActiveTimeBound.reported(null)).isZero();
        assertThat(ActiveTimeBound.reported(" ")).isZero();
        assertThat(ActiveTimeBound.reported("36000000")).isEqualTo(36_000_000);
    }

    @Test
    void aHeaderThatIsNoWholeNumberOrIsNegativeIsRefusedNamingTheHeader() {
        for (String bad : new String[] {"12.5", "ten", "-1", "99999999999999999999"}) {
            assertThatThrownBy(() -> ActiveTimeBound.reported(bad)).as(bad).isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).properties()).containsEntry("field", "Active-Millis"));
        }
    }
}
