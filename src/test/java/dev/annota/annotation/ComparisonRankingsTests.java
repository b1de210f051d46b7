package dev.annota.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.statistics.BradleyTerry;
import org.junit.jupiter.api.Test;

class ComparisonRankingsTests {

    private static final UUID ITEM = new UUID(0, 1);

    private static AnswersByQuestion.ComparisonAnswer preferred(int n, int preferred) {
        return new AnswersByQuestion.ComparisonAnswer(ITEM, UUID.randomUUID(), n, preferred, null);
    }

    private static AnswersByQuestion.ComparisonAnswer ranked(int... ranks) {
        return new AnswersByQuestion.ComparisonAnswer(ITEM, UUID.randomUUID(), ranks.length, null, ranks);
    }

    @Test
    void aRankingGivesOneOutcomePerPairAndEqualRanksTie() {
        // [1, 2, 2]: 0 beats 1 and 2; 1 and 2 tie. The same outcomes fed by hand give the same fit.
        var standings = ComparisonRankings.perItem(new AnswersByQuestion.Comparisons(true, List.of(ranked(1, 2, 2)))).get(ITEM);
        var direct = new BradleyTerry().win("0", "1").win("0", "2").tie("1", "2").fit(ComparisonRankings.PRIOR);
        assertThat(standings).extracting(BradleyTerry.Standing::name).containsExactly("0", "1", "2");
        assertThat(standings.get(0).wins()).isEqualTo(2.0);
        assertThat(standings.get(1).wins()).isEqualTo(0.5);
        for (int i = 0; i < 3; i++) {
            assertThat(standings.get(i).score()).isCloseTo(direct.get(i).score(), within(1e-12));
        }
    }

    @Test
    void aPreferredResponseBeatsEveryOtherAndATieTiesEveryPair() {
        var tie = ComparisonRankings.perItem(new AnswersByQuestion.Comparisons(false, List.of(preferred(3, -1)))).get(ITEM);
        assertThat(tie).allSatisfy(s -> assertThat(s.score()).isCloseTo(0, within(1e-9)));
        var best = ComparisonRankings.perItem(new AnswersByQuestion.Comparisons(false, List.of(preferred(3, 2)))).get(ITEM);
        assertThat(best.get(0).name()).isEqualTo("2");
        assertThat(best.get(0).wins()).isEqualTo(2.0);
        assertThat(best.get(0).comparisons()).isEqualTo(2);
        // 0 and 1 were never compared with each other: equal, below 2.
        assertThat(best.get(1).score()).isCloseTo(best.get(2).score(), within(1e-9));
    }

    @Test
    void modelsAreRankedOverItemsLeavingOutResponsesWithoutAModelOrOfTheSameModel() {
        UUID other = new UUID(0, 2);
        var answers = new ArrayList<AnswersByQuestion.ComparisonAnswer>();
        answers.add(preferred(3, 0)); // ITEM: alpha beats beta, alpha-vs-alpha left out
        answers.add(new AnswersByQuestion.ComparisonAnswer(other, UUID.randomUUID(), 2, 1, null)); // other: beta beats (no model): left out
        var models = Map.of(ITEM, List.of("alpha", "beta", "alpha"), other, Arrays.asList(null, "beta"));
        var standings = ComparisonRankings.perModel(new AnswersByQuestion.Comparisons(false, answers), models);
        assertThat(standings).extracting(BradleyTerry.Standing::name).containsExactly("alpha", "beta");
        assertThat(standings.get(0).wins()).isEqualTo(1.0);
        assertThat(standings.get(0).comparisons()).isEqualTo(1);
    }
}
