package dev.annota.audit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a downloaded access log offline, trusting nothing but the server's public key: the checkpoint's signature,
 * that the events are numbered 0, 1, 2... of the checkpoint's tenant, that their Merkle root is the signed root, and
 * optionally that an older checkpoint is a prefix of the same history (directly from the events, and by the RFC 9162
 * consistency proof when one is given), and that every checkpoint of a directory of kept ones (a witness's) has the
 * root of the first {@code size} events. Runs without Spring.
 */
public final class OfflineVerifier {

    public static final String USAGE = """
            usage: java -jar annota.jar audit verify --public-key key.pem|key.json --events events.jsonl --checkpoint cp.txt
                                                    [--old-checkpoint old.txt [--consistency-proof proof.json]]
                                                    [--checkpoints DIR]
              --public-key         the server's Ed25519 key: PEM (GET /api/v1/audit/public-key.pem) or JSON (/public-key)
              --events             the events, JSON Lines (GET /api/v1/audit/events?size=N, all pages concatenated)
              --checkpoint         the signed checkpoint of size N (GET /api/v1/audit/checkpoint)
              --old-checkpoint     a checkpoint kept from earlier: must be a prefix of the same log
              --consistency-proof  GET /api/v1/audit/proofs/consistency?from=OLD&to=N, checked per RFC 9162 2.1.4.2
              --checkpoints        a directory of kept checkpoints (one per file, as a witness stored them; files
                                   starting with '.' are skipped): each must be signed by the key and have the root
                                   of the first `size` events; each file's verdict is printed
            exit status: 0 verified, 1 verification failed, 2 usage or unreadable input""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfflineVerifier() {
    }

    private static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private static final class Usage extends Exception {
        Usage(String message) {
            super(message);
        }
    }

    public static int main(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, Path> options = parse(args);
            for (String required : List.of("--public-key", "--events", "--checkpoint")) {
                if (!options.containsKey(required)) {
                    throw new Usage("missing " + required);
                }
            }
            if (options.containsKey("--consistency-proof") && !options.containsKey("--old-checkpoint")) {
                throw new Usage("--consistency-proof needs --old-checkpoint");
            }
            verify(options, out);
            return 0;
        } catch (Usage e) {
            err.println("audit verify: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("audit verify: cannot read input: " + e.getMessage());
            return 2;
        } catch (Failed e) {
            err.println("VERIFICATION FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Path> parse(String[] args) throws Usage {
        var options = new HashMap<String, Path>();
        var known = List.of("--public-key", "--events", "--checkpoint", "--old-checkpoint", "--consistency-proof",
                "--checkpoints");
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new Usage("unknown or incomplete option " + args[i]);
            }
            options.put(args[i], Path.of(args[i + 1]));
        }
        return options;
    }

    private static void verify(Map<String, Path> options, PrintStream out) throws IOException, Usage, Failed {
        byte[] key = publicKey(Files.readString(options.get("--public-key"), StandardCharsets.UTF_8));
        SignedNote.Checkpoint checkpoint = checkpoint(options.get("--checkpoint"), key, "checkpoint");
        out.println("checkpoint signature OK: " + checkpoint.origin() + ", tree size " + checkpoint.size());

        SignedNote.Checkpoint old = null;
        if (options.containsKey("--old-checkpoint")) {
            old = checkpoint(options.get("--old-checkpoint"), key, "old checkpoint");
            if (!old.origin().equals(checkpoint.origin())) {
                throw new Failed("the old checkpoint is of another log (" + old.origin() + ")");
            }
            if (old.size() > checkpoint.size()) {
                throw new Failed("the old checkpoint (size " + old.size() + ") is larger than the new one (" + checkpoint.size()
                        + "): the log shrank");
            }
        }

        List<Kept> kept = options.containsKey("--checkpoints")
                ? kept(options.get("--checkpoints"), key, checkpoint) : List.of();
        var prefixRoots = new HashMap<Long, byte[]>();
        for (Kept k : kept) {
            if (k.checkpoint() != null && k.checkpoint().size() == 0) {
                prefixRoots.put(0L, Merkle.emptyRoot());
            }
        }

        String tenant = checkpoint.origin().substring(checkpoint.origin().lastIndexOf('/') + 1);
        byte[] events = Files.readAllBytes(options.get("--events"));
        var tree = CompactRange.empty();
        byte[] oldPrefixRoot = old != null && old.size() == 0 ? Merkle.emptyRoot() : null;
        int start = 0;
        long index = 0;
        var kinds = new Kinds();
        while (start < events.length) {
            int end = start;
            while (end < events.length && events[end] != '\n') {
                end++;
            }
            byte[] line = java.util.Arrays.copyOfRange(events, start, end);
            start = end + 1;
            if (index >= checkpoint.size()) {
                throw new Failed("the events file holds more than the " + checkpoint.size() + " events the checkpoint covers "
                        + "(download them with ?size=" + checkpoint.size() + ")");
            }
            checkLine(line, index, tenant, kinds);
            tree.append(Merkle.leafHash(line));
            index++;
            if (old != null && index == old.size()) {
                oldPrefixRoot = tree.root();
            }
            if (!kept.isEmpty() && wanted(kept, index)) {
                prefixRoots.put(index, tree.root());
            }
        }
        if (index < checkpoint.size()) {
            throw new Failed("the events file holds " + index + " events, the checkpoint commits to " + checkpoint.size()
                    + " (events are missing)");
        }
        if (!MessageDigest.isEqual(tree.root(), checkpoint.root())) {
            throw new Failed("the Merkle root of the " + index + " events is " + b64(tree.root()) + ", the checkpoint signed "
                    + b64(checkpoint.root()) + ": an event was edited, deleted, inserted or reordered");
        }
        out.println("events OK: " + index + " events, Merkle root " + b64(tree.root()) + " matches the signed checkpoint");
        out.println("  " + kinds.payloadViews + " payload views showing " + kinds.itemsShown + " items, "
                + kinds.administrative + " administrative acts");

        if (old != null) {
            if (!MessageDigest.isEqual(oldPrefixRoot, old.root())) {
                throw new Failed("the first " + old.size() + " events do not have the old checkpoint's root: "
                        + "the history the old checkpoint signed was rewritten");
            }
            out.println("old checkpoint OK: its " + old.size() + " events are the first " + old.size() + " of this log");
            if (options.containsKey("--consistency-proof")) {
                consistency(options.get("--consistency-proof"), old, checkpoint);
                out.println("consistency proof OK (RFC 9162 2.1.4.2): size " + old.size() + " -> size " + checkpoint.size());
            }
        }
        if (options.containsKey("--checkpoints")) {
            keptVerdicts(options.get("--checkpoints"), kept, prefixRoots, out);
        }
        out.println("VERIFIED");
    }

    /** One file of the kept checkpoints' directory: the checkpoint, or why it is none of this log's. */
    private record Kept(String file, SignedNote.Checkpoint checkpoint, String failure) {
    }

    /** Reads every file of the directory (by name), checking signatures and origins; sizes are checked with the events. */
    private static List<Kept> kept(Path dir, byte[] key, SignedNote.Checkpoint current) throws IOException, Usage {
        if (!Files.isDirectory(dir)) {
            throw new Usage("--checkpoints needs a directory: " + dir);
        }
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        var kept = new ArrayList<Kept>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                var c = SignedNote.verify(Files.readString(file, StandardCharsets.UTF_8), key);
                if (!c.origin().equals(current.origin())) {
                    kept.add(new Kept(name, null, "a checkpoint of another log (" + c.origin() + ")"));
                } else if (c.size() > current.size()) {
                    kept.add(new Kept(name, null, "its size " + c.size() + " is beyond the " + current.size()
                            + " events checked: verify with a checkpoint at least that large"));
                } else {
                    kept.add(new Kept(name, c, null));
                }
            } catch (SignedNote.Invalid e) {
                kept.add(new Kept(name, null, e.getMessage()));
            } catch (java.nio.charset.CharacterCodingException e) {
                kept.add(new Kept(name, null, "not a signed note (not UTF-8 text)"));
            }
        }
        return kept;
    }

    private static boolean wanted(List<Kept> kept, long size) {
        for (Kept k : kept) {
            if (k.checkpoint() != null && k.checkpoint().size() == size) {
                return true;
            }
        }
        return false;
    }

    private static void keptVerdicts(Path dir, List<Kept> kept, Map<Long, byte[]> prefixRoots, PrintStream out) throws Failed {
        int failed = 0;
        for (Kept k : kept) {
            String failure = k.failure();
            if (failure == null) {
                byte[] root = prefixRoots.get(k.checkpoint().size());
                if (root == null || !MessageDigest.isEqual(root, k.checkpoint().root())) {
                    failure = "the first " + k.checkpoint().size() + " events do not have its root: the history it signed was rewritten";
                }
            }
            if (failure == null) {
                out.println("kept checkpoint OK: " + k.file() + " (size " + k.checkpoint().size() + ")");
            } else {
                out.println("kept checkpoint FAILED: " + k.file() + ": " + failure);
                failed++;
            }
        }
        if (failed > 0) {
            throw new Failed(failed + " of the " + kept.size() + " kept checkpoints in " + dir + " do not match the events");
        }
        out.println("kept checkpoints OK: all " + kept.size() + " in " + dir + " are consistent with the events");
    }

    /** What the verified events hold, by kind: payload views (actions {@code payload.*}) and administrative acts. */
    private static final class Kinds {
        long payloadViews;
        long itemsShown;
        long administrative;
    }

    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    private static void checkLine(byte[] line, long index, String tenant, Kinds kinds) throws Failed {
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new Failed("event " + index + " is not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject() || !event.path("index").isIntegralNumber()) {
            throw new Failed("event " + index + " has no index");
        }
        long claimed = event.get("index").asLong();
        if (claimed != index) {
            throw new Failed("line " + (index + 1) + " holds event " + claimed + " where event " + index
                    + " belongs: an event was deleted, inserted or reordered");
        }
        if (isUuid(tenant) && !tenant.equals(event.path("tenant").asString(""))) {
            throw new Failed("event " + index + " belongs to another tenant's log");
        }
        String action = event.path("action").asString("");
        if (!ACTION.matcher(action).matches()) {
            throw new Failed("event " + index + " has no valid action");
        }
        long items = event.path("items").asLong(-1);
        if (action.startsWith("payload.")) {
            kinds.payloadViews++;
            kinds.itemsShown += Math.max(0, items);
        } else {
            // An administrative act shows no payload: one claiming otherwise would hide views from the report.
            if (items != 0 || !event.path("item").isNull() || !event.path("assignment").isNull()) {
                throw new Failed("event " + index + " (" + action + ") is an administrative act but names items it showed");
            }
            kinds.administrative++;
        }
    }

    private static void consistency(Path file, SignedNote.Checkpoint old, SignedNote.Checkpoint current) throws IOException, Failed, Usage {
        JsonNode proof;
        try {
            proof = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Usage("the consistency proof is not JSON: " + e.getOriginalMessage());
        }
        if (proof.has("size1") && proof.get("size1").asLong() != old.size()
                || proof.has("size2") && proof.get("size2").asLong() != current.size()) {
            throw new Failed("the consistency proof is for sizes " + proof.path("size1") + " -> " + proof.path("size2")
                    + ", not " + old.size() + " -> " + current.size());
        }
        var path = new ArrayList<byte[]>();
        try {
            for (JsonNode hash : proof.path("proof")) {
                path.add(Base64.getDecoder().decode(hash.asString()));
            }
        } catch (IllegalArgumentException e) {
            throw new Failed("the consistency proof holds a hash that is not base64");
        }
        if (old.size() == 0) {
            // The empty tree is a prefix of every tree; RFC 9162 defines no proof for it.
            if (!path.isEmpty() || !MessageDigest.isEqual(old.root(), Merkle.emptyRoot())) {
                throw new Failed("a checkpoint of size 0 must have the empty root and an empty proof");
            }
            return;
        }
        if (!Merkle.verifyConsistency(old.size(), current.size(), old.root(), current.root(), path)) {
            throw new Failed("the consistency proof does not show size " + current.size() + " extends size " + old.size());
        }
    }

    private static SignedNote.Checkpoint checkpoint(Path file, byte[] key, String what) throws IOException, Failed {
        try {
            return SignedNote.verify(Files.readString(file, StandardCharsets.UTF_8), key);
        } catch (SignedNote.Invalid e) {
            throw new Failed(what + ": " + e.getMessage());
        }
    }

    static byte[] publicKey(String text) throws Usage {
        try {
            return dev.annota.audit.OfflineProofs.publicKey(text);
        } catch (IllegalArgumentException e) {
            throw new Usage(e.getMessage());
        }
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
