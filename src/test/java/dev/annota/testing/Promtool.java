package dev.annota.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own checker, {@code promtool check metrics} (Debian package {@code prometheus}): the exposition text a
 * Prometheus server would scrape, linted as Prometheus lints it.
 */
public final class Promtool {

    private static final List<String> BINARIES = List.of("/usr/bin/promtool", "/usr/local/bin/promtool");

    private Promtool() {
    }

    public static String unavailableBecause() {
        return binary() == null ? "promtool is not installed" : null;
    }

    private static String binary() {
        return BINARIES.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse(null);
    }

    /** What promtool said about the exposition text, and its exit status (0: nothing to complain about). */
    public record Verdict(int exitStatus, String output) {
    }

    public static Verdict checkMetrics(String exposition) throws IOException, InterruptedException {
        var process = new ProcessBuilder(binary(), "check", "metrics").redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool did not finish");
        }
        return new Verdict(process.exitValue(), output);
    }
}
