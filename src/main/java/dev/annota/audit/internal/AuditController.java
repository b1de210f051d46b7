package dev.annota.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.annota.failure.Damaged;
import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's organization's access log, for its admins and managers only (anyone else gets 404, as if there were
 * none): events as JSON Lines, signed checkpoints, inclusion and consistency proofs, and the public key to check them.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Access log", description = "Tamper-evident log of payload views and administrative acts (RFC 9162 Merkle tree)")
record AuditController(AuditLog log, IntegrityAlarms alarms, java.time.Clock clock) {

    private static final int MAX_PAGE = 100_000;
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    @GetMapping(value = "/events", produces = "application/x-ndjson")
    @Operation(operationId = "exportAuditEvents", summary = "Events [from, from+limit) of the tree of `size` (default: the latest checkpoint's), one canonical JSON line each; "
            + "header Audit-Next-From when more remain")
    @ApiResponse(responseCode = "200", description = "The events, one canonical JSON object a line; headers Audit-Tree-Size "
            + "and, when more remain, Audit-Next-From", content = @Content(mediaType = "application/x-ndjson",
            schema = @Schema(type = "string", format = "binary")))
    void events(CurrentUser caller, @Parameter(description = "The first event's index, from 0") @RequestParam(defaultValue = "0") long from,
                @Parameter(description = "The most events to answer with") @RequestParam(defaultValue = "10000") int limit,
                @Parameter(description = "The tree size (a checkpoint's) the events are read from; default: the latest checkpoint's")
                @RequestParam(required = false) Long size, HttpServletResponse response) throws IOException {
        UUID tenant = tenantOf(caller);
        long treeSize = size != null ? size : log.latest(tenant).map(AuditLog.StoredCheckpoint::size).orElse(0L);
        if (from < 0 || limit < 1 || limit > MAX_PAGE || treeSize < 0 || treeSize > log.treeSize(tenant) || from > treeSize) {
            throw bad("0 <= from <= size, 1 <= limit <= " + MAX_PAGE + ", size at most the number of sequenced events");
        }
        long to = Math.min(treeSize, from + limit);
        // Committed before the first line is sent; it lands after the downloaded range (the tree of `size` is fixed).
        log.record(dev.annota.audit.AuditEvent.administrative(tenant, dev.annota.audit.AuditEvent.LOG_DOWNLOAD, caller.id(),
                caller.orgId(), null, null, "from=" + from + ",to=" + to + ",size=" + treeSize, java.time.Instant.now(clock)));
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Audit-Tree-Size", Long.toString(treeSize));
        if (to < treeSize) {
            response.setHeader("Audit-Next-From", Long.toString(to));
        }
        OutputStream out = response.getOutputStream();
        try {
            log.lines(tenant, from, to, line -> {
                try {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (LogIncomplete | IntegrityAlarm damaged) {
            if (response.isCommitted()) {
                // Cannot happen (AuditLog.lines checks the whole range before its first line), but if it did: an
                // exception no handler answers makes the servlet container close the connection mid-response, so the
                // client sees a broken download, never a short well-formed one.
                throw new IllegalStateException("Access log download aborted: " + damaged.getMessage(), damaged);
            }
            response.reset();
            throw damaged(damaged);
        }
    }

    @GetMapping("/alarms")
    @Operation(operationId = "listAuditAlarms", summary = "Integrity alarms: each time the server refused to sign a checkpoint over a history changed in the "
            + "database, or found the stored log damaged (newest first)")
    Map<String, Object> alarms(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        var list = alarms.of(tenant).stream().map(a -> {
            var d = a.details();
            var body = new LinkedHashMap<String, Object>();
            body.put("id", d.id());
            body.put("raised_at", d.raisedAt().toString());
            body.put("kind", d.kind().name());
            body.put("detail", d.detail());
            body.put("signed_size", d.signedSize());
            body.put("signed_root", d.signedRootBase64());
            body.put("database_size", d.databaseSize());
            body.put("database_root", d.databaseRootBase64());
            // false: the database no longer holds it; this server instance remembers raising it.
            body.put("stored", a.stored());
            return body;
        }).toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("alarms", list);
        return body;
    }

    @GetMapping(value = "/checkpoint", produces = "text/plain")
    @Operation(operationId = "getLatestCheckpoint", summary = "The latest signed checkpoint (C2SP signed note: origin, tree size, root hash, Ed25519 signature)")
    org.springframework.http.ResponseEntity<String> latest(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        var checkpoint = log.latest(tenant).orElseGet(() -> signed(tenant));
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(checkpoint.note());
    }

    private AuditLog.StoredCheckpoint signed(UUID tenant) {
        try {
            return log.integrate(tenant);
        } catch (IntegrityAlarm refused) {
            throw damaged(refused);
        }
    }

    @PostMapping(value = "/checkpoint", produces = "text/plain")
    @Operation(operationId = "publishCheckpoint", summary = "Sequence every pending event now and return the resulting signed checkpoint")
    org.springframework.http.ResponseEntity<String> publish(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(signed(tenant).note());
    }

    @GetMapping(value = "/checkpoints/{size}", produces = "text/plain")
    @Operation(operationId = "getCheckpoint", summary = "The signed checkpoint of an earlier tree size")
    org.springframework.http.ResponseEntity<String> checkpoint(CurrentUser caller, @Parameter(description = "The tree size the checkpoint signs") @PathVariable long size) {
        UUID tenant = tenantOf(caller);
        var checkpoint = log.checkpoint(tenant, size).orElseThrow(() -> new NotFound("No checkpoint of that size."));
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(checkpoint.note());
    }

    @GetMapping("/proofs/inclusion")
    @Operation(operationId = "getInclusionProof", summary = "Inclusion proof of the event at `index` in the tree of `size` (default: the latest checkpoint's)")
    Map<String, Object> inclusion(CurrentUser caller, @Parameter(description = "The event's index in the log, from 0") @RequestParam long index, @Parameter(description = "The tree size to prove inclusion in; default: the latest checkpoint's") @RequestParam(required = false) Long size) {
        UUID tenant = tenantOf(caller);
        long treeSize = size != null ? size : log.latest(tenant).map(AuditLog.StoredCheckpoint::size).orElse(0L);
        if (index < 0 || index >= treeSize || treeSize > log.treeSize(tenant)) {
            throw bad("index must be below the tree size, and the size at most the number of sequenced events");
        }
        AuditLog.Proof proof = proved(() -> log.inclusionProof(tenant, index, treeSize));
        var body = new LinkedHashMap<String, Object>();
        body.put("leaf_index", proof.index());
        body.put("tree_size", proof.size2());
        body.put("leaf_hash", b64(proof.leafHash()));
        body.put("proof", proof.path().stream().map(AuditController::b64).toList());
        return body;
    }

    @GetMapping("/proofs/consistency")
    @Operation(operationId = "getConsistencyProof", summary = "Consistency proof (RFC 9162 2.1.4) that the tree of size `to` extends the tree of size `from`")
    Map<String, Object> consistency(CurrentUser caller, @RequestParam long from, @RequestParam long to) {
        UUID tenant = tenantOf(caller);
        if (from < 1 || from > to || to > log.treeSize(tenant)) {
            throw bad("1 <= from <= to <= the number of sequenced events");
        }
        AuditLog.Proof proof = proved(() -> log.consistencyProof(tenant, from, to));
        var body = new LinkedHashMap<String, Object>();
        body.put("size1", proof.size1());
        body.put("size2", proof.size2());
        body.put("proof", proof.path().stream().map(AuditController::b64).toList());
        return body;
    }

    @GetMapping("/public-key")
    @Operation(operationId = "getAuditPublicKey", summary = "The server's Ed25519 checkpoint key: raw (base64), PEM, this organization's origin and key id, and the "
            + "key's fingerprint (SHA256:hex, what an importer of this instance's project bundles pins)")
    Map<String, Object> publicKey(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        byte[] key = log.publicKey();
        var body = new LinkedHashMap<String, Object>();
        body.put("algorithm", "Ed25519");
        body.put("public_key", b64(key));
        body.put("pem", SignedNote.toPem(key));
        body.put("origin", log.origin(tenant));
        body.put("key_id", b64(SignedNote.keyHash(log.origin(tenant), key)));
        // What an importer of this instance's project bundles pins (POST /api/v1/projects/bundle?signer=...).
        body.put("fingerprint", dev.annota.audit.OfflineProofs.fingerprint(key));
        return body;
    }

    @GetMapping(value = "/public-key.pem", produces = "application/x-pem-file")
    @Operation(operationId = "getAuditPublicKeyPem", summary = "The server's Ed25519 checkpoint key as a PEM SubjectPublicKeyInfo")
    @ApiResponse(responseCode = "200", description = "The key file, for `audit verify --public-key`",
            content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string", format = "binary")))
    org.springframework.http.ResponseEntity<String> publicKeyPem(CurrentUser caller) {
        tenantOf(caller);
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(SignedNote.toPem(log.publicKey()));
    }

    /**
     * The caller's own organization's log: a customer's admins and managers; a workforce's or the operator's admins
     * (their logs hold the administrative acts on their own users, tokens and settings). Anyone else: 404.
     */
    private static UUID tenantOf(CurrentUser caller) {
        boolean customerReader = caller.orgKind() == OrganizationKind.CUSTOMER && caller.hasAny(Role.ADMIN, Role.MANAGER);
        if (!customerReader && !caller.has(Role.ADMIN)) {
            throw new NotFound("No access log here.");
        }
        return caller.orgId();
    }

    private static Invalid bad(String detail) {
        return new Invalid(Kind.MALFORMED, "Invalid access log request", detail);
    }

    /** A proof from the log: sizes it refuses are a bad request, a log it cannot prove from is damaged. */
    private static AuditLog.Proof proved(Supplier<AuditLog.Proof> proof) {
        try {
            return proof.get();
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        } catch (LogIncomplete | IntegrityAlarm damaged) {
            throw damaged(damaged);
        }
    }

    /**
     * The stored log failed a check: a 500, because only a change made in the database itself (never a request) can
     * cause it, with a problem document saying what is wrong and where.
     */
    private static Failure damaged(RuntimeException damage) {
        Failure failure = switch (damage) {
            case LogIncomplete incomplete -> new Damaged("The access log is incomplete", damage.getMessage(), damage)
                    .with("index", incomplete.index());
            case IntegrityAlarm alarm -> new Damaged("Access log integrity alarm", damage.getMessage(), damage)
                    .with("kind", alarm.details().kind().name());
            default -> new Damaged(null, damage.getMessage(), damage);
        };
        return failure.with("alarms", "/api/v1/audit/alarms");
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
