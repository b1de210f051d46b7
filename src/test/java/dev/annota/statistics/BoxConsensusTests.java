package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.annota.statistics.BoxAgreement.Box;
import org.junit.jupiter.api.Test;

class BoxConsensusTests {

    private static Box box(String label, double x, double y, double w, double h) {
        return new Box(label, x, y, w, h);
    }

    /** Each annotator's boxes, the annotators named a, b, c, ... in the order given (a map kept in that order). */
    @SafeVarargs
    private static LinkedHashMap<String, List<Box>> answersInOrder(List<Box>... boxesOfEach) {
        var answers = new LinkedHashMap<String, List<Box>>();
        for (int i = 0; i < boxesOfEach.length; i++) {
            answers.put(String.valueOf((char) ('a' + i)), boxesOfEach[i]);
        }
        return answers;
    }

    @Test
    void threeAnnotatorsOnOneCarGiveTheMeanOfTheirEdgesAndALoneBoxIsDropped() {
        var answers = Map.of(
                "a", List.of(box("car", 0, 0, 10, 10)),
                "b", List.of(box("car", 1, 1, 10, 10)),
                "c", List.of(box("car", 0, 0, 12, 10), box("person", 50, 50, 5, 5)));
        var result = BoxConsensus.of(answers, 0.5);
        assertThat(result.annotators()).isEqualTo(3);
        assertThat(result.boxes()).hasSize(1);
        var car = result.boxes().get(0);
        // left (0+1+0)/3, top (0+1+0)/3, right (10+11+12)/3 = 11, bottom (10+11+10)/3 = 31/3.
        assertThat(car.box().label()).isEqualTo("car");
        assertThat(car.box().x()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(car.box().y()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(car.box().width()).isCloseTo(11 - 1.0 / 3, within(1e-12));
        assertThat(car.box().height()).isCloseTo(10, within(1e-12));
        assertThat(car.support()).isEqualTo(3);
        assertThat(car.confidence()).isEqualTo(1.0);
        assertThat(BoxConsensus.confidence(result, answers)).isEqualTo(1.0);
    }

    @Test
    void aClassMismatchSplitsTheClusterAndTheMajorityCountsAnnotatorsWhoDrewNothing() {
        var answers = answersInOrder(List.of(box("car", 0, 0, 10, 10)), List.of(box("person", 0, 0, 10, 10)),
                List.of(box("car", 0, 0, 10, 10)));
        var three = BoxConsensus.of(answers, 0.5);
        assertThat(three.boxes()).extracting(a -> a.box().label()).containsExactly("car");
        assertThat(three.boxes().get(0).confidence()).isCloseTo(2.0 / 3, within(1e-12));
        // A fourth annotator who drew nothing: 2 of 4 is no strict majority.
        answers.put("d", List.of());
        assertThat(BoxConsensus.of(answers, 0.5).boxes()).isEmpty();
    }

    @Test
    void anAnnotatorsTwoBoxesNeverShareOneCluster() {
        // a drew the car twice; b once. b's box joins one of a's; the other has a alone, 1 of 2, and is dropped.
        var answers = Map.of(
                "a", List.of(box("car", 0, 0, 10, 10), box("car", 0, 0, 10, 10)),
                "b", List.of(box("car", 0, 0, 10, 10)));
        var result = BoxConsensus.of(answers, 0.5);
        assertThat(result.boxes()).hasSize(1);
        assertThat(result.boxes().get(0).support()).isEqualTo(2);
    }

    @Test
    void boxesThatDoNotOverlapEnoughAreNotMerged() {
        var answers = Map.of("a", List.of(box("car", 0, 0, 10, 10)), "b", List.of(box("car", 5, 0, 10, 10)));
        var result = BoxConsensus.of(answers, 0.5);
        assertThat(result.boxes()).isEmpty();
        assertThat(BoxConsensus.confidence(result, answers)).isZero();
    }

    @Test
    void everyoneDrawingNothingIsFullAgreementOnNoBox() {
        Map<String, List<Box>> answers = Map.of("a", List.of(), "b", List.of());
        var result = BoxConsensus.of(answers, 0.5);
        assertThat(result.boxes()).isEmpty();
        assertThat(BoxConsensus.confidence(result, answers)).isEqualTo(1.0);
    }

    @Test
    void theResultDoesNotDependOnTheOrderTheAnswersCameIn() {
        var forward = answersInOrder(List.of(box("car", 0, 0, 10, 10)), List.of(box("car", 2, 0, 10, 10)),
                List.of(box("car", 4, 0, 10, 10)));
        assertThat(forward.reversed().keySet()).containsExactly("c", "b", "a");
        assertThat(BoxConsensus.of(forward.reversed(), 0.5)).isEqualTo(BoxConsensus.of(forward, 0.5));
    }
}
