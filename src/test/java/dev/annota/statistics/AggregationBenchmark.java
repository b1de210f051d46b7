package dev.annota.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of aggregation on the standard 1,000,000-answer set that the shared folder's bench/gen_answers.py
 * generates (never committed; see docs/benchmarks.md, section Aggregation, for the commands). Not a test: Surefire
 * only runs *Tests classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AggregationBenchmark {

    /** The answers.csv written by gen_answers.py. */
    @Param("/tmp/annota-bench/answers.csv")
    public String answers;

    private Answers loaded;

    @Setup
    public void load() throws IOException {
        loaded = read();
    }

    private Answers read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(answers))) {
            return Answers.readCsv(in);
        }
    }

    @Benchmark
    public Answers readCsv() throws IOException {
        return read();
    }

    @Benchmark
    public Aggregation majorityVote() {
        return AggregationMethod.MAJORITY_VOTE.aggregate(loaded);
    }

    @Benchmark
    public Aggregation dawidSkene() {
        return AggregationMethod.DAWID_SKENE.aggregate(loaded);
    }

    @Benchmark
    public Aggregation oneCoinDawidSkene() {
        return AggregationMethod.ONE_COIN_DAWID_SKENE.aggregate(loaded);
    }

    @Benchmark
    public Aggregation mace() {
        return AggregationMethod.MACE.aggregate(loaded);
    }
}
