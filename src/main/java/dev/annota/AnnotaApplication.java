package dev.annota;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnotaApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnnotaApplication.class, args);
    }
}
