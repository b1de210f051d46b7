package dev.annota;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnotaApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            // Offline: needs no database and no context.
            case "aggregate" -> System.exit(dev.annota.quality.AggregateCommand.run(rest));
            // Offline access log verification: no Spring, no database, only the files given.
            case "audit" -> System.exit(dev.annota.audit.AuditCommand.run(rest));
            // First run in production: the operator's admin, without starting the web server.
            case CreateOperatorCommand.NAME -> System.exit(CreateOperatorCommand.run(AnnotaApplication.class, args));
            // Re-wrap every keyset under a new master key, without starting the web server.
            case KeysCommand.NAME -> System.exit(KeysCommand.run(AnnotaApplication.class, args));
            default -> SpringApplication.run(AnnotaApplication.class, args);
        }
    }
}
