package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The order effect taken out of a Bradley–Terry ranking: when one model is always shown first to annotators who
 * favour the first-shown, the plain ranking puts it on top; the positioned fit recovers the true order and the effect.
 */
class PositionedBradleyTerryTests {

    @Test
    void aWeakerModelAlwaysShownFirstToBiasedAnnotatorsIsRankedBelowTheStrongerOneOnceTheOrderIsTakenOut() {
        var random = new Random(42);
        double theta = 3;
        double weak = 1;
        double strong = 2;
        var plain = new BradleyTerry();
        var positioned = new PositionedBradleyTerry();
        for (int g = 0; g < 4000; g++) {
            // "weak" is shown first every time: it wins with probability θ·1 / (θ·1 + 2) = 0.6.
            boolean firstWins = random.nextDouble() < theta * weak / (theta * weak + strong);
            if (firstWins) {
                plain.win("weak", "strong");
            } else {
                plain.win("strong", "weak");
            }
            positioned.game("weak", "strong", firstWins ? 1 : -1);
        }
        // A balanced set besides, against a third model shown in both orders, anchors the order effect.
        for (int g = 0; g < 4000; g++) {
            boolean strongFirst = g % 2 == 0;
            double pStrongWins = strongFirst ? theta * strong / (theta * strong + 1) : strong / (strong + theta);
            boolean strongWins = random.nextDouble() < pStrongWins;
            plain.win(strongWins ? "strong" : "other", strongWins ? "other" : "strong");
            positioned.game(strongFirst ? "strong" : "other", strongFirst ? "other" : "strong", strongWins == strongFirst ? 1 : -1);
        }

        assertThat(plain.fit(1).stream().filter(s -> !s.name().equals("other")).findFirst().orElseThrow().name()).isEqualTo("weak");
        var fit = positioned.fit(1);
        assertThat(fit.standings().getFirst().name()).isEqualTo("strong");
        assertThat(fit.firstShownOdds()).isBetween(2.6, 3.4);
    }

    @Test
    void withoutAnOrderEffectTheOddsAreNearOneAndTheRankingIsThePlainOne() {
        var random = new Random(5);
        var positioned = new PositionedBradleyTerry();
        for (int g = 0; g < 3000; g++) {
            boolean aFirst = random.nextBoolean();
            boolean aWins = random.nextDouble() < 0.7;
            positioned.game(aFirst ? "a" : "b", aFirst ? "b" : "a", aWins == aFirst ? 1 : -1);
        }
        var fit = positioned.fit(1);

        assertThat(fit.firstShownOdds()).isBetween(0.85, 1.15);
        assertThat(fit.standings()).extracting(BradleyTerry.Standing::name).containsExactly("a", "b");
    }
}
