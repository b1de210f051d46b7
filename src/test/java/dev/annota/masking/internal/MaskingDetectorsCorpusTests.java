package dev.annota.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.annota.masking.MaskingSettings;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of each built-in detector on the labelled sample src/test/resources/masking/pii-corpus.txt
 * (synthetic, provenance in its header), with every detector on and phone region US. A finding counts as right only
 * with the labelled type and exactly the labelled span. The floors are the figures in docs/trust.md: a change that
 * lowers one fails here.
 */
class MaskingDetectorsCorpusTests {

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z]+):(.*?)]]");

    record Labelled(String type, int start, int end) {
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    static Map<String, Figures> measure() throws IOException {
        List<String> lines;
        try (InputStream in = MaskingDetectorsCorpusTests.class.getResourceAsStream("/masking/pii-corpus.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        var all = MaskingRules.BUILT_IN;
        var rules = MaskingRules.of(new MaskingSettings(List.of(new MaskingSettings.Field("text", all)), "US", List.of()));
        var detectors = rules.fields().getFirst().detectors();
        Map<String, int[]> counts = new LinkedHashMap<>();
        all.forEach(t -> counts.put(t, new int[3]));
        for (String line : lines) {
            var text = new StringBuilder();
            Set<Labelled> truth = new HashSet<>();
            Matcher m = MARK.matcher(line);
            int copied = 0;
            while (m.find()) {
                text.append(line, copied, m.start());
                int start = text.length();
                text.append(m.group(2));
                truth.add(new Labelled(m.group(1), start, text.length()));
                copied = m.end();
            }
            text.append(line.substring(copied));
            Set<Labelled> found = new HashSet<>();
            for (Detector d : detectors) {
                d.find(text.toString()).forEach(f -> found.add(new Labelled(f.type(), f.start(), f.end())));
            }
            for (Labelled f : found) {
                counts.get(f.type())[truth.contains(f) ? 0 : 1]++;
                if (!truth.contains(f)) {
                    System.out.println("false positive " + f.type() + ": " + text.substring(f.start(), f.end()));
                }
            }
            for (Labelled t : truth) {
                if (!found.contains(t)) {
                    counts.get(t.type())[2]++;
                    System.out.println("missed " + t.type() + ": " + text.substring(t.start(), t.end()));
                }
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        counts.forEach((t, c) -> figures.put(t, new Figures(c[0], c[1], c[2])));
        return figures;
    }

    @Test
    void eachDetectorKeepsItsMeasuredPrecisionAndRecallOnTheLabelledSample() throws IOException {
        var figures = measure();
        var report = new ArrayList<String>();
        figures.forEach((t, f) -> report.add(String.format("%s tp=%d fp=%d fn=%d precision=%.2f recall=%.2f", t,
                f.truePositives(), f.falsePositives(), f.falseNegatives(), f.precision(), f.recall())));
        System.out.println(String.join("\n", report));
        for (var e : FLOOR.entrySet()) {
            Figures f = figures.get(e.getKey());
            assertThat(f.precision()).as(e.getKey() + " precision").isGreaterThanOrEqualTo(e.getValue()[0]);
            assertThat(f.recall()).as(e.getKey() + " recall").isGreaterThanOrEqualTo(e.getValue()[1]);
        }
    }

    /** {precision, recall} as measured and written in docs/trust.md. */
    private static final Map<String, double[]> FLOOR = Map.of(
            "EMAIL", new double[] {0.91, 0.91},
            "PHONE", new double[] {1.0, 1.0},
            "CARD", new double[] {1.0, 1.0},
            "IBAN", new double[] {1.0, 1.0},
            "IP", new double[] {0.91, 1.0},
            "SECRET", new double[] {1.0, 1.0});
}
