package dev.annota;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnotaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("audit")) {
            // Offline access log verification: no Spring, no database, only the files given.
            System.exit(dev.annota.audit.AuditCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AnnotaApplication.class, args);
    }
}
