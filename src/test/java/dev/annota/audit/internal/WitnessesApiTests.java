package dev.annota.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;


import dev.annota.audit.AuditCommand;
import dev.annota.audit.AuditEvent;
import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.WebhookReceiver;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.webhook.WebhookSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.annota.testing.Eventually.await;

/**
 * Witnesses through the REST API, with a real receiver on 127.0.0.1 (allowed by ANNOTA_WEBHOOK_ALLOWED_HOSTS in
 * {@link ApiTest}): each signed checkpoint reaches it with a Standard Webhooks signature this test checks on its own,
 * failures are retried, the delivery log shows each attempt, and the checkpoints the receiver kept verify offline
 * against the events ({@code audit verify --checkpoints DIR}).
 */
@ApiTest
class WitnessesApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired AuditLog log;
    @Autowired TenantScope tenants;
    @Autowired JdbcClient jdbc;
    @Autowired dev.annota.crypto.TenantKeys keys;
    @TempDir Path dir;

    Organization lab;
    CurrentUser admin;
    ApiClient adminApi;

    @BeforeEach
    void lab() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Witnessed lab");
        admin = fixtures.user(lab, Role.ADMIN);
        adminApi = fixtures.client(admin);
    }

    private JsonNode addWitness(String url) {
        var created = adminApi.postJson("/api/v1/audit/witnesses", "{\"url\":\"" + url + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    /** A few administrative acts in the lab's log, then a checkpoint signed on demand; returns its note. */
    private String actsAndACheckpoint(int acts) {
        for (int i = 0; i < acts; i++) {
            tokens.issue(admin, "act " + i, 1);
        }
        var signed = adminApi.post("/api/v1/audit/checkpoint", "text/plain", java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(signed.status()).isEqualTo(200);
        return signed.text();
    }

    private int verify(String... args) {
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);
        var command = new ArrayList<String>(List.of("verify"));
        command.addAll(List.of(args));
        int status = AuditCommand.run(command.toArray(String[]::new), print, print);
        lastOutput = out.toString(StandardCharsets.UTF_8);
        return status;
    }

    private String lastOutput;

    @Test
    void eachSignedCheckpointReachesTheWitnessSignedAndTheKeptCheckpointsVerifyAgainstTheEvents() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            JsonNode created = addWitness(receiver.url());
            String secret = created.get("secret").asString();
            assertThat(secret).startsWith("whsec_");
            String witness = created.get("witness").get("id").asString();
            assertThat(created.get("witness").get("state").asString()).isEqualTo("ACTIVE");
            assertThat(adminApi.get("/api/v1/audit/witnesses").text()).contains(witness).doesNotContain(secret);

            String first = actsAndACheckpoint(3);
            await("the first checkpoint at the witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(first)));
            String second = actsAndACheckpoint(2);
            await("the second checkpoint at the witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(second)));

            for (var r : receiver.received) {
                assertThat(r.signedWith(secret)).as("signature of " + r.id()).isTrue();
                assertThat(r.contentType()).startsWith("text/plain");
            }
            assertThat(receiver.received.getFirst().signedWith(WebhookSignature.newSecret())).as("another secret").isFalse();

            // The delivery's attempt is recorded once the witness's answer is back in the sender, a moment after the
            // witness accepted it: wait for the second one in the log too.
            String deliveries = "/api/v1/audit/witnesses/" + witness + "/deliveries";
            long secondSize = sizeOf(second);
            await("the second delivery in the witness's log", () -> {
                for (JsonNode attempt : adminApi.get(deliveries).json()) {
                    if (attempt.get("treeSize").asLong() == secondSize) {
                        return true;
                    }
                }
                return false;
            });
            JsonNode log = adminApi.get(deliveries).json();
            var sizes = new ArrayList<Long>();
            for (JsonNode attempt : log) {
                assertThat(attempt.get("statusCode").asInt()).isEqualTo(200);
                assertThat(attempt.get("deliveryState").asString()).isEqualTo("DELIVERED");
                assertThat(attempt.get("attemptedAt").isNull()).isFalse();
                sizes.add(attempt.get("treeSize").asLong());
            }
            assertThat(sizes).contains(sizeOf(first), sizeOf(second));

            // What the witness kept, one file per checkpoint, against the events of the latest checkpoint.
            Path kept = Files.createDirectories(dir.resolve("kept"));
            for (var r : receiver.accepted()) {
                Files.write(kept.resolve(r.id() + ".txt"), r.body());
            }
            Path key = Files.writeString(dir.resolve("key.pem"), adminApi.get("/api/v1/audit/public-key.pem").text());
            Path latest = Files.writeString(dir.resolve("latest.txt"), second);
            Path events = Files.write(dir.resolve("events.jsonl"),
                    adminApi.get("/api/v1/audit/events?size=" + sizeOf(second) + "&limit=100000").body());
            assertThat(verify("--public-key", key.toString(), "--events", events.toString(), "--checkpoint", latest.toString(),
                    "--checkpoints", kept.toString())).as(lastOutput).isZero();
            assertThat(lastOutput).contains("kept checkpoint OK: ").contains("VERIFIED");

            // A tampered copy of a kept checkpoint (its root replaced) fails, and names the file.
            Path tampered = Files.createDirectories(dir.resolve("tampered"));
            for (var r : receiver.accepted()) {
                Files.write(tampered.resolve(r.id() + ".txt"), r.body());
            }
            String victim = receiver.accepted().getFirst().id() + ".txt";
            String[] lines = Files.readString(tampered.resolve(victim)).split("\n", -1);
            lines[2] = Base64.getEncoder().encodeToString(new byte[32]);
            Files.writeString(tampered.resolve(victim), String.join("\n", lines));
            assertThat(verify("--public-key", key.toString(), "--events", events.toString(), "--checkpoint", latest.toString(),
                    "--checkpoints", tampered.toString())).as(lastOutput).isEqualTo(1);
            assertThat(lastOutput).contains("kept checkpoint FAILED: " + victim);

            // Events rewritten under the kept checkpoints: one edited line of the first checkpoint's range fails them.
            List<String> eventLines = new ArrayList<>(Files.readAllLines(events));
            eventLines.set(0, eventLines.getFirst().replace("\"token.issue\"", "\"token.revoke\""));
            Path rewritten = Files.write(dir.resolve("rewritten.jsonl"), (String.join("\n", eventLines) + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(verify("--public-key", key.toString(), "--events", rewritten.toString(), "--checkpoint", latest.toString(),
                    "--checkpoints", kept.toString())).isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatFailsTwiceIsRetriedUntilItTakesTheCheckpointAndTheDeliveryLogShowsEachAttempt() throws Exception {
        try (var receiver = new WebhookReceiver(n -> n < 2 ? 500 : 200)) {
            String witness = addWitness(receiver.url()).get("witness").get("id").asString();
            String note = actsAndACheckpoint(1);
            await("the checkpoint accepted after two failures", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(note)));
            assertThat(receiver.received).hasSize(3);
            assertThat(receiver.received.stream().map(WebhookReceiver.Received::id).distinct())
                    .as("every retry of a delivery has its webhook-id").hasSize(1);

            JsonNode attempts = adminApi.get("/api/v1/audit/witnesses/" + witness + "/deliveries").json();
            var statuses = new ArrayList<Integer>();
            attempts.forEach(a -> statuses.add(a.get("statusCode").asInt()));
            assertThat(statuses).as("newest first").containsExactly(200, 500, 500);
            assertThat(attempts.get(2).get("error").asString()).isEqualTo("HTTP 500");
            JsonNode after = adminApi.get("/api/v1/audit/witnesses/" + witness).json();
            assertThat(after.get("pendingDeliveries").asLong()).isZero();
            assertThat(after.get("lastDeliveredAt").isNull()).isFalse();
        }
    }

    @Test
    void aCheckpointThatRollsBackIsNeverDelivered() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            String witness = addWitness(receiver.url()).get("witness").get("id").asString();
            long before = log.treeSize(lab.id());
            try {
                tenants.write(lab.id(), () -> {
                    log.record(AuditEvent.administrative(lab.id(), AuditEvent.LOG_DOWNLOAD, admin.id(), lab.id(), null, null, null,
                            java.time.Instant.now()));
                    log.integrate(lab.id());
                    assertThat(deliveries(witness)).as("written with the checkpoint, in its transaction").isPositive();
                    throw new IllegalStateException("the checkpoint's transaction fails");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertThat(log.treeSize(lab.id())).isEqualTo(before);
            assertThat(deliveries(witness)).isZero();
            assertThat(jdbc.sql("select count(*) from witness_due where tenant_id = ?").param(lab.id()).query(Long.class).single()).isZero();
            Thread.sleep(700);
            assertThat(receiver.received).isEmpty();
        }
    }

    private long deliveries(String witness) {
        return tenants.read(lab.id(), () -> jdbc.sql("select count(*) from witness_deliveries where tenant_id = ? and witness_id = ?")
                .params(lab.id(), UUID.fromString(witness)).query(Long.class).single());
    }

    @Test
    void aUrlIntoTheServersOwnNetworkIsRefusedNamingTheField() {
        for (String url : List.of("http://localhost:8080/witness", "http://10.1.2.3/witness", "http://192.168.0.10/w",
                "http://169.254.169.254/latest/meta-data", "http://[::1]:9000/w", "http://[fd00::1]/w", "http://0.0.0.0/w",
                "http://224.0.0.1/w", "ftp://witness.example/w", "http://user:pw@127.0.0.1/w", "not a url")) {
            var refused = adminApi.postJson("/api/v1/audit/witnesses", "{\"url\":\"" + url + "\"}");
            assertThat(refused.status()).as(url + ": " + refused.text()).isEqualTo(422);
            assertThat(refused.json().get("field").asString()).isEqualTo("url");
        }
        var missing = adminApi.postJson("/api/v1/audit/witnesses", "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("field").asString()).isEqualTo("url");
        assertThat(adminApi.get("/api/v1/audit/witnesses").json().size()).isZero();
    }

    @Test
    void anotherOrganizationsAdminFindsNoWitnessAndOtherRolesAreRefused() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            String witness = addWitness(receiver.url()).get("witness").get("id").asString();
            ApiClient outsider = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN));
            String base = "/api/v1/audit/witnesses/" + witness;
            assertThat(outsider.get(base).status()).isEqualTo(404);
            assertThat(outsider.get(base + "/deliveries").status()).isEqualTo(404);
            assertThat(outsider.postJson(base + "/secret", "{}").status()).isEqualTo(404);
            assertThat(outsider.postJson(base + "/redeliver", "{}").status()).isEqualTo(404);
            assertThat(outsider.delete(base).status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/audit/witnesses").text()).doesNotContain(witness).doesNotContain(receiver.url());

            for (Role role : List.of(Role.MANAGER, Role.REVIEWER, Role.ANNOTATOR)) {
                ApiClient member = fixtures.client(fixtures.user(lab, role));
                assertThat(member.get("/api/v1/audit/witnesses").status()).as(role.name()).isEqualTo(403);
                assertThat(member.postJson("/api/v1/audit/witnesses", "{\"url\":\"" + receiver.url() + "\"}").status()).isEqualTo(403);
                assertThat(member.delete(base).status()).isEqualTo(403);
            }
            assertThat(adminApi.get(base).status()).as("still there").isEqualTo(200);
        }
    }

    @Test
    void everyChangeOfAWitnessIsAnAdministrativeActInTheLog() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            String witness = addWitness(receiver.url()).get("witness").get("id").asString();
            String note = actsAndACheckpoint(0);
            await("the checkpoint at the witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(note)));
            String rotated = adminApi.postJson("/api/v1/audit/witnesses/" + witness + "/secret", "{}").json().get("secret").asString();
            var again = adminApi.postJson("/api/v1/audit/witnesses/" + witness + "/redeliver?size=" + sizeOf(note), "{}");
            assertThat(again.status()).as(again.text()).isEqualTo(202);
            // A scheduled checkpoint (of the rotation's and redelivery's acts) may arrive in between: find the one sent again.
            await("the checkpoint sent again, under the new secret",
                    () -> receiver.accepted().stream().filter(r -> r.note().equals(note)).count() >= 2);
            var resent = receiver.accepted().stream().filter(r -> r.note().equals(note)).toList().getLast();
            assertThat(resent.note()).isEqualTo(note);
            assertThat(resent.signedWith(rotated)).isTrue();
            assertThat(adminApi.delete("/api/v1/audit/witnesses/" + witness).status()).isEqualTo(204);
            assertThat(adminApi.get("/api/v1/audit/witnesses/" + witness).status()).isEqualTo(404);

            log.integrate(lab.id());
            var acts = new ArrayList<String>();
            log.lines(lab.id(), 0, log.treeSize(lab.id()), line -> {
                JsonNode e = JSON.readTree(line);
                if (e.get("action").asString().startsWith("witness.")) {
                    assertThat(e.get("target").asString()).isEqualTo(witness);
                    assertThat(e.get("actor").asString()).isEqualTo(admin.id().toString());
                    assertThat(e.get("items").asLong()).isZero();
                    acts.add(e.get("action").asString());
                }
            });
            assertThat(acts).containsExactly(AuditEvent.WITNESS_ADD, AuditEvent.WITNESS_ROTATE, AuditEvent.WITNESS_REDELIVER,
                    AuditEvent.WITNESS_REMOVE);
        }
    }

    @Test
    void theSecretIsSealedUnderTheOrganizationsKeysAndStillSignsAfterAKeyRotationReencryptedIt() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            JsonNode created = addWitness(receiver.url());
            String secret = created.get("secret").asString();
            UUID witness = UUID.fromString(created.get("witness").get("id").asString());
            String stored = tenants.read(lab.id(), () -> jdbc.sql("select secret from witnesses where tenant_id = ? and id = ?")
                    .params(lab.id(), witness).query(String.class).single());
            assertThat(stored).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.substring(6));

            keys.rotate(lab.id(), admin.id());
            keys.reencryptNow(Duration.ofSeconds(30));
            String rewritten = tenants.read(lab.id(), () -> jdbc.sql("select secret from witnesses where tenant_id = ? and id = ?")
                    .params(lab.id(), witness).query(String.class).single());
            assertThat(rewritten).as("re-encrypted under the new primary key").isNotEqualTo(stored);

            String note = actsAndACheckpoint(1);
            await("the checkpoint at the witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(note)));
            assertThat(receiver.accepted().getLast().signedWith(secret)).isTrue();
        }
    }

    @Test
    void aDeliveryFailingForTheWholeRetryPeriodDisablesTheWitnessAndSendingAgainEnablesIt() throws Exception {
        var status = new java.util.concurrent.atomic.AtomicInteger(503);
        try (var receiver = new WebhookReceiver(n -> status.get())) {
            String witness = addWitness(receiver.url()).get("witness").get("id").asString();
            String note = actsAndACheckpoint(1);
            await("a first failed attempt", () -> !receiver.received.isEmpty());
            // As if the receiver had been failing since yesterday: the next failure is past the retry period (25 h).
            tenants.write(lab.id(), () -> jdbc.sql("update witness_deliveries set created_at = ? where tenant_id = ?")
                    .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(26))), lab.id()).update());
            await("the witness disabled", () -> adminApi.get("/api/v1/audit/witnesses/" + witness).json()
                    .get("state").asString().equals("DISABLED"));
            JsonNode disabled = adminApi.get("/api/v1/audit/witnesses/" + witness).json();
            assertThat(disabled.get("disabledReason").asString()).contains("failed for 25 hours");
            assertThat(disabled.get("pendingDeliveries").asLong()).isZero();
            int attempts = receiver.received.size();
            assertThat(adminApi.get("/api/v1/audit/witnesses/" + witness + "/deliveries").json().get(0).get("deliveryState").asString())
                    .isEqualTo("FAILED");

            // A disabled witness is sent nothing new...
            String later = actsAndACheckpoint(1);
            Thread.sleep(700);
            assertThat(receiver.received).hasSize(attempts);
            // ...until its admin sends the latest checkpoint again, which enables it.
            status.set(200);
            assertThat(adminApi.postJson("/api/v1/audit/witnesses/" + witness + "/redeliver", "{}").status()).isEqualTo(202);
            await("the latest checkpoint at the repaired witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(later)));
            assertThat(adminApi.get("/api/v1/audit/witnesses/" + witness).json().get("state").asString()).isEqualTo("ACTIVE");

            log.integrate(lab.id());
            var disables = new ArrayList<JsonNode>();
            log.lines(lab.id(), 0, log.treeSize(lab.id()), line -> {
                JsonNode e = JSON.readTree(line);
                if (e.get("action").asString().equals(AuditEvent.WITNESS_DISABLE)) {
                    disables.add(e);
                }
            });
            assertThat(disables).hasSize(1);
            assertThat(disables.getFirst().get("actor").asString()).isEqualTo(AuditEvent.SYSTEM.toString());
            assertThat(disables.getFirst().get("target").asString()).isEqualTo(witness);
            assertThat(note).isNotEqualTo(later);
        }
    }

    @Test
    void aDeletedOrganizationsWitnessesGoWithItAndItsFinalCheckpointQueuesNoDelivery() throws Exception {
        try (var receiver = WebhookReceiver.answering(200)) {
            addWitness(receiver.url());
            String note = actsAndACheckpoint(1);
            await("the checkpoint at the witness", () -> receiver.accepted().stream().anyMatch(r -> r.note().equals(note)));
            int before = receiver.received.size();
            var deleted = adminApi.postJson("/api/v1/organizations/" + lab.id() + "/deletion",
                    "{\"confirmOrganizationName\":\"" + lab.name() + "\"}");
            assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
            for (String table : List.of("witnesses", "witness_deliveries", "witness_attempts", "witness_due")) {
                assertThat(jdbc.sql("select count(*) from " + table + " where tenant_id = ?").param(lab.id()).query(Long.class).single())
                        .as(table).isZero();
            }
            Thread.sleep(700);
            assertThat(receiver.received).hasSize(before);
        }
    }

    private static long sizeOf(String note) {
        return Long.parseLong(note.split("\n")[1]);
    }
}
