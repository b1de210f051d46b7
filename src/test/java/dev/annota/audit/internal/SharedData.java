package dev.annota.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The read-only shared test data beside the repository ({@code ../shared}); missing data fails, never skips. */
final class SharedData {

    private SharedData() {
    }

    static Path merkle() {
        Path dir = Path.of("..", "shared", "data", "merkle").toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("tree_vectors.json")) || !Files.isDirectory(dir.resolve("testdata"))) {
            fail("The RFC 9162 Merkle test vectors are missing: expected " + dir + " (tree_vectors.json and testdata/). "
                    + "Tests read ../shared relative to the repository root; put the shared folder beside the clone.");
        }
        return dir;
    }
}
