package dev.annota.annotation.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.item.PayloadViews;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/exports")
@Tag(name = "Annotations", description = "Progress per annotator and export of labels")
record ExportJobController(Projects projects, ExportJobs jobs, ExportRequests requests, ExportWriter writer,
        ExportJobRunner runner, TenantScope tenants, PayloadViews views, JsonMapper json, Clock clock) {

    /** A job as the API shows it; {@code progress} 0–1 (answers walked of the project's answers), {@code file} once done. */
    record ExportJobView(UUID id, String format, String status, double progress, long items, long lines, long bytes,
                         String fileName, String error, Instant createdAt, Instant startedAt, Instant finishedAt, String file) {

        static ExportJobView of(UUID projectId, ExportJobs.Job j) {
            double progress = j.status().equals("DONE") ? 1 : j.rowsTotal() == 0 ? 0 : Math.min(1, (double) j.rowsDone() / j.rowsTotal());
            return new ExportJobView(j.id(), j.format(), j.status().toLowerCase(java.util.Locale.ROOT), progress, j.items(),
                    j.lines(), j.bytes(), j.fileName(), j.error(), j.createdAt(), j.startedAt(), j.finishedAt(),
                    j.status().equals("DONE") ? "/api/v1/projects/" + projectId + "/exports/" + j.id() + "/file" : null);
        }
    }

    @PostMapping
    @Operation(operationId = "startExportJob", summary = "Start an export job (202): the same parameters as GET …/export, as JSON; each bad one is a 422 "
            + "naming it, before anything is queued. Any instance runs the job; follow it at GET …/exports/{id} (status "
            + "queued, running, done or failed; progress 0–1), download it at …/exports/{id}/file once done. Files are "
            + "kept sealed with the organization's keys for 7 days")
    ResponseEntity<ExportJobView> start(CurrentUser caller, @PathVariable UUID projectId, @Valid @RequestBody(required = false) ExportJobRequest body) {
        ProjectAccess access = projects.access(caller, projectId);
        ExportJobRequest asked = body == null ? new ExportJobRequest(null, null, null, null, null, null, null, null, null, null) : body;
        ExportRequest request = asked.toRequest(requests, access);
        writer.check(access, request);
        UUID tenantId = access.project().tenantId();
        var job = tenants.write(tenantId, () -> {
            UUID id = jobs.create(tenantId, projectId, caller.id(), request.format().id(), json.writeValueAsString(asked), clock.instant());
            return jobs.find(tenantId, projectId, id).orElseThrow();
        });
        runner.nudge();
        return ResponseEntity.accepted().location(URI.create("/api/v1/projects/" + projectId + "/exports/" + job.id()))
                .body(ExportJobView.of(projectId, job));
    }

    @GetMapping
    @Operation(operationId = "listExportJobs", summary = "The project's export jobs of the last 7 days, newest first (at most 20)")
    List<ExportJobView> list(CurrentUser caller, @PathVariable UUID projectId) {
        ProjectAccess access = managed(caller, projectId);
        UUID tenantId = access.project().tenantId();
        return tenants.write(tenantId, () -> jobs.ofProject(tenantId, projectId, clock.instant(), 20)).stream()
                .map(j -> ExportJobView.of(projectId, j)).toList();
    }

    @GetMapping("/{exportId}")
    @Operation(operationId = "getExportJob", summary = "One export job: status, progress, and the file's address once done")
    ExportJobView one(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID exportId) {
        return ExportJobView.of(projectId, job(managed(caller, projectId), exportId));
    }

    @GetMapping("/{exportId}/file")
    @Operation(operationId = "downloadExportFile", summary = "The finished export's file, streamed (409 while the job is not done); recorded in the access log "
            + "like an export")
    void file(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID exportId, HttpServletResponse response)
            throws IOException {
        ProjectAccess access = managed(caller, projectId);
        ExportJobs.Job job = job(access, exportId);
        if (!job.status().equals("DONE")) {
            throw new Conflict("Export not ready", "Export " + exportId + " is " + job.status().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        UUID tenantId = access.project().tenantId();
        tenants.read(tenantId, () -> views.exporting(caller, tenantId, projectId, job.items(), job.format() + ",job=" + exportId));
        response.setContentType(job.contentType());
        response.setContentLengthLong(job.bytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.fileName() + "\"");
        var out = response.getOutputStream();
        // One chunk in memory at a time, each read (and opened) in a transaction of its own.
        for (int seq = 0; ; seq++) {
            int n = seq;
            var chunk = tenants.read(tenantId, () -> jobs.chunk(tenantId, exportId, n));
            if (chunk.isEmpty()) {
                break;
            }
            out.write(chunk.get());
        }
        out.flush();
    }

    @DeleteMapping("/{exportId}")
    @Operation(operationId = "deleteExportJob", summary = "Remove an export job and its file (204)")
    ResponseEntity<Void> delete(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID exportId) {
        ProjectAccess access = managed(caller, projectId);
        job(access, exportId);
        UUID tenantId = access.project().tenantId();
        tenants.write(tenantId, () -> jobs.delete(tenantId, exportId));
        return ResponseEntity.noContent().build();
    }

    private ProjectAccess managed(CurrentUser caller, UUID projectId) {
        ProjectAccess access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return access;
    }

    private ExportJobs.Job job(ProjectAccess access, UUID exportId) {
        UUID tenantId = access.project().tenantId();
        return tenants.read(tenantId, () -> jobs.find(tenantId, access.project().id(), exportId))
                .orElseThrow(() -> new NotFound("Export " + exportId + " not found."));
    }
}
