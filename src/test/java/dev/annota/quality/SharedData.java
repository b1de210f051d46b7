package dev.annota.quality;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test data lives beside the clone, in {@code ../shared} relative to the repository root (Maven runs tests
 * from there). It is never copied into the repository; a missing folder fails the test instead of skipping it, so CI
 * cannot pass without checking the figures.
 */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
        if (!Files.isDirectory(root)) {
            fail("The shared test data is missing: expected the folder " + root + " (../shared beside the repository"
                    + " root, holding data/agreement and data/truth-inference). Put the shared folder there.");
        }
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            fail("The shared test data file " + file + " is missing.");
        }
        return file;
    }
}
