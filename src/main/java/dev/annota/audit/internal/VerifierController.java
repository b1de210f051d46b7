package dev.annota.audit.internal;

import dev.annota.failure.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The offline verifier of the access log: this instance's own jar, its name and hash, for any signed-in user. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Access log")
record VerifierController(VerifierJar jar) {

    /** What the access log page shows: whether the jar can be downloaded here, under which name, and its SHA-256. */
    record Verifier(boolean available, String name, Long bytes, String sha256, String command) {
    }

    @GetMapping("/verifier")
    @Operation(operationId = "getVerifierInstructions", summary = "The verifier's jar name, size and SHA-256, and the command that runs it; available=false when "
            + "this instance runs from a source build")
    Verifier verifier() {
        return jar.find()
                .map(f -> new Verifier(true, f.name(), f.bytes(), f.sha256(), "java -jar " + f.name() + " audit verify"))
                .orElse(new Verifier(false, "annota.jar", null, null, "java -jar annota.jar audit verify"));
    }

    @GetMapping(value = "/verifier.jar", produces = "application/java-archive")
    @Operation(operationId = "downloadVerifier", summary = "This instance's jar, which verifies a downloaded access log offline (`java -jar annota.jar audit verify`)")
    ResponseEntity<FileSystemResource> download() {
        var found = jar.find().orElseThrow(() -> new NotFound("This instance runs from a source build, not from its jar: "
                + "build the jar with ./mvnw package (target/annota.jar) to verify with."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/java-archive"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(found.name()).build().toString())
                .header("Digest-SHA-256", found.sha256())
                .contentLength(found.bytes())
                .body(new FileSystemResource(found.file()));
    }
}
