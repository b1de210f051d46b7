package dev.annota.bundle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A project as one signed archive, out of an instance and into another (docs/bundles.md). */
@RestController
@Tag(name = "Project bundles", description = "Whole-project moves: download a signed archive of a project, import it elsewhere")
class BundleController {

    private final Projects projects;
    private final BundleExport export;
    private final BundleImport restore;
    private final ProvenanceStore provenance;
    private final TenantScope tenants;
    private final JsonMapper json;
    private final long maxBytes;

    BundleController(Projects projects, BundleExport export, BundleImport restore, ProvenanceStore provenance,
                     TenantScope tenants, JsonMapper json,
                     @org.springframework.beans.factory.annotation.Value("${annota.bundles.max-bytes}")
                     org.springframework.util.unit.DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
        this.projects = projects;
        this.export = export;
        this.restore = restore;
        this.provenance = provenance;
        this.tenants = tenants;
        this.json = json;
    }

    @GetMapping(value = "/api/v1/projects/{projectId}/bundle", produces = "application/zip")
    @Operation(operationId = "downloadProjectBundle", summary = "The whole project as one zip archive, streamed: schema and guidelines versions, items, images, "
            + "predictions, every annotation version, reviews, gold, quality settings, the project's access events with "
            + "their inclusion proofs and the signed checkpoint, and manifest.json (SHA-256 and size of every entry) signed "
            + "by the access log key (manifest.sig). The owning organization's admins and managers only; recorded in the "
            + "access log (project.bundle.export). Check it offline: java -jar annota.jar bundle verify")
    void download(CurrentUser caller, @PathVariable UUID projectId, HttpServletResponse response) throws IOException {
        ProjectAccess access = projects.access(caller, projectId);
        BundleExport.requireAllowed(access);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + projectId + ".bundle.zip\"");
        OutputStream out = response.getOutputStream();
        export.write(access, out);
    }

    @PostMapping(value = "/api/v1/projects/bundle", consumes = {"application/zip", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "importProjectBundle", summary = "Recreate a project from a bundle (the body) in the caller's organization, under new ids, sealed "
            + "under this organization's keys; the old ids are kept (GET /projects/{id}/provenance). All or nothing: a "
            + "bundle that is damaged, changed after signing or not restorable is a 422 naming the entry and line. "
            + "signer pins the exporting instance's key (its fingerprint, SHA256:hex, from GET /api/v1/audit/public-key there); "
            + "without it the signature is checked against the key the bundle names and that key's fingerprint is recorded; "
            + "larger than annota.bundles.max-bytes: 413",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the bundle",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/zip",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    Map<String, Object> upload(CurrentUser caller,
                               @Parameter(description = "the fingerprint of the key that must have signed the bundle: SHA256:<hex>")
                               @RequestParam(required = false) String signer,
                               HttpServletRequest request) throws IOException {
        BundleImport.requireAllowed(caller);
        Path file = Files.createTempFile("annota-bundle-", ".zip");
        try {
            // Spooled to disk (a zip's directory is at its end), never more than the limit.
            try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new Invalid(Invalid.Kind.TOO_LARGE, "Bundle too large",
                                "A bundle is at most " + maxBytes + " bytes here (annota.bundles.max-bytes).");
                    }
                    out.write(buffer, 0, n);
                }
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                var done = restore.restore(caller, zip, signer);
                var body = new LinkedHashMap<String, Object>();
                body.put("project_id", done.projectId());
                body.put("source_project_id", done.sourceProjectId());
                body.put("source_origin", done.sourceOrigin());
                body.put("signer_fingerprint", done.signerFingerprint());
                body.put("signer_pinned", done.signerPinned());
                body.put("rows", done.rows());
                return body;
            } catch (ZipException e) {
                throw new Invalid(Invalid.Kind.UNSUPPORTED_FORMAT, "Not a project bundle", "The body is not a zip archive.");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/api/v1/projects/{projectId}/provenance")
    @Operation(operationId = "getProjectProvenance", summary = "Where an imported project came from: the source instance's access log origin, the source project, "
            + "the signer key's fingerprint and whether the importer pinned it; 404 for a project not imported from a bundle")
    Map<String, Object> origin(CurrentUser caller, @PathVariable UUID projectId) {
        ProjectAccess access = projects.access(caller, projectId);
        BundleExport.requireAllowed(access);
        var origin = tenants.read(access.tenantId(), () -> provenance.originOf(access.tenantId(), projectId))
                .orElseThrow(() -> new NotFound("This project was not imported from a bundle."));
        var body = new LinkedHashMap<String, Object>();
        body.put("project_id", origin.projectId());
        body.put("source_project_id", origin.sourceProjectId());
        body.put("source_origin", origin.sourceOrigin());
        body.put("signer_fingerprint", origin.signerFingerprint());
        body.put("signer_pinned", origin.signerPinned());
        body.put("manifest_sha256", origin.manifestSha256());
        body.put("imported_by", origin.importedBy());
        body.put("imported_at", origin.importedAt().toString());
        return body;
    }

    @GetMapping(value = "/api/v1/projects/{projectId}/provenance/ids", produces = "application/x-ndjson")
    @Operation(operationId = "listProvenanceIds", summary = "Every id an import replaced, one JSON line each: new_id, old_id (the id in the bundle) and kind "
            + "(project, schema, guidelines, image, item, annotation, review, review_decision, person, organization, assignment)")
    void ids(CurrentUser caller, @PathVariable UUID projectId, HttpServletResponse response) throws IOException {
        ProjectAccess access = projects.access(caller, projectId);
        BundleExport.requireAllowed(access);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        tenants.read(access.tenantId(), () -> {
            provenance.mappings(access.tenantId(), projectId, m -> {
                var row = new LinkedHashMap<String, Object>();
                row.put("new_id", m.newId().toString());
                row.put("old_id", m.oldId().toString());
                row.put("kind", m.kind());
                try {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        });
        out.flush();
    }
}
