package dev.annota.testing;

import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public test data sets (truth inference, agreement, Merkle vectors), committed under
 * {@code src/test/resources/data} with their sources and licences in {@code data/NOTICE.md}, so a fresh clone passes
 * its tests on its own. Tests name a file by its path under the resources
 * ({@code "data/truth-inference/dog/answers.csv"}) and read it from the test classpath, never from outside the
 * repository. A missing file fails the test instead of skipping it, so a build
 * cannot pass without checking the figures.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file at {@code relative} (e.g. {@code "data/agreement/krippendorff_2011.txt"}) of the test resources. */
    public static Path file(String relative) {
        Path path = resolve(relative);
        if (!Files.isRegularFile(path)) {
            fail("The test data " + path + " is a folder, not a file.");
        }
        return path;
    }

    /** The folder at {@code relative} (e.g. {@code "data/merkle"}) of the test resources. */
    public static Path directory(String relative) {
        Path path = resolve(relative);
        if (!Files.isDirectory(path)) {
            fail("The test data " + path + " is a file, not a folder.");
        }
        return path;
    }

    private static Path resolve(String relative) {
        URL url = SharedData.class.getClassLoader().getResource(relative);
        if (url == null) {
            fail("The test data " + relative + " is not on the test classpath: expected src/test/resources/" + relative
                    + " (see src/test/resources/data/NOTICE.md).");
        }
        try {
            // Test resources are a folder (target/test-classes), never a jar: the tests walk and read them as paths.
            return Path.of(url.toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("The test data " + url + " is not a file on disk", e);
        }
    }
}
