package dev.annota.audit;

import java.io.PrintStream;
import java.util.Arrays;

import dev.annota.audit.internal.OfflineVerifier;

/**
 * The jar's {@code audit} command, run before (and without) Spring:
 * {@code java -jar annota.jar audit verify --public-key key.pem|key.json --events events.jsonl --checkpoint cp.txt
 * [--old-checkpoint old.txt --consistency-proof proof.json] [--checkpoints DIR]} (DIR: checkpoints kept by a
 * witness). Exit status 0: verified (or {@code --help}); 1: verification failed; 2: wrong usage or unreadable input.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (asksForHelp(args)) {
            out.println(OfflineVerifier.USAGE);
            return 0;
        }
        if (args.length == 0 || !args[0].equals("verify")) {
            err.println(OfflineVerifier.USAGE);
            return 2;
        }
        return OfflineVerifier.main(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    /** {@code audit --help}, {@code audit help}, or {@code --help} in an option's place after {@code verify}. */
    private static boolean asksForHelp(String[] args) {
        if (args.length > 0 && (isHelp(args[0]) || args[0].equals("help"))) {
            return true;
        }
        // verify's options come in pairs (--events FILE): only a name's place counts, never a file's.
        for (int i = 1; i < args.length && args[0].equals("verify"); i += 2) {
            if (isHelp(args[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }
}
