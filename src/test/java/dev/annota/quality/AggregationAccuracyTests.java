package dev.annota.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy on the real crowd-labelling sets of src/test/resources/data/truth-inference. Dawid–Skene must reach
 * crowd-kit's figure (within 0.002); majority vote must equal crowd-kit's exactly (same tie rule); every method's
 * accuracy must equal the figure docs/quality.md publishes, so the document cannot drift from the code.
 */
class AggregationAccuracyTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // set,      crowd-kit MV, crowd-kit DS, Annota: mv, wawa, ds, ocds, mace (as in docs/quality.md)
            "duck,       0.7593, 0.8889, 0.7593, 0.7593, 0.8981, 0.5833, 0.8889",
            "sentiment,  0.9320, 0.9600, 0.9320, 0.9510, 0.9600, 0.9490, 0.9590",
            "dog,        0.8178, 0.8426, 0.8178, 0.8290, 0.8426, 0.8302, 0.8327",
            "rte,        0.9187, 0.9275, 0.9188, 0.9213, 0.9275, 0.9250, 0.9288",
    })
    void dawidSkeneReachesCrowdKitAndEveryMethodMatchesThePublishedFigure(String set, double crowdKitMajority,
            double crowdKitDawidSkene, double mv, double wawa, double ds, double ocds, double mace) throws IOException {
        Answers answers;
        try (Reader in = Files.newBufferedReader(SharedData.file("data/truth-inference/" + set + "/answers.csv"))) {
            answers = Answers.readCsv(in);
        }
        Map<String, String> truth = AggregateCommand.readTruth(
                SharedData.file("data/truth-inference/" + set + "/truth.csv"));
        Map<AggregationMethod, Double> accuracy = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod method : AggregationMethod.values()) {
            accuracy.put(method, method.aggregate(answers).accuracy(truth));
        }
        record(set, accuracy);

        assertThat(accuracy.get(AggregationMethod.DAWID_SKENE)).as("Dawid-Skene vs crowd-kit")
                .isGreaterThanOrEqualTo(crowdKitDawidSkene - 0.002);
        assertThat(accuracy.get(AggregationMethod.MAJORITY_VOTE)).as("majority vote vs crowd-kit")
                .isCloseTo(crowdKitMajority, within(0.00051));
        Map<AggregationMethod, Double> published = Map.of(AggregationMethod.MAJORITY_VOTE, mv,
                AggregationMethod.WAWA, wawa, AggregationMethod.DAWID_SKENE, ds,
                AggregationMethod.ONE_COIN_DAWID_SKENE, ocds, AggregationMethod.MACE, mace);
        published.forEach((method, figure) -> assertThat(accuracy.get(method)).as(method.code() + " on " + set)
                .isCloseTo(figure, within(0.00005)));
    }

    /** Prints the row and appends it to target/quality-accuracy.md, the source of the table in docs/quality.md. */
    private static void record(String set, Map<AggregationMethod, Double> accuracy) throws IOException {
        StringBuilder row = new StringBuilder("| ").append(set);
        accuracy.values().forEach(a -> row.append(" | ").append(String.format(java.util.Locale.ROOT, "%.4f", a)));
        row.append(" |\n");
        System.out.print(row);
        Path out = Path.of("target", "quality-accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, row, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
