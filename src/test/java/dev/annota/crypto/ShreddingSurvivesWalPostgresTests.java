package dev.annota.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import dev.annota.crypto.internal.Keysets;
import dev.annota.crypto.internal.LocalMasterKey;
import dev.annota.crypto.internal.TenantKeyStore;
import dev.annota.crypto.internal.ValueCodec;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresServerFiles;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.testing.SealedRows.SealedRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static dev.annota.testing.SealedRows.payloadsAndAnswers;
import static dev.annota.testing.SealedRows.wrappedKeyset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crypto-shredding against what PostgreSQL keeps on its own: the attack that broke the first design. An organization
 * is deleted through the API; then, as the server's superuser on its host, the test reads every page of the database
 * (dead tuples included, with {@code pageinspect}; autovacuum is off on the test server), every WAL segment under the
 * data directory, and every file of a base backup of the database taken <em>before</em> the deletion (its own
 * directory, {@code global/} and its WAL: {@link PostgresServerFiles#databaseBackup}), each streamed through
 * {@link Findings}. Every wrapped keyset and sealed
 * value found there is tried with every key the instance still holds — the master key file and every remaining
 * tenant key-encryption key — and none may open the deleted organization's keyset or data. Nor may any of its
 * secrets (see {@link Markers}) appear there in plain text.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ShreddingSurvivesWalPostgresTests {

    /** Tink's encrypted keyset JSON, as {@code tenant_keys.keyset} holds it: the ciphertext of the keyset. */
    static final Pattern WRAPPED_KEYSET = Pattern.compile("\"encryptedKeyset\"\\s*:\\s*\"([A-Za-z0-9+/]+=*)\"");
    /** A sealed value's stored form. */
    static final Pattern SEALED_VALUE = Pattern.compile("v1:([A-Za-z0-9+/]{24,}=*)");

    /**
     * The deleted organization's secrets, each a word found nowhere else (a fresh suffix per run, so other test runs
     * writing to the same server cannot collide with them).
     */
    record Markers(String payload, String answer, String projectName, String guidelines, String schemaOption,
                   String externalId) {

        static Markers fresh() {
            String run = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(new java.security.SecureRandom().nextLong()).array());
            return new Markers("okapipayload" + run, "okapianswer" + run, "okapiproject" + run, "okapiguidelines" + run,
                    "okapioption" + run, "okapiexternal" + run);
        }

        /**
         * THE list of what must appear nowhere in plain text — not in a dead row, a WAL segment or a backup: every
         * value the organization's keysets encrypt (payloads, answers, the project's name, guidelines and label schema,
         * external ids). Extend it when another column is encrypted.
         */
        List<String> encryptedAtRest() {
            return List.of(payload, answer, projectName, guidelines, schemaOption, externalId);
        }
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    Projects projects;
    @Value("${annota.crypto.master-key-file}")
    Path masterKeyFile;
    @Value("${annota.crypto.tenant-key-dir}")
    Path tenantKeyDir;

    @Test
    void afterDeletionNoDeadRowWalSegmentOrEarlierBackupHoldsAnythingThatOpensTheOrganizationsData() throws Exception {
        // Deleted whatever happens: a backup left behind by every run would fill the disk.
        Path backup = Files.createTempDirectory("annota-shredding-backup-");
        try {
            afterDeletionNothingOpens(backup);
        } finally {
            PostgresServerFiles.delete(backup);
        }
    }

    private void afterDeletionNothingOpens(Path backup) throws Exception {
        long started = System.nanoTime();
        var api = new Api(fixtures);
        Markers markers = Markers.fresh();
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Shredded at rest");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = projects.create(manager, new ProjectSettings(markers.projectName(), "# " + markers.guidelines(),
                TaskType.TEXT_CLASSIFICATION, json.readTree("""
                        {"questions": [{"name": "label", "type": "choice", "options": ["a", "%s"]},
                                       {"name": "note", "type": "text", "required": false}]}""".formatted(markers.schemaOption())),
                1, 600, 0));
        String projectPath = "/api/v1/projects/" + project.id();
        var lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            lines.append("{\"external_id\":\"").append(markers.externalId()).append(i).append("\",\"data\":{\"text\":\"")
                    .append(markers.payload()).append(' ').append(i).append("\"}}\n");
        }
        assertThat(api.post(api.token(manager), projectPath + "/items", "application/x-ndjson", lines.toString()).status()).isEqualTo(200);
        String annotator = api.token(fixtures.user(lab, Role.ANNOTATOR));
        var task = json.readTree(api.postJson(annotator, projectPath + "/tasks/next", "").body());
        assertThat(task.get("data").get("text").asString()).startsWith(markers.payload());
        assertThat(api.postJson(annotator, projectPath + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"a\",\"note\":\"" + markers.answer() + "\"}").status()).isEqualTo(201);
        // Another organization with a live keyset: its keys are among those an attacker holds afterwards.
        Organization bystander = fixtures.organization(OrganizationKind.CUSTOMER, "Bystander at rest");
        CurrentUser bystanderManager = fixtures.user(bystander, Role.MANAGER);
        fixtures.items(fixtures.project(bystanderManager, 1, 600), bystanderManager, 2);

        List<SealedRow> labValues;
        String labKeyset;
        try (Connection superuser = PostgresDatabase.shared().connectAsAdmin()) {
            labValues = payloadsAndAnswers(superuser, lab.id());
            assertThat(labValues).hasSize(4);
            labKeyset = wrappedKeyset(superuser, lab.id());
        }
        Set<Integer> labKeyIds = new LinkedHashSet<>();
        labValues.forEach(v -> labKeyIds.add(ValueCodec.keyId(v.stored())));

        long backupStarted = System.nanoTime();
        try (Connection superuser = PostgresDatabase.shared().connectAsAdmin()) {
            PostgresServerFiles.databaseBackup(superuser, backup);
        }
        long backupMillis = (System.nanoTime() - backupStarted) / 1_000_000;

        Path labKeyFile = new TenantKeyStore(tenantKeyDir, LocalMasterKey.openOrCreate(masterKeyFile), null).file(lab.id());
        assertThat(labKeyFile).exists();
        String admin = api.token(fixtures.user(lab, Role.ADMIN));
        assertThat(api.postJson(admin, "/api/v1/organizations/" + lab.id() + "/deletion",
                "{\"confirmOrganizationName\":\"" + lab.name() + "\"}").status()).isEqualTo(200);
        assertThat(labKeyFile).as("the lab's key-encryption key is destroyed").doesNotExist();

        // What the attacker reads: the database's pages, the server's WAL, the earlier backup.
        var lookedFor = new ArrayList<>(markers.encryptedAtRest());
        lookedFor.add(lab.name());
        // Only the lab's sealed values are tried below: the others (every test run's, in the cluster's WAL) are counted.
        var found = new Findings(lookedFor, v -> labKeyIds.contains(ValueCodec.keyId("v1:" + v)));
        long scanStarted = System.nanoTime();
        try (Connection superuser = PostgresDatabase.shared().connectAsAdmin()) {
            // The deletion's WAL is in its segment file already: a commit is flushed before it returns.
            PostgresServerFiles.rawPages(superuser, relation -> found.source("page of " + relation));
            // Twice: a segment a checkpoint renames for reuse meanwhile (other databases keep writing) is read under
            // its new name on the second listing.
            var scanned = new java.util.HashSet<Path>();
            for (int pass = 0; pass < 2; pass++) {
                for (Path segment : PostgresServerFiles.walSegments(superuser)) {
                    if (scanned.contains(segment)) {
                        continue;
                    }
                    try {
                        found.scan("WAL " + segment.getFileName(), segment);
                        scanned.add(segment);
                    } catch (java.nio.file.NoSuchFileException renamed) {
                        // see above
                    }
                }
            }
        }
        long backupBytes = 0;
        var backupFiles = PostgresServerFiles.filesUnder(backup);
        for (Path file : backupFiles) {
            backupBytes += Files.size(file);
            found.scan("backup " + backup.relativize(file), file);
        }

        // The scan sees what an attacker sees: the lab's keyset and values are in the earlier backup, and so is a
        // word the application stores in plain text (the organization's name).
        assertThat(found.wrappedKeysets.keySet()).as("the lab's wrapped keyset is among those found")
                .contains(encryptedKeysetOf(labKeyset));
        assertThat(found.sealedValues).as("the lab's sealed values are among those found").isNotEmpty();
        assertThat(found.plaintextHits(lab.name())).as("a plain-text column of the lab is found").isNotEmpty();

        for (String marker : markers.encryptedAtRest()) {
            assertThat(found.plaintextHits(marker)).as("where '%s' appears in plain text", marker).isEmpty();
        }

        // Every key the instance still holds, tried on every wrapped keyset found, bound to the lab.
        List<Aead> held = heldKeys();
        var openedForLab = new ArrayList<Set<String>>();
        var recovered = new ArrayList<KeysetHandle>();
        for (var candidate : found.wrappedKeysets.entrySet()) {
            String wrapped = "{\"encryptedKeyset\":\"" + candidate.getKey() + "\"}";
            for (Aead key : held) {
                try {
                    recovered.add(Keysets.unwrap(wrapped, key, lab.id()));
                    openedForLab.add(candidate.getValue());
                } catch (GeneralSecurityException | RuntimeException expected) {
                    // the lab's keyset stays shut
                }
            }
        }
        assertThat(openedForLab).as("wrapped keysets found that open as the lab's (where found)").isEmpty();

        // Nor does any keyset the remaining keys do open (the bystander's) open a value of the lab.
        for (UUID tenant : remainingTenants()) {
            for (var candidate : found.wrappedKeysets.keySet()) {
                for (Aead key : held) {
                    try {
                        recovered.add(Keysets.unwrap("{\"encryptedKeyset\":\"" + candidate + "\"}", key, tenant));
                    } catch (GeneralSecurityException | RuntimeException expected) {
                        // not this tenant's, or not under this key
                    }
                }
            }
        }
        var labCiphertexts = new ArrayList<>(labValues);
        for (String value : found.sealedValues.keySet()) {
            if (labKeyIds.contains(ValueCodec.keyId("v1:" + value))) {
                for (SealedRow row : labValues) {
                    labCiphertexts.add(new SealedRow(row.column(), row.id(), "v1:" + value));
                }
            }
        }
        int opened = 0;
        for (KeysetHandle keyset : recovered) {
            if (!(keyset.getPrimary().getKey() instanceof com.google.crypto.tink.aead.AeadKey)) {
                // A bystander's deterministic (AES-SIV) keyset: it seals external ids only, never a `v1:` value; that
                // none of the lab's own keysets, the deterministic one included, opens is checked above.
                continue;
            }
            Aead aead = Keysets.aead(keyset);
            for (SealedRow value : labCiphertexts) {
                try {
                    ValueCodec.open(aead, lab.id(), value.column(), value.id(), value.stored());
                    opened++;
                } catch (GeneralSecurityException expected) {
                    // shredded
                }
            }
        }
        assertThat(opened).as("values of the lab opened with the keys left").isZero();

        System.out.printf("ShreddingSurvivesWal: backup of the database, %d files, %.1f MB in %d ms; scanned %d sources (%.1f MB), "
                        + "%d wrapped keysets, %d sealed values (%d of the lab's), %d keys held; whole test %d ms (scan %d ms)%n",
                backupFiles.size(), backupBytes / 1e6, backupMillis, found.sources,
                found.bytes / 1e6, found.wrappedKeysets.size(), found.sealedSeen, found.sealedValues.size(), held.size(),
                (System.nanoTime() - started) / 1_000_000, (System.nanoTime() - scanStarted) / 1_000_000);
    }

    /** The master key file and every tenant key-encryption key left in the key directory (that it opens). */
    private List<Aead> heldKeys() {
        var master = LocalMasterKey.openOrCreate(masterKeyFile);
        var keys = new ArrayList<Aead>();
        keys.add(master.aead());
        var store = new TenantKeyStore(tenantKeyDir, master, null);
        for (UUID tenant : store.tenants()) {
            try {
                keys.add(store.open(tenant));
            } catch (GeneralSecurityException | RuntimeException otherMasterKey) {
                // a key file another test context wrapped with its own master key: not held by this instance
            }
        }
        return keys;
    }

    private List<UUID> remainingTenants() throws SQLException {
        var ids = new ArrayList<UUID>();
        try (Connection superuser = PostgresDatabase.shared().connectAsAdmin(); var s = superuser.createStatement();
             var rs = s.executeQuery("select tenant_id from tenant_keys where keyset is not null")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Candidates found in raw bytes, each with where it was first seen, and where each marker appears. A source is
     * read as a stream, {@code chunk} bytes at a time: a WAL directory or a database holds gigabytes, which never fit
     * the heap at once. Each window searched is the chunk plus the last {@code overlap} bytes of the one before, and
     * what starts in that overlap is left to the next window, so a marker or a candidate that spans two chunks is found
     * whole, once. A candidate longer than the overlap could be cut: that fails the scan rather than miss it (real
     * ones are at most a page, 8 kB).
     */
    static final class Findings {
        static final int CHUNK = 4 << 20;
        static final int OVERLAP = 64 << 10;

        final List<String> words;
        final int chunk;
        final int overlap;
        final Map<String, Set<String>> wrappedKeysets = new LinkedHashMap<>();
        final Map<String, Set<String>> sealedValues = new LinkedHashMap<>();
        final Map<String, Set<String>> plaintext = new LinkedHashMap<>();
        int sources;
        long bytes;

        /** Sealed values kept as found (the rest only counted): the cluster's WAL holds millions of other tenants'. */
        final java.util.function.Predicate<String> sealedKept;
        long sealedSeen;

        Findings(List<String> words, java.util.function.Predicate<String> sealedKept) {
            this(words, sealedKept, CHUNK, OVERLAP);
        }

        Findings(List<String> words, java.util.function.Predicate<String> sealedKept, int chunk, int overlap) {
            this.words = words;
            this.sealedKept = sealedKept;
            this.chunk = chunk;
            this.overlap = overlap;
        }

        /** Scans the file, streamed. */
        void scan(String source, Path file) throws java.io.IOException {
            try (var in = Files.newInputStream(file); var out = source(source)) {
                in.transferTo(out);
            }
        }

        /** A stream to write a source's bytes to; closing it scans the last window. */
        java.io.OutputStream source(String source) {
            sources++;
            return new java.io.OutputStream() {
                private final byte[] window = new byte[chunk + overlap];
                private int length;

                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes += len;
                    while (len > 0) {
                        int n = Math.min(len, window.length - length);
                        System.arraycopy(b, off, window, length, n);
                        length += n;
                        off += n;
                        len -= n;
                        if (length == window.length) {
                            search(source, window, length, false);
                            System.arraycopy(window, length - overlap, window, 0, overlap);
                            length = overlap;
                        }
                    }
                }

                @Override
                public void close() {
                    search(source, window, length, true);
                    length = 0;
                }
            };
        }

        /** What starts in the window before its overlap (all of it in the last window). */
        private void search(String source, byte[] window, int length, boolean last) {
            // One char per byte: the ASCII of JSON, base64 and the markers is found wherever it lies in the bytes.
            String text = new String(window, 0, length, StandardCharsets.ISO_8859_1);
            int before = last ? length : length - overlap;
            collect(WRAPPED_KEYSET.matcher(text), source, wrappedKeysets, v -> true, before, length, last);
            collect(SEALED_VALUE.matcher(text), source, sealedValues, v -> {
                sealedSeen++;
                return sealedKept.test(v);
            }, before, length, last);
            for (String word : words) {
                int at = text.indexOf(word);
                if (at >= 0 && at < before) {
                    plaintext.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(source);
                }
            }
        }

        private static void collect(java.util.regex.Matcher m, String source, Map<String, Set<String>> into,
                                    java.util.function.Predicate<String> kept, int before, int length, boolean last) {
            while (m.find() && m.start() < before) {
                if (!last && m.end() == length) {
                    throw new IllegalStateException("A candidate in " + source + " runs past the overlap of its window: "
                            + "raise Findings.OVERLAP");
                }
                if (kept.test(m.group(1))) {
                    into.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(source);
                }
            }
        }

        List<String> plaintextHits(String word) {
            return List.copyOf(plaintext.getOrDefault(word, Set.of()));
        }
    }

    private static String encryptedKeysetOf(String wrappedJson) {
        var m = WRAPPED_KEYSET.matcher(wrappedJson);
        assertThat(m.find()).as("a Tink encrypted keyset").isTrue();
        return m.group(1);
    }
}
