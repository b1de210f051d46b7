package dev.annota.leak;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.annota.item.LeakMarks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's {@code trace} command, run before (and without) Spring. Offline it reads the marks a leaked text carries
 * (whole codes and cut frames); naming the views needs the server, which alone knows them: with {@code --server} and
 * {@code --project} it sends the text to {@code POST /api/v1/projects/{id}/trace} under the API token in
 * {@code ANNOTA_TOKEN} (an admin of the owning organization), so the command needs no database access and is
 * refused exactly as the API refuses. Exit status 0: views named (offline: marks found, or {@code --help}); 1: none;
 * 2: wrong usage, unreadable file or a refusal.
 */
public final class TraceCommand {

    public static final String NAME = "trace";

    static final String USAGE = """
            usage: java -jar annota.jar trace --text FILE [--server URL --project PROJECT_ID]

            Names the views (an annotator's claim or a reviewer's review) whose invisible leak marks a leaked text
            carries, with the strength of the match (docs/trust.md, "Leaks traced to their source").
              --text FILE     the leaked text, UTF-8 ('-' reads standard input)
              --server URL    the Annota server, e.g. https://annota.example.org; with --project, ask it to name the
                              views (the API token of an admin of the owning organization in ANNOTA_TOKEN)
              --project ID    the project the text is thought to come from
            Without --server: the marks found, offline (codes only: the server alone knows whose they are).
            Exit status 0: views named (offline: marks found); 1: none; 2: wrong usage or a refusal.
            """;

    /** The options, each with a value. */
    private static final java.util.Set<String> OPTIONS = java.util.Set.of("--text", "--server", "--project");

    private TraceCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h") || args[i].equals("help")) {
                out.print(USAGE);
                return 0;
            }
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                err.println("Unknown or incomplete option '" + args[i] + "'.");
                err.print(USAGE);
                return 2;
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--text") || options.containsKey("--server") != options.containsKey("--project")) {
            err.print(USAGE);
            return 2;
        }
        String text;
        try {
            text = options.get("--text").equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(options.get("--text")), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("Cannot read " + options.get("--text") + ": " + e.getMessage());
            return 2;
        }
        return options.containsKey("--server")
                ? traced(options.get("--server"), options.get("--project"), env.get("ANNOTA_TOKEN"), text, out, err)
                : offline(text, out);
    }

    private static int offline(String text, PrintStream out) {
        LeakMarks.Found found = LeakMarks.read(text);
        out.printf("%d whole code(s), %d cut frame(s).%n", found.codes().size(), found.partial().size());
        var counts = new TreeMap<String, Integer>();
        found.codes().forEach(c -> counts.merge("%012x".formatted(c), 1, Integer::sum));
        counts.forEach((code, n) -> out.printf("code %s x%d%n", code, n));
        if (!found.codes().isEmpty()) {
            out.println("Ask the server whose they are: add --server URL --project PROJECT_ID.");
        }
        return found.codes().isEmpty() && found.partial().isEmpty() ? 1 : 0;
    }

    private static int traced(String server, String project, String token, String text, PrintStream out, PrintStream err) {
        if (token == null || token.isBlank()) {
            err.println("Set ANNOTA_TOKEN to the API token of an admin of the project's owning organization.");
            return 2;
        }
        JsonMapper json = JsonMapper.builder().build();
        try {
            var request = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/api/v1/projects/" + project + "/trace"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text))))
                    .build();
            HttpResponse<String> response;
            try (var client = HttpClient.newHttpClient()) {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != 200) {
                err.println("The server refused (" + response.statusCode() + "): " + response.body());
                return 2;
            }
            JsonNode trace = json.readTree(response.body());
            out.printf("%d whole code(s), %d cut frame(s), %d code(s) of no view of this project.%n",
                    trace.get("codes").asInt(), trace.get("cutFrames").asInt(), trace.get("unknownCodes").asInt());
            for (JsonNode v : trace.get("views")) {
                out.printf("%s %s view %s of item %s by %s at %s: %d whole code(s), %d bits of a cut frame%n",
                        v.get("strength").asString(), v.get("kind").asString(), v.get("viewId").asString(),
                        v.get("itemId").asString(), v.get("pseudonym").asString(), v.get("viewedAt").asString(),
                        v.get("fullCodes").asInt(), v.get("partialBits").asInt());
            }
            if (trace.get("views").isEmpty()) {
                out.println("No view of this project is named: see docs/trust.md for what cannot be traced.");
                return 1;
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot reach " + server + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }
}
