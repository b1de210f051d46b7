package dev.annota;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnotaApplication {

    public static void main(String[] args) {
        // Offline commands run before Spring starts: they need no database and no context.
        if (args.length > 0 && args[0].equals("aggregate")) {
            System.exit(dev.annota.quality.AggregateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AnnotaApplication.class, args);
    }
}
