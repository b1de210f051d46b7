package dev.annota.audit;

import java.io.PrintStream;
import java.util.Arrays;

import dev.annota.audit.internal.OfflineVerifier;

/**
 * The jar's {@code audit} command, run before (and without) Spring:
 * {@code java -jar annota.jar audit verify --public-key key.pem|key.json --events events.jsonl --checkpoint cp.txt
 * [--old-checkpoint old.txt --consistency-proof proof.json] [--checkpoints DIR]} (DIR: checkpoints kept by a witness). Exit status 0: verified; 1: verification failed;
 * 2: wrong usage or unreadable input.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("verify")) {
            err.println(OfflineVerifier.USAGE);
            return 2;
        }
        return OfflineVerifier.main(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
}
