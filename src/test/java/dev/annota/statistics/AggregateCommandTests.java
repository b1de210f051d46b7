package dev.annota.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void aggregatesACsvFileIntoOneLabelPerItemWithAConfidence() throws IOException {
        Path input = write("answers.csv", """
                item,worker,label
                q1,alice,cat
                q1,bob,cat
                q1,carol,dog
                q2,alice,dog
                q2,bob,dog
                q2,carol,dog
                "q3, with comma",alice,"say ""meow\"""
                "q3, with comma",bob,dog
                """);
        Path output = dir.resolve("out.csv");

        int exit = AggregateCommand.run(args("--method", "mv", "--input", input, "--output", output), err);

        assertThat(exit).as(errors()).isZero();
        assertThat(Files.readAllLines(output)).containsExactly(
                "item,label,confidence",
                "q1,cat,0.6666666666666666",
                "q2,dog,1.0",
                // tie 1:1 goes to the label that sorts first: "dog" < "say ""meow"""
                "\"q3, with comma\",dog,0.5");
        assertThat(errors()).contains("8 answers, 3 items, 3 workers, 3 labels; mv");
    }

    @Test
    void everyMethodRunsEndToEndAndReportsAccuracyAgainstATruthFile() throws IOException {
        Path input = SharedData.file("data/truth-inference/rte/answers.csv");
        Path truth = SharedData.file("data/truth-inference/rte/truth.csv");
        for (AggregationMethod method : AggregationMethod.values()) {
            Path output = dir.resolve(method.code() + ".csv");
            errBytes.reset();

            int exit = AggregateCommand.run(args("--method", method.code(), "--input", input, "--output", output,
                    "--truth", truth), err);

            assertThat(exit).as(errors()).isZero();
            List<String> lines = Files.readAllLines(output);
            assertThat(lines).hasSize(801).first().isEqualTo("item,label,confidence");
            assertThat(lines.get(1)).matches("1,[12],(0|1)\\.[0-9E-]+");
            assertThat(errors()).contains("accuracy: 0.9");
        }
    }

    @Test
    void dawidSkeneThroughTheCommandGivesTheSameLabelsAsTheLibrary() throws IOException {
        Path input = SharedData.file("data/truth-inference/dog/answers.csv");
        Path output = dir.resolve("ds.csv");
        assertThat(AggregateCommand.run(args("--method", "ds", "--input", input, "--output", output), err)).isZero();

        Aggregation expected;
        try (var in = Files.newBufferedReader(input)) {
            expected = AggregationMethod.DAWID_SKENE.aggregate(Answers.readCsv(in));
        }
        List<String> lines = Files.readAllLines(output);
        for (int i = 0; i < expected.answers().itemCount(); i++) {
            assertThat(lines.get(i + 1)).isEqualTo(expected.answers().item(i) + "," + expected.label(i) + ","
                    + expected.confidence(i));
        }
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertThat(AggregateCommand.run(new String[] {"--method", "mv", "--input", "a.csv"}, err)).isEqualTo(2);
        assertThat(errors()).contains("--output is required").contains("usage: java -jar annota.jar aggregate");

        errBytes.reset();
        assertThat(AggregateCommand.run(new String[] {"--method", "vote", "--input", "a", "--output", "b"}, err))
                .isEqualTo(2);
        assertThat(errors()).contains("unknown method 'vote'; use one of mv|wawa|ds|ocds|mace");

        errBytes.reset();
        assertThat(AggregateCommand.run(new String[] {"--frobnicate", "x"}, err)).isEqualTo(2);
        assertThat(errors()).contains("unknown argument '--frobnicate'");

        errBytes.reset();
        assertThat(AggregateCommand.run(new String[] {"--method"}, err)).isEqualTo(2);
        assertThat(errors()).contains("--method needs a value");
    }

    @Test
    void aMissingFileOrABadHeaderExitsWithOneAndNamesTheProblem() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertThat(AggregateCommand.run(args("--method", "ds", "--input", missing, "--output", dir.resolve("o")), err))
                .isEqualTo(1);
        assertThat(errors()).contains("no such file").contains("nope.csv");

        errBytes.reset();
        Path bad = write("bad.csv", "task,annotator,answer\nq1,a,x\n");
        assertThat(AggregateCommand.run(args("--method", "ds", "--input", bad, "--output", dir.resolve("o")), err))
                .isEqualTo(1);
        assertThat(errors()).contains("line 1: the header has no column 'item'");

        errBytes.reset();
        Path shortRow = write("short.csv", "item,worker,label\nq1,a,x\nq2,b\n");
        assertThat(AggregateCommand.run(args("--method", "mv", "--input", shortRow, "--output", dir.resolve("o")),
                err)).isEqualTo(1);
        assertThat(errors()).contains("line 3: expected 3 fields, found 2");
    }

    @Test
    void theByteParserAndTheReaderParserAgreeOnBomCrlfQuotesAndExtraColumns() throws IOException {
        String csv = "\uFEFFlabel,extra,item,worker\r\nb,1,i1,w1\r\n\"a,b\",2,i1,w2\r\na,3,\"i\"\"2\",w1\r\n";
        Answers fromBytes = Answers.readCsv(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        Answers fromChars = Answers.readCsv(new java.io.StringReader(csv));
        for (Answers answers : List.of(fromBytes, fromChars)) {
            assertThat(answers.size()).isEqualTo(3);
            assertThat(answers.itemCount()).isEqualTo(2);
            assertThat(answers.item(1)).isEqualTo("i\"2");
            assertThat(answers.label(0)).isEqualTo("a");
            assertThat(answers.label(1)).isEqualTo("a,b");
            assertThat(answers.label(2)).isEqualTo("b");
            assertThat(answers.labels()).containsExactly(2, 1, 0);
            assertThat(answers.workers()).containsExactly(0, 1, 0);
        }
    }

    private String errors() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String[] args(Object... values) {
        return java.util.Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }
}
