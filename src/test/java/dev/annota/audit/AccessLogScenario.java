package dev.annota.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.annota.audit.internal.AuditLog;
import dev.annota.audit.internal.SignedNote;
import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.work.Task;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log end to end, on whichever database the subclass configures: payload views are recorded with the act,
 * the log downloads and verifies offline with only the public key, and every kind of tampering in the database is
 * caught by the verifier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
abstract class AccessLogScenario {

    @Autowired Fixtures fixtures;
    @Autowired AccessLog accessLog;
    @Autowired AuditLog log;
    @Autowired WorkQueue queue;
    @Autowired ApiTokens tokens;
    @Autowired dev.annota.tenancy.TenantScope tenants;
    @Autowired dev.annota.tenancy.Organizations organizations;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbcClient;
    @LocalServerPort int port;
    @TempDir Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    Organization customer;
    CurrentUser manager;

    @BeforeEach
    void customer() {
        customer = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        manager = fixtures.user(customer, Role.MANAGER);
        // Issuing the manager's token is itself an act in the log (token.issue): issued and sequenced first, so the
        // tests below start from a log of one event and never add one in the middle of their tampering.
        request(manager, "/");
        log.integrate(customer.id());
    }

    /** The payload events among the lines (administrative acts such as token issuing filtered out). */
    static List<String> payloadEvents(List<String> lines) {
        return lines.stream().filter(l -> l.contains("\"action\":\"payload.")).toList();
    }

    /** Changes the log's rows the way someone with direct database access would. */
    abstract void tamper(UUID tenant, String sql, Object... params) throws Exception;

    @Test
    void aClaimIsLoggedWithWhoWhatWhichAssignmentAndWhenButNoPayload() throws Exception {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 2);
        CurrentUser annotator = fixtures.user(customer, Role.ANNOTATOR);
        Task task = queue.next(fixtures.access(project, annotator)).orElseThrow();

