package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AggregationMethodTests {

    @Test
    void majorityVoteBreaksTiesTowardsTheLabelThatSortsFirstWhateverTheInputOrder() {
        Answers forward = Answers.builder()
                .add("x", "w1", "10").add("x", "w2", "9")
                .add("y", "w1", "b").add("y", "w2", "a").add("y", "w3", "a").add("y", "w4", "b")
                .build();
        Answers backward = Answers.builder()
                .add("y", "w4", "b").add("y", "w3", "a").add("y", "w2", "a").add("y", "w1", "b")
                .add("x", "w2", "9").add("x", "w1", "10")
                .build();
        for (Answers answers : new Answers[] {forward, backward}) {
            Aggregation mv = AggregationMethod.MAJORITY_VOTE.aggregate(answers);
            // "10" and "9" are not all numbers together with "a" and "b": labels sort by text, "10" < "9".
            assertThat(mv.label(answers.itemCode("x"))).isEqualTo("10");
            assertThat(mv.label(answers.itemCode("y"))).isEqualTo("a");
            assertThat(mv.confidence(answers.itemCode("y"))).isEqualTo(0.5);
        }
        Answers numeric = Answers.builder().add("x", "w1", "10").add("x", "w2", "9").build();
        assertThat(AggregationMethod.MAJORITY_VOTE.aggregate(numeric).label(0)).as("numeric order").isEqualTo("9");
    }

    @Test
    void majorityVoteConfidenceIsTheShareOfTheVotes() {
        Answers answers = Answers.builder()
                .add("q", "a", "cat").add("q", "b", "cat").add("q", "c", "dog").add("q", "d", "cat").build();
        Aggregation mv = AggregationMethod.MAJORITY_VOTE.aggregate(answers);
        assertThat(mv.label(0)).isEqualTo("cat");
        assertThat(mv.confidence(0)).isEqualTo(0.75);
        assertThat(mv.workerSkill(answers.workers()[2])).as("c disagrees with the majority").isZero();
    }

    @Test
    void dawidSkeneAndMaceSeeThroughWorkersWhoAlwaysGiveTheSameLabelWhereMajorityVoteFails() {
        // 40 items, truth alternates a/b. Two careful workers are always right; three spammers always say "a".
        // On every b item majority vote says a (3 to 2): 50 % accuracy.
        Answers.Builder builder = Answers.builder();
        Map<String, String> truth = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String item = "item" + i;
            String label = i % 2 == 0 ? "a" : "b";
            truth.put(item, label);
            builder.add(item, "careful1", label).add(item, "careful2", label);
            builder.add(item, "spam1", "a").add(item, "spam2", "a").add(item, "spam3", "a");
        }
        Answers answers = builder.build();

        assertThat(AggregationMethod.MAJORITY_VOTE.aggregate(answers).accuracy(truth)).isEqualTo(0.5);
        for (AggregationMethod method : new AggregationMethod[] {AggregationMethod.DAWID_SKENE,
                AggregationMethod.MACE}) {
            Aggregation aggregation = method.aggregate(answers);
            assertThat(aggregation.accuracy(truth)).as(method.code()).isEqualTo(1.0);
            assertThat(aggregation.converged()).as(method.code()).isTrue();
        }
        // One-coin cannot: one symmetric skill per worker has no way to express "always says a", and starting from
        // majority vote the spammers look more accurate (0.8) than the careful workers (0.7). It stays at 50 %.
        assertThat(AggregationMethod.ONE_COIN_DAWID_SKENE.aggregate(answers).accuracy(truth)).isEqualTo(0.5);
        Aggregation ds = AggregationMethod.DAWID_SKENE.aggregate(answers);
        int careful = indexOfWorker(answers, "careful1");
        int spammer = indexOfWorker(answers, "spam1");
        assertThat(ds.workerSkill(careful)).isCloseTo(1.0, within(1e-6));
        assertThat(ds.workerSkill(spammer)).as("right on the a half only").isCloseTo(0.5, within(1e-6));
        assertThat(ds.confidence(answers.itemCode("item1"))).isGreaterThan(0.99);
    }

    @Test
    void posteriorsOfEveryEmModelAreDistributionsAndConfidenceIsTheChosenLabelsPosterior() throws IOException {
        Answers answers = dog();
        for (AggregationMethod method : new AggregationMethod[] {AggregationMethod.DAWID_SKENE,
                AggregationMethod.ONE_COIN_DAWID_SKENE, AggregationMethod.MACE}) {
            Aggregation aggregation = method.aggregate(answers);
            for (int i = 0; i < answers.itemCount(); i++) {
                double sum = 0;
                double max = 0;
                for (int l = 0; l < answers.labelCount(); l++) {
                    sum += aggregation.posterior(i, l);
                    max = Math.max(max, aggregation.posterior(i, l));
                }
                assertThat(sum).as(method.code()).isCloseTo(1.0, within(1e-9));
                assertThat(aggregation.confidence(i)).isEqualTo(max)
                        .isEqualTo(aggregation.posterior(i, aggregation.labelCode(i)));
            }
        }
    }

    @Test
    void emStopsAtTheIterationCapAndSaysItDidNotConverge() throws IOException {
        Aggregation capped = AggregationMethod.DAWID_SKENE.aggregate(dog(), new EmOptions(0, 3));
        assertThat(capped.iterations()).isEqualTo(3);
        assertThat(capped.converged()).isFalse();
        Aggregation free = AggregationMethod.DAWID_SKENE.aggregate(dog());
        assertThat(free.iterations()).isBetween(4, 99);
        assertThat(free.converged()).isTrue();
    }

    @Test
    void theSameAnswersGiveTheSameLabelsAndConfidencesEveryTime() throws IOException {
        Aggregation first = AggregationMethod.DAWID_SKENE.aggregate(dog());
        Aggregation second = AggregationMethod.DAWID_SKENE.aggregate(dog());
        for (int i = 0; i < first.answers().itemCount(); i++) {
            assertThat(second.label(i)).isEqualTo(first.label(i));
            assertThat(second.confidence(i)).isEqualTo(first.confidence(i));
        }
    }

    @Test
    void aSingleLabelIsChosenWithFullConfidenceByEveryMethod() {
        Answers answers = Answers.builder().add("q1", "w1", "yes").add("q1", "w2", "yes").add("q2", "w1", "yes")
                .build();
        for (AggregationMethod method : AggregationMethod.values()) {
            Aggregation aggregation = method.aggregate(answers);
            assertThat(aggregation.label(1)).as(method.code()).isEqualTo("yes");
            assertThat(aggregation.confidence(1)).as(method.code()).isEqualTo(1.0);
        }
    }

    private static int indexOfWorker(Answers answers, String name) {
        for (int w = 0; w < answers.workerCount(); w++) {
            if (answers.worker(w).equals(name)) {
                return w;
            }
        }
        throw new AssertionError(name);
    }

    private static Answers dog() throws IOException {
        try (Reader in = Files.newBufferedReader(SharedData.file("data/truth-inference/dog/answers.csv"))) {
            return Answers.readCsv(in);
        }
    }
}
