package dev.annota.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.annota.quality.ComparisonBias.Observation;
import dev.annota.schema.ShownOrder;
import org.junit.jupiter.api.Test;

/**
 * Simulated annotators on pairwise comparisons, the order drawn per assignment as the server draws it: those who pick
 * the response shown first 70 % of the time are flagged, honest ones (who pick the better response, wherever it is
 * shown) are not, at the stated false-positive rate; an annotator who prefers the longer response far more than the
 * rest is flagged by length; a model's share of the choices and answers sent in another order are counted.
 */
class ComparisonBiasTests {

    static final int HONEST = 100;
    static final int BIASED = 10;
    static final int ANSWERS = 200;

    enum Kind { HONEST, FIRST_SHOWN, LONGER }

    record Simulated(List<Observation> observations, Map<UUID, Kind> kinds) {
    }

    /** One project: every annotator answers {@code ANSWERS} pairs; the better response is chosen by honest ones 75 %. */
    static Simulated project(long seed, int honest, int biased, Kind bias) {
        return project(seed, honest, biased, bias, ANSWERS);
    }

    static Simulated project(long seed, int honest, int biased, Kind bias, int answers) {
        var random = new Random(seed);
        var observations = new ArrayList<Observation>();
        var kinds = new HashMap<UUID, Kind>();
        UUID vendor = UUID.randomUUID();
        for (int a = 0; a < honest + biased; a++) {
            UUID annotator = new UUID(seed, a);
            Kind kind = a < honest ? Kind.HONEST : bias;
            kinds.put(annotator, kind);
            for (int n = 0; n < answers; n++) {
                UUID assignment = new UUID(random.nextLong(), random.nextLong());
                int[] order = ShownOrder.of(assignment, 2);
                int better = random.nextInt(2);
                int[] lengths = {200 + random.nextInt(400), 200 + random.nextInt(400)};
                int chosen = switch (kind) {
                    case HONEST -> random.nextDouble() < 0.75 ? better : 1 - better;
                    case FIRST_SHOWN -> random.nextDouble() < 0.7 ? order[0] : order[1];
                    case LONGER -> random.nextDouble() < 0.9 ? (lengths[0] >= lengths[1] ? 0 : 1) : (lengths[0] >= lengths[1] ? 1 : 0);
                };
                List<String> models = better == 0 ? List.of("strong", "weak") : List.of("weak", "strong");
                observations.add(new Observation(annotator, vendor, order, chosen, lengths, models, true));
            }
        }
        return new Simulated(observations, kinds);
    }

    /**
     * Over {@code runs} seeded projects: how many biased and how many honest annotators were flagged with evidence
     * beginning {@code finding}.
     */
    static int[] flagged(Kind bias, int runs, int answers, String finding) {
        int[] flagged = new int[2];
        for (int run = 0; run < runs; run++) {
            var sim = project(run, HONEST, BIASED, bias, answers);
            for (var g : ComparisonBias.groups(sim.observations(), Observation::annotator, Map.of())) {
                boolean found = g.evidence().stream().anyMatch(e -> e.startsWith(finding));
                flagged[sim.kinds().get(g.id()) == bias ? 0 : 1] += found ? 1 : 0;
            }
        }
        return flagged;
    }

    @Test
    void annotatorsWhoPickTheFirstShownSeventyPercentAreFlaggedAndHonestOnesAreNotAtTheStatedRate() {
        int runs = 20;
        int[] flagged = flagged(Kind.FIRST_SHOWN, runs, ANSWERS, "Chose the response shown first");
        // Measured on these 20 seeded projects of 110 annotators × 200 answers (docs/trust.md).
        assertThat(flagged[0]).as("biased annotators flagged of %d", runs * BIASED).isGreaterThanOrEqualTo(190);
        // Bonferroni at 5 % per project: at most one false flag in 20 projects is expected; 2 allows for chance.
        assertThat(flagged[1]).as("honest annotators flagged of %d", runs * HONEST).isLessThanOrEqualTo(2);
    }

    @Test
    void annotatorsWhoPickTheLongerResponseNinetyPercentAreFlaggedByLengthAndHonestOnesAreNot() {
        int runs = 20;
        int[] flagged = flagged(Kind.LONGER, runs, ANSWERS, "Chose the longest response");
        assertThat(flagged[0]).as("length-biased annotators flagged of %d", runs * BIASED).isGreaterThanOrEqualTo(195);
        assertThat(flagged[1]).as("honest annotators flagged of %d", runs * HONEST).isLessThanOrEqualTo(2);
    }

    @Test
    void theEvidenceSaysHowOftenTheFirstShownWasChosenAgainstChance() {
        var sim = project(7, 30, 1, Kind.FIRST_SHOWN);
        var biased = ComparisonBias.groups(sim.observations(), Observation::annotator, Map.of()).getFirst();

        assertThat(biased.flagged()).isTrue();
        assertThat(sim.kinds().get(biased.id())).isEqualTo(Kind.FIRST_SHOWN);
        assertThat(biased.firstShown().expected()).isEqualTo(0.5);
        assertThat(biased.firstShown().low()).isGreaterThan(0.5);
        assertThat(biased.evidence()).singleElement().asString()
                .startsWith("Chose the response shown first in " + biased.firstShown().hits() + " of 200 comparisons")
                .contains("where chance is 50 %");
    }

    @Test
    void theLengthEvidenceComparesTheAnnotatorWithTheRestOfTheProject() {
        var sim = project(11, 40, 1, Kind.LONGER);
        var longer = ComparisonBias.groups(sim.observations(), Observation::annotator, Map.of()).stream()
                .filter(g -> sim.kinds().get(g.id()) == Kind.LONGER).findFirst().orElseThrow();

        assertThat(longer.flagged()).isTrue();
        assertThat(longer.longestDiffersP()).isLessThan(1e-6);
        assertThat(longer.evidence()).anySatisfy(e -> assertThat(e).startsWith("Chose the longest response in")
                .contains("where the project's typical annotator does in"));
    }

    @Test
    void aModelsShareOfTheChoicesIsItsRateAmongTheAnswersWhereItWroteOneResponse() {
        var sim = project(3, 10, 0, Kind.HONEST);
        var project = ComparisonBias.whole(UUID.randomUUID(), "Project", sim.observations());

        assertThat(project.models()).extracting(ComparisonBias.ModelRate::model).containsExactly("strong", "weak");
        var strong = project.models().getFirst().rate();
        assertThat(strong.trials()).isEqualTo(10L * ANSWERS);
        assertThat(strong.rate()).isBetween(0.70, 0.80);
        assertThat(strong.pValue()).isLessThan(1e-6);
        assertThat(project.flagged()).isFalse();
    }

    @Test
    void answersSentInAnotherOrderThanTheAssignmentsAreCountedAndTiesSayNothing() {
        UUID annotator = UUID.randomUUID();
        var observations = List.of(
                new Observation(annotator, null, new int[] {0, 1}, 0, new int[] {5, 9}, java.util.Arrays.asList(null, null), false),
                new Observation(annotator, null, new int[] {1, 0}, -1, new int[] {5, 9}, java.util.Arrays.asList(null, null), true));

        var group = ComparisonBias.groups(observations, Observation::annotator, Map.of(annotator, "Ann")).getFirst();

        assertThat(group.name()).isEqualTo("Ann");
        assertThat(group.notAsServed()).isEqualTo(1);
        assertThat(group.answers()).isEqualTo(1);
        assertThat(group.firstShown().trials()).isEqualTo(1);
        assertThat(group.flagged()).isFalse();
    }
}
