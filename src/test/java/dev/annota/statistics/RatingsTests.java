package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RatingsTests {

    private final Ratings ratings = new Ratings()
            .add("odd", "a", 3).add("odd", "b", 1).add("odd", "c", 2)
            .add("even", "a", 4).add("even", "b", 1).add("even", "c", 3).add("even", "d", 2);

    @Test
    void withoutWeightsTheMeanAndMedianAreTheOrdinaryOnes() {
        List<Ratings.Rating> mean = ratings.mean(Map.of());
        assertThat(mean).extracting(Ratings.Rating::item).containsExactly("odd", "even");
        assertThat(mean.get(0).value()).isEqualTo(2.0);
        assertThat(mean.get(1).value()).isEqualTo(2.5);
        // population standard deviation of 1, 2, 3 = sqrt(2/3)
        assertThat(mean.get(0).spread()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        List<Ratings.Rating> median = ratings.median(Map.of());
        assertThat(median.get(0).value()).isEqualTo(2.0);
        assertThat(median.get(1).value()).as("midpoint of 2 and 3").isEqualTo(2.5);
        assertThat(median.get(1).count()).isEqualTo(4);
    }

    @Test
    void weightsShiftTheMeanAndTheMedianTowardsTrustedWorkers() {
        // odd: values 3 (a, w 3), 1 (b, w 1), 2 (c, w 1): mean = (9 + 1 + 2) / 5 = 2.4;
        // sorted 1 (1), 2 (1), 3 (3): cumulative 1, 2, 5 against half 2.5 -> median 3.
        Map<String, Double> weights = Map.of("a", 3.0, "b", 1.0, "c", 1.0);
        assertThat(ratings.mean(weights).get(0).value()).isCloseTo(2.4, within(1e-12));
        assertThat(ratings.median(weights).get(0).value()).isEqualTo(3.0);
        // a weight of 2 on a: total 4, cumulative 1, 2 = half exactly -> midpoint of 2 and 3.
        assertThat(ratings.median(Map.of("a", 2.0)).get(0).value()).isEqualTo(2.5);
    }

    @Test
    void aWorkerWeightedZeroIsLeftOutAndAnItemWithNobodyLeftDisappears() {
        Ratings single = new Ratings().add("x", "spammer", 7).add("y", "a", 1).add("y", "spammer", 7);
        List<Ratings.Rating> mean = single.mean(Map.of("spammer", 0.0));
        assertThat(mean).extracting(Ratings.Rating::item).containsExactly("y");
        assertThat(mean.get(0).value()).isEqualTo(1.0);
        assertThat(mean.get(0).count()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> single.mean(Map.of("a", -1.0)));
        assertThatIllegalArgumentException().isThrownBy(() -> single.add("z", "a", Double.NaN));
    }
}
