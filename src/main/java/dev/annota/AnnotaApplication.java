package dev.annota;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The server, and the jar's commands: {@code java -jar annota.jar} starts the server (options such as
 * {@code --server.port=9090} go to Spring); a first argument that is a command name runs that command instead and
 * exits. Every command lives in {@link #command} and is listed in {@link #USAGE}; each answers {@code --help}.
 */
@SpringBootApplication
// failure: the refusals every module throws (plain Java), mapped to HTTP only at the edge (web).
@Modulithic(sharedModules = "failure")
public class AnnotaApplication {

    static final String USAGE = """
            usage: java -jar annota.jar [--spring.property=value ...]   start the server (docs/configuration.md)
                   java -jar annota.jar COMMAND [--help | options]      run a command and exit

            commands:
              aggregate        aggregate a CSV of answers into one label per item, offline (docs/quality.md)
              audit verify     verify a downloaded access log with the server's public key, offline (docs/security.md)
              bundle verify    verify a project bundle with the exporting server's public key, offline (docs/bundles.md)
              create-operator  create the operator's first admin on the configured database (docs/configuration.md)
              keys rewrap      re-wrap every organization's keyset under a new master key (docs/configuration.md)
              trace            name the views whose leak marks a leaked text carries (docs/trust.md)
              help [COMMAND]   this list, or the command's usage

            'java -jar annota.jar COMMAND --help' prints a command's options. Exit status 0 on success.
            """;

    public static void main(String[] args) {
        OptionalInt exit = command(args, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        SpringApplication.run(AnnotaApplication.class, args);
    }

    /**
     * Runs the command that {@code args} names and returns its exit status, or returns empty when {@code args} start
     * the server (no arguments, or only {@code --options}).
     */
    static OptionalInt command(String[] args, PrintStream out, PrintStream err) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        return switch (command) {
            // "help aggregate" is "aggregate --help"
            case "--help", "-h", "help" -> rest.length == 0 || rest[0].startsWith("-") || rest[0].equals("help")
                    ? OptionalInt.of(usage(out)) : command(new String[] {rest[0], "--help"}, out, err);
            // Offline: needs no database and no context.
            case "aggregate" -> OptionalInt.of(dev.annota.statistics.AggregateCommand.run(rest, out, err));
            // Offline access log verification: no Spring, no database, only the files given.
            case "audit" -> OptionalInt.of(dev.annota.audit.AuditCommand.run(rest, out, err));
            // Offline project bundle verification: the archive and the exporting server's key only.
            case "bundle" -> OptionalInt.of(dev.annota.bundle.BundleCommand.run(rest, out, err));
            // First run in production: the operator's admin, without starting the web server.
            case CreateOperatorCommand.NAME -> OptionalInt.of(CreateOperatorCommand.run(AnnotaApplication.class, args,
                    System.getenv(), System.in, out, err));
            // Re-wrap every keyset under a new master key, without starting the web server.
            case KeysCommand.NAME -> OptionalInt.of(KeysCommand.run(AnnotaApplication.class, args, out, err));
            // Reads marks offline; naming the views asks the server's API (no database access of its own).
            case dev.annota.leak.TraceCommand.NAME -> OptionalInt.of(dev.annota.leak.TraceCommand.run(rest, out, err));
            default -> {
                if (command.isEmpty() || command.startsWith("-")) {
                    yield OptionalInt.empty();
                }
                // A mistyped command must not start a server on port 8080 instead.
                err.println("Unknown command '" + command + "'.");
                err.print(USAGE);
                yield OptionalInt.of(2);
            }
        };
    }

    private static int usage(PrintStream out) {
        out.print(USAGE);
        return 0;
    }
}
