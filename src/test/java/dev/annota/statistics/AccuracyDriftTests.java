package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccuracyDriftTests {

    /** {@code right} right answers then {@code wrong} wrong ones, repeated to fill {@code total}. */
    private static List<Boolean> history(int rightEarlier, int earlier, int rightRecent, int recent) {
        var list = new ArrayList<Boolean>();
        for (int i = 0; i < earlier; i++) {
            list.add(i < rightEarlier);
        }
        for (int i = 0; i < recent; i++) {
            list.add(i < rightRecent);
        }
        return list;
    }

    @Test
    void anAnnotatorWhoseLastTenFellToThreeRightAfterNinetyPercentIsFlagged() {
        var drift = AccuracyDrift.detect(history(18, 20, 3, 10), 0, 0, 10, 10).orElseThrow();
        assertThat(drift.belowOwnEarlier()).isTrue();
        assertThat(drift.belowProject()).isFalse();
        assertThat(drift.recent().correct()).isEqualTo(3);
        assertThat(drift.earlier().answered()).isEqualTo(20);
        assertThat(drift.message()).contains("3 of the last 10").contains("earlier");
    }

    @Test
    void sevenOfTheLastTenIsWithinChanceOfNinetyPercentAndIsNotFlagged() {
        assertThat(AccuracyDrift.detect(history(18, 20, 7, 10), 0, 0, 10, 10)).isEmpty();
    }

    @Test
    void theOrderMattersTheSameAnswersWithTheMissesEarlyAreNoDrift() {
        // 21 right of 30 either way; misses first then a good streak is improvement, not drift.
        var improving = new ArrayList<Boolean>();
        for (int i = 0; i < 30; i++) {
            improving.add(i >= 9);
        }
        assertThat(AccuracyDrift.detect(improving, 0, 0, 10, 10)).isEmpty();
        var worsening = new ArrayList<>(improving.reversed());
        assertThat(AccuracyDrift.detect(worsening, 0, 0, 10, 10)).isPresent();
    }

    @Test
    void aNewcomerIsComparedWithTheProjectOnlyAndTooShortAHistoryIsNeverFlagged() {
        var newcomer = history(0, 0, 2, 10);
        var drift = AccuracyDrift.detect(newcomer, 90, 100, 10, 10).orElseThrow();
        assertThat(drift.earlier()).isNull();
        assertThat(drift.belowProject()).isTrue();
        assertThat(AccuracyDrift.detect(newcomer, 0, 0, 10, 10)).isEmpty();
        assertThat(AccuracyDrift.detect(history(0, 0, 0, 9), 90, 100, 10, 10)).isEmpty();
    }
}
