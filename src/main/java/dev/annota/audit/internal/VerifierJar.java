package dev.annota.audit.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.boot.system.ApplicationHome;
import org.springframework.stereotype.Component;

/**
 * The jar this instance runs from, offered as the access log's offline verifier: the same code checks the log
 * ({@code java -jar annota.jar audit verify}). Absent when the instance runs from a source tree (classes, not a jar).
 * A customer who does not want to trust the operator's copy compares its SHA-256 with a release or builds their own.
 */
@Component
class VerifierJar {

    /** The jar's name, size and SHA-256; {@code file} is where it is. */
    record Found(File file, String name, long bytes, String sha256) {
    }

    private final File source;
    private volatile Found found;

    VerifierJar() {
        this(new ApplicationHome(VerifierJar.class).getSource());
    }

    VerifierJar(File source) {
        this.source = source;
    }

    Optional<Found> find() {
        if (source == null || !source.isFile() || !source.getName().endsWith(".jar")) {
            return Optional.empty();
        }
        Found known = found;
        if (known == null) {
            // Hashed once: the running jar does not change under a running instance.
            known = new Found(source, source.getName(), source.length(), sha256(source));
            found = known;
        }
        return Optional.of(known);
    }

    private static String sha256(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
