package dev.annota.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
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
class AuditController {

    private static final int MAX_PAGE = 100_000;
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final AuditLog log;
    private final java.time.Clock clock;

    AuditController(AuditLog log, java.time.Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping(value = "/events", produces = "application/x-ndjson")
    @Operation(summary = "Events [from, from+limit) of the tree of `size` (default: the latest checkpoint's), one canonical JSON line each; "
            + "header Audit-Next-From when more remain")
    void events(CurrentUser caller, @RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "10000") int limit,
                @RequestParam(required = false) Long size, HttpServletResponse response) throws IOException {
        UUID tenant = tenantOf(caller);
        long treeSize = size != null ? size : log.latest(tenant).map(AuditLog.StoredCheckpoint::size).orElse(0L);
        if (from < 0 || limit < 1 || limit > MAX_PAGE || treeSize < 0 || treeSize > log.treeSize(tenant)) {
            throw bad("from >= 0, 1 <= limit <= " + MAX_PAGE + ", size at most the number of sequenced events");
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
        log.lines(tenant, from, to, line -> {
            try {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping(value = "/checkpoint", produces = "text/plain")
    @Operation(summary = "The latest signed checkpoint (C2SP signed note: origin, tree size, root hash, Ed25519 signature)")
    org.springframework.http.ResponseEntity<String> latest(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        var checkpoint = log.latest(tenant).orElseGet(() -> log.integrate(tenant));
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(checkpoint.note());
    }

    @PostMapping(value = "/checkpoint", produces = "text/plain")
    @Operation(summary = "Sequence every pending event now and return the resulting signed checkpoint")
    org.springframework.http.ResponseEntity<String> publish(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(log.integrate(tenant).note());
    }

    @GetMapping(value = "/checkpoints/{size}", produces = "text/plain")
    @Operation(summary = "The signed checkpoint of an earlier tree size")
    org.springframework.http.ResponseEntity<String> checkpoint(CurrentUser caller, @PathVariable long size) {
        UUID tenant = tenantOf(caller);
        var checkpoint = log.checkpoint(tenant, size).orElseThrow(() -> notFound("No checkpoint of that size."));
        return org.springframework.http.ResponseEntity.ok().contentType(TEXT).body(checkpoint.note());
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "Inclusion proof of the event at `index` in the tree of `size` (default: the latest checkpoint's)")
    Map<String, Object> inclusion(CurrentUser caller, @RequestParam long index, @RequestParam(required = false) Long size) {
        UUID tenant = tenantOf(caller);
        long treeSize = size != null ? size : log.latest(tenant).map(AuditLog.StoredCheckpoint::size).orElse(0L);
        if (index < 0 || index >= treeSize || treeSize > log.treeSize(tenant)) {
            throw bad("index must be below the tree size, and the size at most the number of sequenced events");
        }
        var proof = log.inclusionProof(tenant, index, treeSize);
        var body = new LinkedHashMap<String, Object>();
        body.put("leaf_index", proof.index());
        body.put("tree_size", proof.size2());
        body.put("leaf_hash", b64(proof.leafHash()));
        body.put("proof", proof.path().stream().map(AuditController::b64).toList());
        return body;
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "Consistency proof (RFC 9162 2.1.4) that the tree of size `to` extends the tree of size `from`")
    Map<String, Object> consistency(CurrentUser caller, @RequestParam long from, @RequestParam long to) {
        UUID tenant = tenantOf(caller);
        if (from < 1 || from > to || to > log.treeSize(tenant)) {
            throw bad("1 <= from <= to <= the number of sequenced events");
        }
        var proof = log.consistencyProof(tenant, from, to);
        var body = new LinkedHashMap<String, Object>();
        body.put("size1", proof.size1());
        body.put("size2", proof.size2());
        body.put("proof", proof.path().stream().map(AuditController::b64).toList());
        return body;
    }

    @GetMapping("/public-key")
    @Operation(summary = "The server's Ed25519 checkpoint key: raw (base64), PEM, and this organization's origin and key id")
    Map<String, Object> publicKey(CurrentUser caller) {
        UUID tenant = tenantOf(caller);
        byte[] key = log.publicKey();
        var body = new LinkedHashMap<String, Object>();
        body.put("algorithm", "Ed25519");
        body.put("public_key", b64(key));
        body.put("pem", SignedNote.toPem(key));
        body.put("origin", log.origin(tenant));
        body.put("key_id", b64(SignedNote.keyHash(log.origin(tenant), key)));
        return body;
    }

    @GetMapping(value = "/public-key.pem", produces = "application/x-pem-file")
    @Operation(summary = "The server's Ed25519 checkpoint key as a PEM SubjectPublicKeyInfo")
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
            throw notFound("No access log here.");
        }
        return caller.orgId();
    }

    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }

    private static ErrorResponseException bad(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid access log request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

}
