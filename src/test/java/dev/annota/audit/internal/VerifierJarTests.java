package dev.annota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running jar offered as the access log's verifier, named and hashed as it is. */
class VerifierJarTests {

    @Test
    void aJarIsOfferedUnderItsOwnNameWithItsSizeAndSha256(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("annota-1.2.0.jar"), "abc".getBytes());

        var found = new VerifierJar(jar.toFile()).find().orElseThrow();

        assertThat(found.name()).isEqualTo("annota-1.2.0.jar");
        assertThat(found.bytes()).isEqualTo(3);
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(found.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aSourceBuildRunningFromClassesOffersNoJar(@TempDir Path dir) {
        assertThat(new VerifierJar(dir.toFile()).find()).isEmpty();
        assertThat(new VerifierJar(null).find()).isEmpty();
    }
}
