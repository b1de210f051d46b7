package dev.annota.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.annota.quality.QualitySettings;
import org.junit.jupiter.api.Test;

/** When a kept quality report is served, computed within the request, or served stale while it is computed again. */
class KeptReportTests {

    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    private static KeptReport.Basis basis(long answers) {
        return KeptReport.Basis.of(answers, Map.of("OPEN", 10L, "GOLD", 2L), 1, QualitySettings.defaults(3));
    }

    private static KeptReport kept(KeptReport.Basis basis) {
        return new KeptReport("{}", basis, T, null);
    }

    @Test
    void aKeptReportWhoseBasisIsTheProjectsNowIsServedAtAnySize() {
        assertThat(KeptReport.answer(kept(basis(5)), basis(5), 100)).isEqualTo(KeptReport.Answer.KEPT);
        assertThat(KeptReport.answer(kept(basis(5_000_000)), basis(5_000_000), 100)).isEqualTo(KeptReport.Answer.KEPT);
    }

    @Test
    void aSmallProjectsReportIsComputedWithinTheRequestOnceTheProjectChanged() {
        assertThat(KeptReport.answer(kept(basis(5)), basis(6), 100)).isEqualTo(KeptReport.Answer.COMPUTE_NOW);
        assertThat(KeptReport.answer(null, basis(99), 100)).isEqualTo(KeptReport.Answer.COMPUTE_NOW);
    }

    @Test
    void aLargeProjectGetsItsKeptReportMarkedStaleOrAcceptedWhenNoneIsKeptYet() {
        assertThat(KeptReport.answer(kept(basis(100)), basis(101), 100)).isEqualTo(KeptReport.Answer.KEPT_STALE);
        assertThat(KeptReport.answer(null, basis(100), 100)).isEqualTo(KeptReport.Answer.COMPUTING);
        assertThat(KeptReport.answer(new KeptReport(null, null, null, T), basis(100), 100))
                .as("a row whose first computation is under way holds no report").isEqualTo(KeptReport.Answer.COMPUTING);
    }

    @Test
    void itemsImportedOrDeletedGoldMarkedASchemaOrSettingsChangeMoveTheBasisEvenAtTheSameAnswerCount() {
        var before = basis(5);
        assertThat(KeptReport.Basis.of(5, Map.of("OPEN", 11L, "GOLD", 2L), 1, QualitySettings.defaults(3))).isNotEqualTo(before);
        assertThat(KeptReport.Basis.of(5, Map.of("OPEN", 9L, "GOLD", 3L), 1, QualitySettings.defaults(3))).isNotEqualTo(before);
        assertThat(KeptReport.Basis.of(5, Map.of("OPEN", 10L, "GOLD", 2L), 2, QualitySettings.defaults(3))).isNotEqualTo(before);
        assertThat(KeptReport.Basis.of(5, Map.of("OPEN", 10L, "GOLD", 2L), 1, QualitySettings.defaults(4))).isNotEqualTo(before);
        assertThat(KeptReport.Basis.of(5, Map.of("FULL", 10L, "GOLD", 2L), 1, QualitySettings.defaults(3)))
                .as("items moving between open, full and done change no report").isEqualTo(before);
    }

    @Test
    void aReportIsNotComputedAgainWhileTheReadDatabaseStillShowsTheBasisItWasKeptWith() {
        var read = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<KeptReport.Basis> lagging = () -> {
            read.incrementAndGet();
            return basis(5);
        };
        assertThat(KeptReport.answer(kept(basis(5)), basis(6), lagging, 100)).isEqualTo(KeptReport.Answer.READ_DATABASE_BEHIND);
        assertThat(KeptReport.answer(kept(basis(100)), basis(101), () -> basis(100), 100)).isEqualTo(KeptReport.Answer.READ_DATABASE_BEHIND);
        assertThat(KeptReport.answer(kept(basis(5)), basis(7), () -> basis(6), 100)).as("it moved: computed again")
                .isEqualTo(KeptReport.Answer.COMPUTE_NOW);
        assertThat(KeptReport.answer(kept(basis(100)), basis(102), () -> basis(101), 100)).isEqualTo(KeptReport.Answer.KEPT_STALE);
        assertThat(KeptReport.answer(null, basis(5), lagging, 100)).as("none kept: computed").isEqualTo(KeptReport.Answer.COMPUTE_NOW);
        read.set(0);
        assertThat(KeptReport.answer(kept(basis(5)), basis(5), lagging, 100)).isEqualTo(KeptReport.Answer.KEPT);
        assertThat(read).as("the read database is asked only when the primary says stale").hasValue(0);
    }

    @Test
    void theLeaseOfAnotherInstanceHoldsUntilItLapses() {
        var lease = Duration.ofHours(1);
        assertThat(new KeptReport("{}", basis(1), T, null).beingComputed(T, lease)).isFalse();
        assertThat(new KeptReport("{}", basis(1), T, T.minusSeconds(60)).beingComputed(T, lease)).isTrue();
        assertThat(new KeptReport("{}", basis(1), T, T.minus(lease).minusSeconds(1)).beingComputed(T, lease))
                .as("its instance stopped: taken over").isFalse();
    }

    @Test
    void aComputingAnswerAsksAgainSoonerForASmallerProject() {
        assertThat(KeptReport.retryAfter(basis(20_000))).isEqualTo(Duration.ofSeconds(5));
        assertThat(KeptReport.retryAfter(basis(3_000_000))).isEqualTo(Duration.ofSeconds(150));
        assertThat(KeptReport.retryAfter(basis(100_000_000))).isEqualTo(Duration.ofMinutes(5));
    }
}
