package dev.annota.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.audit.DailyViews;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access transparency report of a project, for the owning customer's managers: per day, which organizations'
 * people (counted, not named: pseudonymous) were shown how many items, and every view outside an assignment flagged.
 * Computed from the access log's payload events, so it shows what the tamper-evident log holds. Lives in the audit
 * module (it reads the log, and the log records that the report was read) so the conflict module, whose acts the log
 * records, does not depend on the log.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
@Tag(name = "Access transparency", description = "Who saw how many items of a project, per day, from the access log")
record TransparencyController(Projects projects, AuditLog log, Organizations organizations, java.time.Clock clock) {

    record Row(LocalDate day, UUID orgId, String organization, String kind, long people, long distinctItems, long itemsShown,
               long exported, long staffViews, long outsideAssignment, boolean flagged) {
    }

    record Report(UUID projectId, List<Row> days, long itemsShown, long staffViews, long outsideAssignment) {
    }

    @GetMapping("/access-report")
    @Operation(operationId = "getAccessReport", summary = "Access transparency report: per day and organization, people (counted), items shown, exports, "
            + "the owner's staff browsing its own items outside a lease (staffViews, not flagged), and any other view outside an "
            + "assignment or review lease (outsideAssignment, flagged)")
    Report report(CurrentUser caller, @PathVariable UUID projectId) {
        return report(caller, projectId, "json");
    }

    private Report report(CurrentUser caller, UUID projectId, String format) {
        ProjectAccess access = ownerManager(caller, projectId);
        // Reading who saw what is itself an act the customer may want to see (an export of the log's contents).
        log.record(AuditEvent.administrative(access.tenantId(), AuditEvent.REPORT_DOWNLOAD, caller.id(), caller.orgId(),
                projectId, null, "format=" + format, java.time.Instant.now(clock)));
        List<Row> rows = log.dailyViews(access.tenantId(), projectId).stream().map(v -> row(access, v)).toList();
        return new Report(projectId, rows, rows.stream().mapToLong(Row::itemsShown).sum(),
                rows.stream().mapToLong(Row::staffViews).sum(), rows.stream().mapToLong(Row::outsideAssignment).sum());
    }

    @GetMapping(value = "/access-report.csv", produces = "text/csv")
    @Operation(operationId = "exportAccessReportCsv", summary = "The same report as a CSV download")
    ResponseEntity<byte[]> csv(CurrentUser caller, @PathVariable UUID projectId) {
        var report = report(caller, projectId, "csv");
        var out = new StringBuilder("day,organization_id,organization,kind,people,distinct_items,items_shown,exported,staff_views,outside_assignment,flagged\n");
        for (Row r : report.days()) {
            out.append(r.day()).append(',').append(r.orgId()).append(',').append(csvField(r.organization())).append(',')
                    .append(r.kind()).append(',').append(r.people()).append(',').append(r.distinctItems()).append(',')
                    .append(r.itemsShown()).append(',').append(r.exported()).append(',').append(r.staffViews()).append(',')
                    .append(r.outsideAssignment()).append(',')
                    .append(r.flagged()).append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-report-" + projectId + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Row row(ProjectAccess access, DailyViews v) {
        boolean own = v.orgId().equals(access.tenantId());
        var org = organizations.find(v.orgId());
        String kind = own ? "own" : org.map(o -> o.kind().name().toLowerCase()).orElse("unknown");
        return new Row(v.day(), v.orgId(), org.map(Organization::name).orElse("?"), kind, v.people(), v.distinctItems(),
                v.itemsShown(), v.exported(), v.staffViews(), v.outsideAssignment(), v.outsideAssignment() > 0);
    }

    private ProjectAccess ownerManager(CurrentUser caller, UUID projectId) {
        ProjectAccess access = projects.access(caller, projectId);
        if (!access.owner() || !access.manage()) {
            throw new ProjectForbidden("Only the owning customer's admins and managers read the access report.");
        }
        return access;
    }

    /** A CSV field, quoted, with formula-starting characters defused (a name opened in a spreadsheet runs nothing). */
    static String csvField(String s) {
        String v = s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 ? s : "'" + s;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
