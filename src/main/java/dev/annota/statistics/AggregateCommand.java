package dev.annota.statistics;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.annota.statistics.internal.Csv;

/**
 * {@code java -jar annota.jar aggregate --method ds --input answers.csv --output out.csv}: aggregates a CSV of answers
 * without a server, so the algorithms can be checked against other tools. Runs before (and without) Spring.
 */
public final class AggregateCommand {

    static final String USAGE = """
            usage: java -jar annota.jar aggregate --method METHOD --input ANSWERS.csv --output OUT.csv
                   [--truth TRUTH.csv] [--tolerance 1e-6] [--max-iterations 100]

              --method          %s
                                (mv majority vote, wawa weighted majority, ds Dawid-Skene,
                                 ocds one-coin Dawid-Skene, mace MACE)
              --input           CSV with the header item,worker,label ('-' = standard input)
              --output          CSV item,label,confidence, one line per item ('-' = standard output)
              --truth           optional CSV item,truth: prints the accuracy on standard error
              --tolerance       EM stops when the log-likelihood gains less than this per answer
              --max-iterations  EM stops after this many iterations
            Ties go to the label that sorts first (numerically when all labels are numbers), as in crowd-kit.
            """.formatted(AggregationMethod.codes());

    private static final java.util.Set<String> OPTIONS =
            java.util.Set.of("--method", "--input", "--output", "--truth", "--tolerance", "--max-iterations");

    private AggregateCommand() {
    }

    /** Runs the command with the arguments after "aggregate"; returns the exit code (0 ok, 2 usage, 1 failure). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream err) {
        return run(args, System.out, err);
    }

    /** As {@link #run(String[])}; {@code --help} prints the usage on {@code help}, messages go to {@code err}. */
    public static int run(String[] args, PrintStream help, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                help.print(USAGE);
                return 0;
            }
            if (!OPTIONS.contains(name)) {
                return usage(err, "unknown argument '" + name + "'");
            }
            if (i + 1 >= args.length) {
                return usage(err, name + " needs a value");
            }
            options.put(name.substring(2), args[++i]);
        }
        for (String required : new String[] {"method", "input", "output"}) {
            if (!options.containsKey(required)) {
                return usage(err, "--" + required + " is required");
            }
        }
        AggregationMethod method;
        EmOptions em;
        try {
            method = AggregationMethod.byCode(options.get("method"));
            em = new EmOptions(Double.parseDouble(options.getOrDefault("tolerance", "1e-6")),
                    Integer.parseInt(options.getOrDefault("max-iterations", "100")));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            long start = System.nanoTime();
            Answers answers;
            try (InputStream in = input(options.get("input"))) {
                answers = Answers.readCsv(in);
            }
            long read = System.nanoTime();
            Aggregation aggregation = method.aggregate(answers, em);
            long aggregated = System.nanoTime();
            try (Writer out = writer(options.get("output"))) {
                write(aggregation, out);
            }
            long written = System.nanoTime();
            err.printf("aggregate: %d answers, %d items, %d workers, %d labels; %s%s; read %d ms, aggregated %d ms,"
                            + " wrote %d ms%n", answers.size(), answers.itemCount(), answers.workerCount(),
                    answers.labelCount(), method.code(),
                    method.ordinal() >= AggregationMethod.DAWID_SKENE.ordinal()
                            ? " (" + aggregation.iterations() + " iterations"
                              + (aggregation.converged() ? ", converged)" : ", NOT converged)") : "",
                    (read - start) / 1_000_000, (aggregated - read) / 1_000_000, (written - aggregated) / 1_000_000);
            if (options.containsKey("truth")) {
                Map<String, String> truth = readTruth(Path.of(options.get("truth")));
                err.printf("accuracy: %.4f over %d items with a truth%n", aggregation.accuracy(truth), truth.size());
            }
            return 0;
        } catch (NoSuchFileException e) {
            err.println("aggregate: no such file: " + e.getFile());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("aggregate: " + e.getMessage());
            return 1;
        }
    }

    static void write(Aggregation aggregation, Writer out) throws IOException {
        out.write("item,label,confidence\n");
        Answers answers = aggregation.answers();
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < answers.itemCount(); i++) {
            line.setLength(0);
            line.append(Csv.quote(answers.item(i))).append(',').append(Csv.quote(aggregation.label(i))).append(',')
                    .append(aggregation.confidence(i)).append('\n');
            out.append(line);
        }
    }

    /** Reads {@code item,truth} (header line first). */
    public static Map<String, String> readTruth(Path file) throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = Csv.split(line, number);
                if (fields.length < 2) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected item,truth");
                }
                truth.put(fields[0], fields[1]);
            }
        }
        return truth;
    }

    private static InputStream input(String name) throws IOException {
        return name.equals("-") ? System.in : Files.newInputStream(Path.of(name));
    }

    private static Writer writer(String name) throws IOException {
        return name.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("aggregate: " + problem);
        err.print(USAGE);
        return 2;
    }
}
