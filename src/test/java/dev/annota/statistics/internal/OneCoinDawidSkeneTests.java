package dev.annota.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.annota.statistics.Answers;
import dev.annota.statistics.EmOptions;

class OneCoinDawidSkeneTests {

    @Test
    void twoWorkersWhoAreAlwaysRightOutweighOneWhoIsAlwaysWrongAndTheSkillsSaySo() {
        // 10 items, truth alternating 0/1; a and b always give the truth, c always the other label.
        Answers answers = build(10, (item, truth, builder) -> builder.add(item, "a", truth).add(item, "b", truth)
                .add(item, "c", other(truth)));
        int a = worker(answers, "a");
        int c = worker(answers, "c");

        // One iteration, by hand: majority vote gives the truth 2/3 on every item, so the M-step's skills are a = b =
        // 2/3 and c = 1/3, and the E-step's posterior of the truth is (2/3)³ / ((2/3)³ + (1/3)³) = 8/9.
        Estimate first = OneCoinDawidSkene.estimate(answers, new EmOptions(0, 1));
        assertThat(first.workerSkills()[a]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(first.workerSkills()[c]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(first.confidences()[0]).isCloseTo(8.0 / 9, within(1e-9));

        // At convergence a and b are right and c wrong every time, and every item gets its truth.
        Estimate last = OneCoinDawidSkene.estimate(answers, EmOptions.DEFAULT);
        assertThat(last.converged()).isTrue();
        assertThat(last.workerSkills()[a]).isCloseTo(1.0, within(1e-6));
        assertThat(last.workerSkills()[worker(answers, "b")]).isCloseTo(1.0, within(1e-6));
        assertThat(last.workerSkills()[c]).isCloseTo(0.0, within(1e-6));
        for (int i = 0; i < answers.itemCount(); i++) {
            assertThat(answers.label(last.labels()[i])).as(answers.item(i)).isEqualTo(truthOf(i));
        }
    }

    @Test
    void workersWhoLeanTowardsOneLabelDoNotDragEveryItemToThatLabel() {
        // 20 items, truth alternating 0/1. Five careful workers, each wrong on every fifth item (careful k on the
        // items i with i % 5 == k), and two who always answer 0. Majority vote is right on every item: at least 4
        // careful votes for the truth against at most 3. With a learned class prior (crowd-kit's one-coin model)
        // EM explains the surplus of 0s by the prior: it goes to 1 for 0, the two who always say 0 get skill 1,
        // the careful workers 0.5, and every item becomes 0 (50 %).
        Answers answers = build(20, (item, truth, builder) -> {
            int i = Integer.parseInt(item.substring(4));
            for (int k = 0; k < 5; k++) {
                builder.add(item, "careful" + k, i % 5 == k ? other(truth) : truth);
            }
            builder.add(item, "zero1", "0").add(item, "zero2", "0");
        });

        Estimate estimate = OneCoinDawidSkene.estimate(answers, EmOptions.DEFAULT);

        for (int i = 0; i < answers.itemCount(); i++) {
            assertThat(answers.label(estimate.labels()[i])).as(answers.item(i)).isEqualTo(truthOf(i));
        }
        // A 0 from a worker who always says 0 tells nothing: skill one half (EM's fixed point; 1.4e-5 off where the
        // default tolerance stops it). A careful worker is right on 16 of 20 items; the soft posteriors give 0.79.
        assertThat(estimate.workerSkills()[worker(answers, "zero1")]).isCloseTo(0.5, within(1e-3));
        assertThat(estimate.workerSkills()[worker(answers, "careful0")]).isCloseTo(0.7887, within(1e-3));
    }

    private interface Row {
        void add(String item, String truth, Answers.Builder builder);
    }

    private static Answers build(int items, Row row) {
        Answers.Builder builder = Answers.builder();
        for (int i = 0; i < items; i++) {
            row.add("item" + i, truthOf(i), builder);
        }
        return builder.build();
    }

    private static String truthOf(int item) {
        return item % 2 == 0 ? "0" : "1";
    }

    private static String other(String label) {
        return label.equals("0") ? "1" : "0";
    }

    private static int worker(Answers answers, String name) {
        for (int w = 0; w < answers.workerCount(); w++) {
            if (answers.worker(w).equals(name)) {
                return w;
            }
        }
        throw new AssertionError(name);
    }
}
