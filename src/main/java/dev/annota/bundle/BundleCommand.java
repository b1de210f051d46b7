package dev.annota.bundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.annota.audit.OfflineProofs;
import dev.annota.bundle.internal.BundleDamaged;
import dev.annota.bundle.internal.BundleVerifier;

/**
 * The jar's {@code bundle} command, run before (and without) Spring:
 * {@code java -jar annota.jar bundle verify --public-key key.pem bundle.zip} checks a project bundle offline
 * trusting only the exporting instance's public key. Exit status 0: verified (or {@code --help}); 1: verification
 * failed; 2: wrong usage or unreadable input.
 */
public final class BundleCommand {

    public static final String USAGE = """
            usage: java -jar annota.jar bundle verify --public-key key.pem|key.json BUNDLE.zip
              --public-key  the exporting instance's Ed25519 access log key: PEM (GET /api/v1/audit/public-key.pem) or
                            JSON (GET /api/v1/audit/public-key)
              BUNDLE.zip    a project bundle (GET /api/v1/projects/{id}/bundle)
            checks the manifest's signature by that key, the SHA-256 and size of every entry, that the archive holds
            nothing the manifest does not list, the access log checkpoint's signature and every access event's
            inclusion proof (docs/bundles.md)
            exit status: 0 verified, 1 verification failed, 2 usage or unreadable input""";

    private BundleCommand() {
    }

    /** {@code bundle --help}, {@code bundle help}, {@code bundle verify --help}: only a name's place counts, never a file's. */
    private static boolean asksForHelp(String[] args) {
        for (int i = 0; i < args.length; i++) {
            boolean filePlace = i == 2 || i == 3;
            if (!filePlace && (args[i].equals("--help") || args[i].equals("-h") || (i == 0 && args[i].equals("help")))) {
                return true;
            }
        }
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (asksForHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 4 || !args[0].equals("verify") || !args[1].equals("--public-key")) {
            err.println(USAGE);
            return 2;
        }
        byte[] key;
        try {
            key = OfflineProofs.publicKey(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            err.println("bundle verify: cannot read the public key " + args[2] + ": " + e.getMessage());
            return 2;
        }
        try (ZipFile zip = new ZipFile(Path.of(args[3]).toFile())) {
            var verified = BundleVerifier.verify(zip, key);
            out.println("OK: " + verified.sizes().size() + " entries match the manifest signed by " + verified.signerFingerprint()
                    + "; " + verified.accessEvents() + " access events of project "
                    + verified.manifest().path("source").path("project").asString() + " proved in the checkpoint of size "
                    + verified.treeSize() + " (" + verified.origin() + ")");
            return 0;
        } catch (ZipException e) {
            err.println("bundle verify: FAILED: " + args[3] + " is not a zip archive: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("bundle verify: cannot read " + args[3] + ": " + e.getMessage());
            return 2;
        } catch (BundleDamaged e) {
            err.println("bundle verify: FAILED: " + (e.entry() == null ? "" : e.entry() + ": ")
                    + (e.properties().containsKey("line") ? "line " + e.properties().get("line") + ": " : "") + e.detail());
            return 1;
        }
    }
}
