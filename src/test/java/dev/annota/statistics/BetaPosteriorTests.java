package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BetaPosteriorTests {

    @Test
    void withNoAnswersTheIntervalIsNearlyTheWholeRange() {
        var none = BetaPosterior.of(0, 0);
        assertThat(none.mean()).isEqualTo(0.5);
        assertThat(none.low()).isCloseTo(0.025, within(1e-9));
        assertThat(none.high()).isCloseTo(0.975, within(1e-9));
    }

    @Test
    void matchesTheBetaQuantilesOfScipy() {
        // scipy.stats.beta(9, 3).ppf([0.025, 0.975]) = [0.48224415, 0.93978227]: 8 right of 10 under a uniform prior.
        var p = BetaPosterior.of(8, 10);
        assertThat(p.mean()).isCloseTo(0.75, within(1e-12));
        assertThat(p.low()).isCloseTo(0.48224415, within(1e-6));
        assertThat(p.high()).isCloseTo(0.93978227, within(1e-6));
        // Beta(1, 1) quantiles are the identity; Beta(2, 1) has cdf x^2.
        assertThat(BetaPosterior.quantile(0.3, 2, 1)).isCloseTo(Math.sqrt(0.3), within(1e-9));
    }

    @Test
    void moreAnswersNarrowTheInterval() {
        var few = BetaPosterior.of(4, 5);
        var many = BetaPosterior.of(80, 100);
        assertThat(many.high() - many.low()).isLessThan(few.high() - few.low());
    }
}
