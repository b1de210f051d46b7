package dev.annota;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnotaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CreateOperatorCommand.NAME)) {
            System.exit(CreateOperatorCommand.run(AnnotaApplication.class, args));
        }
        SpringApplication.run(AnnotaApplication.class, args);
    }
}