        log.integrate(customer.id());
        List<String> lines = payloadEvents(lines(customer.id(), log.treeSize(customer.id())));

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .contains("\"action\":\"payload.claim\"", "\"actor\":\"" + annotator.id() + "\"",
                        "\"actor_org\":\"" + customer.id() + "\"", "\"project\":\"" + project.id() + "\"",
                        "\"item\":\"" + task.itemId() + "\"", "\"assignment\":\"" + task.assignmentId() + "\"", "\"at\":\"")
                .doesNotContain("text 0", "text 1");
    }

    @Test
    void anExportIsLoggedOnceWithItsItemCountBeforeThePayloadsAreStreamed() throws Exception {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        var response = get(manager, "/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("text 2");

        log.integrate(customer.id());
        List<String> lines = payloadEvents(lines(customer.id(), log.treeSize(customer.id())));
        assertThat(lines).singleElement().asString()
                .contains("\"action\":\"payload.export\"", "\"items\":3", "\"actor\":\"" + manager.id() + "\"")
                .doesNotContain("text ");
    }

    @Test
    void aDownloadedLogVerifiesOfflineTrustingOnlyThePublicKey() throws Exception {
        record(customer.id(), 5);
        assertThat(verify(download(customer.id()))).isZero();
    }

    @Test
    void anEventEditedInTheDatabaseIsCaughtByTheVerifier() throws Exception {
        record(customer.id(), 4);
        log.integrate(customer.id());
        tamper(customer.id(), "update audit_events set actor_id = ? where tenant_id = ? and seq = 1", UUID.randomUUID(), customer.id());
        assertThat(verify(download(customer.id()))).isEqualTo(1);
        assertThat(lastError).contains("edited, deleted, inserted or reordered");
    }

    @Test
    void anEventDeletedFromTheDatabaseMakesTheDownloadAndTheProofsAnswerAProblemNeverAShortLog() throws Exception {
        record(customer.id(), 4);
        long size = log.integrate(customer.id()).size();
        tamper(customer.id(), "delete from audit_events where tenant_id = ? and seq = 1", customer.id());

        var events = get(manager, "/api/v1/audit/events?size=" + size);
        assertThat(events.statusCode()).isEqualTo(500);
        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(events.body()).contains("incomplete", "index 1", "\"index\":1").doesNotContain("\"v\":1");
        // A page that starts after the gap is whole and still served.
        assertThat(get(manager, "/api/v1/audit/events?size=" + size + "&from=2").statusCode()).isEqualTo(200);

        for (String proof : List.of("/api/v1/audit/proofs/inclusion?index=0&size=" + size,
                "/api/v1/audit/proofs/consistency?from=1&to=" + size)) {
            var response = get(manager, proof);
            assertThat(response.statusCode()).as(proof).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(response.body()).as(proof).contains("index 1");
        }
        // The admins see it as an integrity alarm.
        assertThat(get(manager, "/api/v1/audit/alarms").body()).contains("INCOMPLETE", "index 1");
    }

    @Test
    void anOrganizationWhoseLogTheSignerRefusesIsNotDeletedAndTheAnswerIsAProblemDocument() throws Exception {
        record(customer.id(), 2);
        // The head's frontier replaced in the database: the newest signed root no longer matches it.
        byte[] frontier = tenants.read(customer.id(), () -> jdbcClient.sql("select frontier from audit_heads where tenant_id = ?")
                .param(customer.id()).query(byte[].class).single());
        new java.security.SecureRandom().nextBytes(frontier);
        tamper(customer.id(), "update audit_heads set frontier = ? where tenant_id = ?", frontier, customer.id());

        var admin = fixtures.user(customer, Role.ADMIN);
        var response = http.send(request(admin, "/api/v1/organizations/" + customer.id() + "/deletion")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"confirmOrganizationName\":\"" + customer.name() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("integrity", "REWRITTEN", "nothing was deleted");
        assertThat(organizations.find(customer.id())).isPresent();
        assertThat(log.finalCheckpoint(customer.id())).isEmpty();
    }

    @Test
    void proofsAnswerAProblemDocumentForBadOrImpossibleParameters() throws Exception {
        record(customer.id(), 3);
        long size = log.integrate(customer.id()).size();
        for (String path : List.of("/api/v1/audit/proofs/inclusion?index=" + size + "&size=" + size,
                "/api/v1/audit/proofs/inclusion?index=-1", "/api/v1/audit/proofs/inclusion?index=0&size=" + (size + 1),
                "/api/v1/audit/proofs/inclusion?index=x", "/api/v1/audit/proofs/inclusion",
                "/api/v1/audit/proofs/inclusion?index=0&size=9223372036854775807",
                "/api/v1/audit/proofs/consistency?from=0&to=" + size, "/api/v1/audit/proofs/consistency?from=3&to=2",
                "/api/v1/audit/proofs/consistency?from=1&to=" + (size + 1), "/api/v1/audit/proofs/consistency?from=1",
                "/api/v1/audit/proofs/consistency?from=1&to=99999999999999999999",
                "/api/v1/audit/events?from=" + (size + 1) + "&size=" + size, "/api/v1/audit/events?from=-1",
                "/api/v1/audit/events?limit=0", "/api/v1/audit/events?size=-1")) {
            var response = get(manager, path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
    }

    @Test
    void eventsReorderedInTheDatabaseAreCaughtByTheVerifier() throws Exception {
        record(customer.id(), 4);
        log.integrate(customer.id());
        tamper(customer.id(), "update audit_events set seq = -1 where tenant_id = ? and seq = 1", customer.id());
        tamper(customer.id(), "update audit_events set seq = 1 where tenant_id = ? and seq = 2", customer.id());
        tamper(customer.id(), "update audit_events set seq = 2 where tenant_id = ? and seq = -1", customer.id());
        assertThat(verify(download(customer.id()))).isEqualTo(1);
        assertThat(lastError).contains("edited, deleted, inserted or reordered");
    }

    @Test
    void anEventInsertedInTheDatabaseIsCaughtByTheVerifier() throws Exception {
        record(customer.id(), 4);
        log.integrate(customer.id());
        tamper(customer.id(), "update audit_events set seq = seq + 1000 where tenant_id = ? and seq >= 2", customer.id());
        tamper(customer.id(), "update audit_events set seq = seq - 999 where tenant_id = ? and seq >= 1000", customer.id());
        tamper(customer.id(), """
                insert into audit_events (tenant_id, id, seq, occurred_at, action, actor_id, actor_org_id, item_count, leaf_hash)
                values (?, ?, 2, ?, 'payload.claim', ?, ?, 1, ?)""",
                customer.id(), UUID.randomUUID(), java.sql.Timestamp.from(Instant.now()), manager.id(), customer.id(), new byte[32]);
        assertThat(verify(download(customer.id()))).isEqualTo(1);
        assertThat(lastError).contains("edited, deleted, inserted or reordered");
    }

    @Test
    void anOldCheckpointStaysProvablyConsistentWithALaterOne() throws Exception {
        record(customer.id(), 3);
        Path oldCheckpoint = Files.writeString(dir.resolve("old.txt"), post(manager, "/api/v1/audit/checkpoint").body());
        record(customer.id(), 6);
        Files download = download(customer.id());
        long from = SignedNote.verify(Files.readString(oldCheckpoint), log.publicKey()).size();
        long to = SignedNote.verify(Files.readString(download.checkpoint()), log.publicKey()).size();
        assertThat(to - from).isEqualTo(6);
        var proof = get(manager, "/api/v1/audit/proofs/consistency?from=" + from + "&to=" + to);
        assertThat(proof.statusCode()).isEqualTo(200);
        Path proofFile = Files.writeString(dir.resolve("proof.json"), proof.body());

        assertThat(verify(download, "--old-checkpoint", oldCheckpoint.toString(), "--consistency-proof", proofFile.toString()))
                .as(lastError).isZero();
        assertThat(lastOutput).contains("consistency proof OK", "size " + from + " -> size " + to);

        // The same old checkpoint against a history rewritten below it (and re-signed by the server) fails.
        tamper(customer.id(), "update audit_events set detail = 'rewritten' where tenant_id = ? and seq = 0", customer.id());
        assertThat(verify(download(customer.id()), "--old-checkpoint", oldCheckpoint.toString())).isEqualTo(1);
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsRejected() throws Exception {
        record(customer.id(), 2);
        Files download = download(customer.id());
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] otherRaw = Arrays.copyOfRange(other.getPublic().getEncoded(), 12, 44);
        SignedNote.Signer otherSigner = new SignedNote.Signer() {
            @Override
            public byte[] sign(byte[] message) throws java.security.GeneralSecurityException {
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(other.getPrivate());
                s.update(message);
                return s.sign();
            }

            @Override
            public byte[] publicKey() {
                return otherRaw;
            }
        };
        var genuine = SignedNote.verify(Files.readString(download.checkpoint()), log.publicKey());
        Files.writeString(download.checkpoint(), SignedNote.sign(genuine, otherSigner));
        assertThat(verify(download)).isEqualTo(1);
        assertThat(lastError).contains("no signature by the trusted public key");

        // And the genuine checkpoint does not verify under the other key either.
        Files.writeString(download.checkpoint(), post(manager, "/api/v1/audit/checkpoint").body());
        Files.writeString(download.publicKey(), SignedNote.toPem(otherRaw));
        assertThat(verify(download)).isEqualTo(1);
    }

    @Test
    void inclusionProofsFromTheServerVerifyAgainstTheSignedRoot() throws Exception {
        record(customer.id(), 7);
        var checkpoint = SignedNote.verify(post(manager, "/api/v1/audit/checkpoint").body(), log.publicKey());
        List<String> lines = lines(customer.id(), checkpoint.size());
        for (int i = 0; i < lines.size(); i++) {
            var proof = new tools.jackson.databind.json.JsonMapper().readTree(
                    get(manager, "/api/v1/audit/proofs/inclusion?index=" + i + "&size=" + checkpoint.size()).body());
            var path = new ArrayList<byte[]>();
            proof.get("proof").forEach(h -> path.add(java.util.Base64.getDecoder().decode(h.asString())));
            byte[] leaf = dev.annota.audit.internal.Merkle.leafHash(lines.get(i).getBytes(StandardCharsets.UTF_8));
            assertThat(dev.annota.audit.internal.Merkle.verifyInclusion(i, checkpoint.size(), leaf, path, checkpoint.root())).isTrue();
        }
    }

    @Test
    void onlyTheTenantsAdminsAndManagersSeeItsLogOthersGet404() throws Exception {
        record(customer.id(), 1);
        var otherCustomer = fixtures.organization(OrganizationKind.CUSTOMER, "Rival");
        var workforce = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        for (CurrentUser outsider : List.of(fixtures.user(customer, Role.ANNOTATOR), fixtures.user(customer, Role.REVIEWER),
                fixtures.user(workforce, Role.MANAGER), fixtures.user(workforce, Role.ANNOTATOR))) {
            for (String path : List.of("/api/v1/audit/events", "/api/v1/audit/checkpoint", "/api/v1/audit/public-key",
                    "/api/v1/audit/proofs/inclusion?index=0")) {
                var response = get(outsider, path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            }
        }
        // A rival's manager sees the rival's own (empty) log, never this customer's events; a workforce's admin sees
        // the workforce's own log (the administrative acts on its people), never this customer's.
        var rival = fixtures.user(otherCustomer, Role.MANAGER);
        assertThat(get(rival, "/api/v1/audit/events").body()).isEmpty();
        var vendorAdmin = fixtures.user(workforce, Role.ADMIN);
        post(vendorAdmin, "/api/v1/audit/checkpoint");
        var vendorLog = get(vendorAdmin, "/api/v1/audit/events");
        assertThat(vendorLog.statusCode()).isEqualTo(200);
        assertThat(vendorLog.body()).contains("\"tenant\":\"" + workforce.id() + "\"", "token.issue")
                .doesNotContain(customer.id().toString());
        assertThat(get(fixtures.user(customer, Role.ADMIN), "/api/v1/audit/public-key").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentAppendersAndSequencersGiveEveryEventOnePositionAndLoseNone() throws Exception {
        int threads = 8;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> record(customer.id(), each, false)));
            }
            for (int s = 0; s < 2; s++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        log.integrate(customer.id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        var checkpoint = log.integrate(customer.id());
        assertThat(checkpoint.size()).isEqualTo(threads * each + 1);
        List<String> lines = lines(customer.id(), checkpoint.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith("{\"v\":1,\"index\":" + i + ",");
        }
        assertThat(verify(download(customer.id()))).as(lastError).isZero();
    }

    @Test
    void eventsOfOneTransactionAreWrittenTogetherInTheirOrderAndSeenByTheTransactionItself() {
        long before = log.treeSize(customer.id());
        tenants.write(customer.id(), () -> {
            record(customer.id(), 3, false);
            // Buffered until the commit, yet this transaction reads them (a deletion sequences its own last events).
            assertThat(log.hasPending(customer.id())).isTrue();
        });
        var checkpoint = log.integrate(customer.id());
        assertThat(checkpoint.size()).isEqualTo(before + 3);
        List<String> lines = lines(customer.id(), checkpoint.size()).subList((int) before, (int) checkpoint.size());
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).contains("\"action\":\"role.change\"", "#" + i + "\"", "\"actor\":\"" + manager.id() + "\"");
        }
    }

    @Test
    void eventsOfATransactionThatRollsBackAreNeverLogged() {
        long before = log.integrate(customer.id()).size();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tenants.write(customer.id(), () -> {
            record(customer.id(), 2, false);
            throw new IllegalStateException("the act fails");
        })).hasMessage("the act fails");
        assertThat(log.hasPending(customer.id())).isFalse();
        assertThat(log.integrate(customer.id()).size()).isEqualTo(before);
    }

    // ---- helpers ----

    String lastOutput = "";
    String lastError = "";

    record Files(Path publicKey, Path events, Path checkpoint) {
        static String readString(Path p) throws java.io.IOException {
            return java.nio.file.Files.readString(p);
        }

        static Path writeString(Path p, String s) throws java.io.IOException {
            return java.nio.file.Files.writeString(p, s);
        }
    }

    Void record(UUID tenant, int count) {
        return record(tenant, count, true);
    }

    Void record(UUID tenant, int count, boolean integrate) {
        for (int i = 0; i < count; i++) {
            accessLog.record(AuditEvent.administrative(tenant, "role.change", manager.id(), customer.id(), null, UUID.randomUUID(),
                    "ANNOTATOR -> REVIEWER \"quoted\" #" + i, Instant.now()));
        }
        if (integrate) {
            log.integrate(tenant);
        }
        return null;
    }

    List<String> lines(UUID tenant, long size) {
        var lines = new ArrayList<String>();
        log.lines(tenant, 0, size, lines::add);
        return lines;
    }

    /** Downloads the public key, the latest checkpoint and the events it covers, as a customer would. */
    Files download(UUID tenant) throws Exception {
        String checkpoint = post(manager, "/api/v1/audit/checkpoint").body();
        long size = SignedNote.verify(checkpoint, log.publicKey()).size();
        var events = get(manager, "/api/v1/audit/events?size=" + size);
        assertThat(events.statusCode()).isEqualTo(200);
        var key = get(manager, "/api/v1/audit/public-key.pem");
        assertThat(key.statusCode()).isEqualTo(200);
        String id = UUID.randomUUID().toString();
        return new Files(Files.writeString(dir.resolve(id + "-key.pem"), key.body()),
                Files.writeString(dir.resolve(id + "-events.jsonl"), events.body()),
                Files.writeString(dir.resolve(id + "-checkpoint.txt"), checkpoint));
    }

    int verify(Files files, String... more) {
        var args = new ArrayList<>(List.of("verify", "--public-key", files.publicKey().toString(), "--events",
                files.events().toString(), "--checkpoint", files.checkpoint().toString()));
        args.addAll(List.of(more));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = AuditCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        lastOutput = out.toString(StandardCharsets.UTF_8);
        lastError = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    HttpResponse<String> get(CurrentUser user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(CurrentUser user, String path) throws Exception {
        return http.send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private final java.util.Map<UUID, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();

    /** One token per user and test, issued on first use. */
    private HttpRequest.Builder request(CurrentUser user, String path) {
        String secret = secrets.computeIfAbsent(user.id(), id -> tokens.issue(user, "audit test", 1).secret());
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + secret);
    }
}
