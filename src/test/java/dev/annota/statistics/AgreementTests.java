package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTests {

    private static final Pattern EXPECTED = Pattern.compile("(nominal|ordinal|interval|ratio) (-?[0-9.]+)");

    @ParameterizedTest
    @ValueSource(strings = {"krippendorff_wikipedia.txt", "krippendorff_2011.txt"})
    void krippendorffsAlphaReproducesTheExpectedValueOfEveryLevelOfMeasurement(String name) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("data/agreement/" + name));
        Map<Measurement, Double> expected = new LinkedHashMap<>();
        List<double[]> coders = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                Matcher m = EXPECTED.matcher(line);
                while (line.contains("expected alpha") && m.find()) {
                    expected.put(Measurement.valueOf(m.group(1).toUpperCase()), Double.parseDouble(m.group(2)));
                }
            } else if (!line.isBlank()) {
                String[] cells = line.trim().split("\\s+");
                double[] row = new double[cells.length];
                for (int u = 0; u < cells.length; u++) {
                    row[u] = cells[u].equals("*") ? Double.NaN : Double.parseDouble(cells[u]);
                }
                coders.add(row);
            }
        }
        assertThat(expected).as("expected values in the header of " + name).hasSize(4);
        double[][] data = coders.toArray(double[][]::new);
        expected.forEach((measurement, alpha) ->
                assertThat(Agreement.krippendorffAlpha(data, measurement)).as(measurement.name())
                        .isCloseTo(alpha, within(5e-7)));
    }

    @Test
    void fleissKappaReproducesTheWikipediaExampleFromCounts() throws IOException {
        int[][] counts = Files.readAllLines(SharedData.file("data/agreement/fleiss_wikipedia_counts.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new);
        // 0.209931 to six decimals; the file's header rounds it to 0.210 (P_bar 0.378, P_e 0.213).
        assertThat(Agreement.fleissKappa(counts)).isCloseTo(0.209931, within(5e-7));
    }

    @Test
    void fleissKappaReproducesFleiss1971FromRawRatings() throws IOException {
        String[][] ratings = Files.readAllLines(SharedData.file("data/agreement/fleiss_1971_ratings.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split(","))
                .toArray(String[][]::new);
        assertThat(ratings).hasNumberOfRows(30);
        assertThat(Agreement.fleissKappa(ratings)).isCloseTo(0.4302445, within(5e-7));
    }

    @Test
    void fleissKappaRefusesSubjectsWithDifferentNumbersOfRatings() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Agreement.fleissKappa(new int[][] {{2, 1}, {1, 1}}))
                .withMessageContaining("same number of ratings");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Agreement.fleissKappa(new String[][] {{"a", null}, {"a", "b"}}))
                .withMessageContaining("Krippendorff");
    }

    @Test
    void cohensKappaMatchesTheHandComputedTwoByTwoExample() {
        // 50 units: both yes 20, A yes B no 5, A no B yes 10, both no 15.
        // p_o = 35/50 = 0.7; p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4.
        String[] a = new String[50];
        String[] b = new String[50];
        fill(a, b, 0, 20, "yes", "yes");
        fill(a, b, 20, 25, "yes", "no");
        fill(a, b, 25, 35, "no", "yes");
        fill(a, b, 35, 50, "no", "no");
        assertThat(Agreement.cohensKappa(a, b)).isCloseTo(0.4, within(1e-12));
        assertThat(Agreement.percentAgreement(a, b)).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void cohensKappaAndPercentAgreementIgnoreUnitsEitherAnnotatorLeftOut() {
        String[] a = {"x", "y", null, "x", "z"};
        String[] b = {"x", "y", "y", null, "x"};
        // Units 0, 1, 4 count: agree on 2 of 3. Marginals a: x, y, z 1/3 each; b: x 2/3, y 1/3
        // -> p_e = 1/3 * 2/3 + 1/3 * 1/3 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.5.
        assertThat(Agreement.percentAgreement(a, b)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Agreement.cohensKappa(a, b)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void anUndefinedCoefficientIsNaNNotAMadeUpNumber() {
        String[] same = {"a", "a", "a"};
        assertThat(Agreement.cohensKappa(same, same)).isNaN();
        assertThat(Agreement.percentAgreement(new String[] {null}, new String[] {"a"})).isNaN();
        assertThat(Agreement.krippendorffAlpha(new double[][] {{1, 1}, {1, 1}}, Measurement.NOMINAL)).isNaN();
        assertThat(Agreement.krippendorffAlpha(new double[][] {{1, Double.NaN}, {Double.NaN, 2}}, Measurement.NOMINAL))
                .isNaN();
    }

    @Test
    void percentAgreementOfManyAnnotatorsAveragesAgreeingPairsOverUnits() {
        String[][] units = {
                {"a", "a", "a"},      // 3 of 3 pairs agree
                {"a", "a", "b"},      // 1 of 3
                {"a", null, "b"},     // 0 of 1
                {"a", null, null},    // one value: not pairable, left out
        };
        assertThat(Agreement.percentAgreement(units)).isCloseTo((1 + 1.0 / 3 + 0) / 3, within(1e-12));
    }

    @Test
    void krippendorffsNominalAlphaOfTwoCodersWithoutMissingValuesFollowsItsClosedForm() {
        // Two coders, 4 units, values a=1, b=2: (1,1) (1,2) (2,2) (2,2). Coincidences: o11 = 2, o12 = o21 = 1,
        // o22 = 4; n1 = 3, n2 = 5, n = 8. alpha = 1 - (n-1) * (o12 + o21) / (n1 n2 + n2 n1) = 1 - 7 * 2 / 30.
        double[][] data = {{1, 1, 2, 2}, {1, 2, 2, 2}};
        assertThat(Agreement.krippendorffAlpha(data, Measurement.NOMINAL)).isCloseTo(1 - 14.0 / 30, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"krippendorff_wikipedia.txt", "krippendorff_2011.txt"})
    void alphaWithAGivenDistanceEqualsTheCoincidenceFormForEveryLevel(String name) throws IOException {
        double[][] data = Files.readAllLines(SharedData.file("data/agreement/" + name)).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.trim().split("\\s+"))
                        .mapToDouble(c -> c.equals("*") ? Double.NaN : Double.parseDouble(c)).toArray())
                .toArray(double[][]::new);
        List<List<Double>> units = new ArrayList<>();
        for (int u = 0; u < data[0].length; u++) {
            var unit = new ArrayList<Double>();
            for (double[] coder : data) {
                if (!Double.isNaN(coder[u])) {
                    unit.add(coder[u]);
                }
            }
            units.add(unit);
        }
        assertThat(Agreement.krippendorffAlpha(units, (Double x, Double y) -> x.equals(y) ? 0 : 1))
                .isCloseTo(Agreement.krippendorffAlpha(data, Measurement.NOMINAL), within(1e-12));
        assertThat(Agreement.krippendorffAlpha(units, (Double x, Double y) -> (x - y) * (x - y)))
                .isCloseTo(Agreement.krippendorffAlpha(data, Measurement.INTERVAL), within(1e-12));
    }

    @Test
    void masiDistanceGradesEqualNestedOverlappingAndDisjointSets() {
        assertThat(Agreement.masiDistance(java.util.Set.of("a"), java.util.Set.of("a"))).isZero();
        assertThat(Agreement.masiDistance(java.util.Set.of("a", "b"), java.util.Set.of("a"))).isCloseTo(1 - 0.5 * 2 / 3, within(1e-12));
        assertThat(Agreement.masiDistance(java.util.Set.of("a", "b"), java.util.Set.of("b", "c"))).isCloseTo(1 - (1.0 / 3) / 3, within(1e-12));
        assertThat(Agreement.masiDistance(java.util.Set.of("a"), java.util.Set.of("b"))).isEqualTo(1.0);
        assertThat(Agreement.jaccardDistance(java.util.Set.of("a", "b"), java.util.Set.of("b", "c"))).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void alphaWithMasiOnLabelSetsFollowsTheHandComputation() {
        // Units: {a}{a} | {a,b}{a} | {b}{b}; n = 6. δ({a,b},{a}) = δ({a,b},{b}) = 2/3, δ({a},{b}) = 1.
        // D_o = (1/6)(2·2/3) = 2/9. D_e = (2·3·1·2/3 + 2·3·2·1 + 2·1·2·2/3) / (6·5) = (56/3)/30 = 28/45.
        // alpha = 1 − (2/9)/(28/45) = 9/14.
        var a = java.util.Set.of("a");
        var b = java.util.Set.of("b");
        var ab = java.util.Set.of("a", "b");
        List<List<java.util.Set<String>>> units = List.of(List.of(a, a), List.of(ab, a), List.of(b, b), List.of(ab));
        assertThat(Agreement.krippendorffAlpha(units, Agreement::masiDistance)).isCloseTo(9.0 / 14, within(1e-12));
    }

    private static void fill(String[] a, String[] b, int from, int to, String x, String y) {
        for (int i = from; i < to; i++) {
            a[i] = x;
            b[i] = y;
        }
    }
}
