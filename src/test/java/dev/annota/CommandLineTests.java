package dev.annota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The jar's command line as {@code AnnotaApplication.main} dispatches it, without starting Spring: every command
 * answers {@code --help} with its usage on standard output and exit status 0, before it reads input or opens a
 * database.
 */
class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return AnnotaApplication.command(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "aggregate --help                       | usage: java -jar annota.jar aggregate --method METHOD",
            "aggregate -h                           | usage: java -jar annota.jar aggregate --method METHOD",
            "aggregate --method ds --help           | usage: java -jar annota.jar aggregate --method METHOD",
            "audit --help                           | usage: java -jar annota.jar audit verify --public-key",
            "audit help                             | usage: java -jar annota.jar audit verify --public-key",
            "audit verify --help                    | usage: java -jar annota.jar audit verify --public-key",
            "audit verify --events e.jsonl -h       | usage: java -jar annota.jar audit verify --public-key",
            "bundle --help                          | usage: java -jar annota.jar bundle verify --public-key",
            "bundle help                            | usage: java -jar annota.jar bundle verify --public-key",
            "bundle verify --help                   | usage: java -jar annota.jar bundle verify --public-key",
            "help bundle                            | usage: java -jar annota.jar bundle verify --public-key",
            "create-operator --help                 | Usage: java -jar annota.jar create-operator --email",
            "create-operator --email a@b.org --help | Usage: java -jar annota.jar create-operator --email",
            "keys --help                            | Usage: java -jar annota.jar keys rewrap",
            "keys help                              | Usage: java -jar annota.jar keys rewrap",
            "keys rewrap --help                     | Usage: java -jar annota.jar keys rewrap",
            "help aggregate                         | usage: java -jar annota.jar aggregate --method METHOD",
            "help audit                             | usage: java -jar annota.jar audit verify --public-key",
            "help keys                              | Usage: java -jar annota.jar keys rewrap",
            "trace --help                           | usage: java -jar annota.jar trace --text FILE",
            "trace --text leaked.txt -h             | usage: java -jar annota.jar trace --text FILE",
            "help trace                             | usage: java -jar annota.jar trace --text FILE",
    })
    void everyCommandAnswersHelpWithItsUsageOnStandardOutputAndExitStatusZero(String line, String usage) {
        assertThat(run(line.split(" "))).as(err.toString(StandardCharsets.UTF_8)).hasValue(0);
        assertThat(out()).startsWith(usage);
    }

    @ParameterizedTest
    @CsvSource({"--help", "-h", "help", "help --help"})
    void theJarsHelpListsEveryCommand(String line) {
        assertThat(run(line.split(" "))).hasValue(0);
        assertThat(out()).contains("  aggregate ", "  audit verify ", "  bundle verify ", "  create-operator ", "  keys rewrap ",
                "  trace ", "java -jar annota.jar COMMAND --help");
    }

    @Test
    void noArgumentsOrOnlySpringOptionsStartTheServer() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9090", "--annota.demo-data=false")).isEmpty();
        assertThat(out()).isEmpty();
    }

    @Test
    void aMistypedCommandFailsWithTheListInsteadOfStartingTheServer() {
        assertThat(run("agregate", "--method", "ds")).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'agregate'", "  aggregate ");
    }

    @Test
    void wrongUsageStillExitsWithTwo() {
        assertThat(run("audit", "verify")).hasValue(2);
        assertThat(run("audit", "check")).hasValue(2);
        assertThat(run("bundle", "verify")).hasValue(2);
        assertThat(run("bundle", "verify", "--public-key", "key.pem")).hasValue(2);
        assertThat(run("keys", "rotate")).hasValue(2);
        assertThat(run("aggregate", "--method", "ds")).hasValue(2);
        assertThat(run("trace")).hasValue(2);
        assertThat(run("trace", "--text", "leaked.txt", "--server", "http://localhost:1")).as("a server without a project").hasValue(2);
        assertThat(run("trace", "--text", "does-not-exist.txt")).hasValue(2);
    }

    @Test
    void traceReadsTheMarksOfALeakedTextOfflineAndSaysTheServerAloneCanNameTheirViews(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        long code = dev.annota.item.LeakMarks.code(java.util.UUID.randomUUID());
        var leaked = dir.resolve("leaked.txt");
        java.nio.file.Files.writeString(leaked, dev.annota.item.LeakMarks.mark("A paragraph that was shown to one annotator and then "
                + "pasted on a forum, marks and all, twice as long as one interval of marks.", code));
        assertThat(run("trace", "--text", leaked.toString())).hasValue(0);
        assertThat(out()).contains("2 whole code(s), 0 cut frame(s).", "code %012x x2".formatted(code), "--server URL --project");

        java.nio.file.Files.writeString(leaked, "The same paragraph, retyped.");
        assertThat(run("trace", "--text", leaked.toString())).hasValue(1);
    }
}
