package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class BradleyTerryTests {

    @Test
    void twoContendersGetTheRatioOfTheirWins() {
        // A beats B 3 times, B beats A once: the likelihood p^3 (1-p) peaks at p = 3/4, strengths 3 : 1.
        BradleyTerry model = new BradleyTerry().win("A", "B").win("A", "B").win("A", "B").win("B", "A");
        List<BradleyTerry.Standing> standings = model.fit(0);
        assertThat(standings).extracting(BradleyTerry.Standing::name).containsExactly("A", "B");
        assertThat(standings).extracting(BradleyTerry.Standing::rank).containsExactly(1, 2);
        assertThat(standings.get(0).score()).isCloseTo(Math.log(3) / 2, within(1e-9));
        assertThat(standings.get(1).score()).isCloseTo(-Math.log(3) / 2, within(1e-9));
        assertThat(BradleyTerry.probability(standings.get(0), standings.get(1))).isCloseTo(0.75, within(1e-9));
        assertThat(standings.get(0).wins()).isEqualTo(3.0);
        assertThat(standings.get(0).comparisons()).isEqualTo(4);
        // Information of the 4 games: 4·¾·¼ = ¾; Var(θ_A − θ_B) = 4/3, so a centred score (half the difference) has SE √(1/3).
        assertThat(standings.get(0).standardError()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-6));
        assertThat(standings.get(1).standardError()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-6));
    }

    @Test
    void threeContendersWhoseWinsEqualTheirExpectedWinsRecoverStrengthsFourTwoOne() {
        // With strengths 4, 2, 1 the expected wins are A-B 2:1 (3 games), B-C 2:1 (3 games), A-C 4:1 (5 games).
        // Observed wins equal to expected wins satisfy the likelihood equations, so the estimate is 4 : 2 : 1.
        BradleyTerry model = new BradleyTerry();
        repeat(2, () -> model.win("A", "B"));
        repeat(1, () -> model.win("B", "A"));
        repeat(2, () -> model.win("B", "C"));
        repeat(1, () -> model.win("C", "B"));
        repeat(4, () -> model.win("A", "C"));
        repeat(1, () -> model.win("C", "A"));
        List<BradleyTerry.Standing> standings = model.fit(0);
        assertThat(standings).extracting(BradleyTerry.Standing::name).containsExactly("A", "B", "C");
        double a = standings.get(0).strength();
        assertThat(a / standings.get(1).strength()).isCloseTo(2, within(1e-8));
        assertThat(a / standings.get(2).strength()).isCloseTo(4, within(1e-8));
        // scores are ln strengths centred on 0: ln 4 - ln 2 = ln 2 apart, mean of ln 4, ln 2, ln 1 subtracted
        assertThat(standings.get(1).score()).isCloseTo(0, within(1e-8));
    }

    @Test
    void aCycleAndTiesLeaveEveryoneEqual() {
        BradleyTerry model = new BradleyTerry().win("A", "B").win("B", "C").win("C", "A").tie("A", "C");
        assertThat(model.fit(0)).allSatisfy(s -> assertThat(s.score()).isCloseTo(0, within(1e-9)));
    }

    @Test
    void thePriorKeepsAnUnbeatenContenderFiniteAndShrinksTowardsTheMiddle() {
        // A beat B once and never lost. With prior 1 (one virtual win and loss against a reference of strength 1),
        // the equations are: A: (1 + 1) = 1·a/(a+b) + 2·a/(a+1); B: (0 + 1) = 1·b/(a+b) + 2·b/(b+1).
        // The two sum to 3 = 3 for any a, b; the fit is symmetric, so b = 1/a. Then B's equation,
        // 1 = 1/(a² + 1) + 2/(1 + a), multiplies out to a³ − a² − 2 = 0: a = 1.6956207695598…
        List<BradleyTerry.Standing> standings = new BradleyTerry().win("A", "B").fit(1);
        double a = standings.get(0).strength();
        double b = standings.get(1).strength();
        assertThat(a).isCloseTo(1.6956207695598615, within(1e-8));
        assertThat(a * b).isCloseTo(1, within(1e-8));
        assertThat(a / (a + b) + 2 * a / (a + 1)).isCloseTo(2, within(1e-8));
        assertThat(b / (a + b) + 2 * b / (b + 1)).isCloseTo(1, within(1e-8));
        assertThat(BradleyTerry.probability(standings.get(0), standings.get(1))).isBetween(0.5, 1.0);
    }

    @Test
    void aContenderCannotBeComparedWithItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BradleyTerry().win("A", "A"));
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
