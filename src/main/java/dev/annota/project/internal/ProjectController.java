package dev.annota.project.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Engagement;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectLifeCycle;
import dev.annota.project.ProjectStatus;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.project.VendorShares;
import dev.annota.schema.TaskType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects, label schemas and engagements of workforce organizations")
record ProjectController(Projects projects, ProjectLifeCycle lifeCycle, GuidelinesRenderer guidelines, JsonMapper json,
        VendorShares shares) {

    /** A project as the API shows it, with the caller's rights and the guidelines rendered to safe HTML. */
    record ProjectView(UUID id, String name, String guidelines, String guidelinesHtml, int guidelinesVersion, TaskType taskType,
                       int schemaVersion,
                       JsonNode schema, int overlap, int leaseSeconds, int priority, Instant deadline, Instant createdAt,
                       boolean owner, boolean canManage, boolean canAnnotate, ProjectStatus status, String statusNote) {
    }

    record ProjectSummary(UUID id, String name, TaskType taskType, int overlap, int priority, Instant deadline,
                          Instant createdAt, boolean owner, boolean canManage, boolean canAnnotate, ProjectStatus status,
                          Instant deletedAt, Instant purgeAfter) {
    }

    @GetMapping
    @Operation(operationId = "listProjects", summary = "Projects the caller's organization owns or is engaged on: the current ones (active or paused); "
            + "?archived=true lists the archived ones instead, ?deleted=true the deleted ones still in their grace period "
            + "(to their managers, with purgeAfter)")
    List<ProjectSummary> list(CurrentUser caller, @Parameter(description = "true: the archived projects instead of the current ones") @RequestParam(defaultValue = "false") boolean archived,
                              @Parameter(description = "true: the projects being deleted instead (admins)") @RequestParam(defaultValue = "false") boolean deleted) {
        var which = deleted ? Projects.ProjectList.DELETED : archived ? Projects.ProjectList.ARCHIVED : Projects.ProjectList.CURRENT;
        return projects.visibleTo(caller, which).stream().map(p -> {
            var access = projects.accessTo(p, caller);
            Instant purgeAfter = p.deletedAt() == null ? null : lifeCycle.purgeAfter(p.id()).orElse(null);
            return new ProjectSummary(p.id(), p.name(), p.taskType(), p.overlap(), p.priority(), p.deadline(), p.createdAt(),
                    access.owner(), access.manage(), access.work(), p.status(), p.deletedAt(), purgeAfter);
        }).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProject", summary = "Create a project (admins and managers of a customer organization)")
    ProjectView create(CurrentUser caller, @RequestBody ProjectSettings settings) {
        Project project = projects.create(caller, settings);
        return view(projects.accessTo(project, caller));
    }

    @GetMapping("/{projectId}")
    @Operation(operationId = "getProject", summary = "A project's settings, guidelines and current label schema")
    ProjectView get(CurrentUser caller, @PathVariable UUID projectId) {
        return view(projects.access(caller, projectId));
    }

    /**
     * The name's limit is checked by Projects.changeSettings (422 naming the field); @Size documents it. A field left
     * out keeps its value; {@code clearDeadline: true} removes the deadline (a null deadline is "left out").
     */
    record SettingsChange(
            @Schema(minLength = 1, description = "The project's new name, 1 to 200 characters; left out: unchanged")
            @jakarta.validation.constraints.Size(max = 200) String name,
            @Schema(description = "New guidelines for annotators, Markdown, saved as the next guidelines version (an "
                    + "unchanged text keeps the version); left out: unchanged") String guidelines,
            @Schema(minimum = "1", maximum = "100", description = "How many distinct annotators label each item, 1 to 100; "
                    + "applies to the items already imported too; left out: unchanged") Integer overlap,
            @Schema(minimum = "10", maximum = "86400", description = "How long a claimed task stays the annotator's, in "
                    + "seconds, 10 to 86400; left out: unchanged") Integer leaseSeconds,
            @Schema(description = "Higher first in annotators' project lists; left out: unchanged") Integer priority,
            @Schema(description = "When the labels are due, an RFC 3339 instant (e.g. 2026-12-31T17:00:00Z); left out or "
                    + "null: unchanged (use clearDeadline to remove it)") Instant deadline,
            @Schema(description = "true removes the deadline (deadline is then ignored); default false") Boolean clearDeadline) {
    }

    @PatchMapping("/{projectId}")
    @Operation(operationId = "changeProject", summary = "Change name, guidelines, overlap, lease duration, priority or deadline (clearDeadline: true "
            + "removes it). A new overlap (1 to 100) applies to the items already imported: raising it opens slots on them "
            + "(done items are open again); lowering it never discards an answer (items with that many answers are done, "
            + "open slots above it close, live leases are honoured). 409 on an archived project")
    ProjectView change(CurrentUser caller, @PathVariable UUID projectId, @RequestBody SettingsChange change) {
        var access = projects.access(caller, projectId);
        Instant deadline = Boolean.TRUE.equals(change.clearDeadline()) ? null
                : change.deadline() == null ? access.project().deadline() : change.deadline();
        Project changed = projects.changeSettings(access, change.name(), change.guidelines(), change.leaseSeconds(), change.priority(),
                deadline, change.overlap());
        return view(projects.accessTo(changed, caller));
    }

    @PutMapping("/{projectId}/schema")
    @Operation(operationId = "changeSchema", summary = "Store a new version of the label schema; earlier annotations keep their version")
    ProjectView changeSchema(CurrentUser caller, @PathVariable UUID projectId, @RequestBody JsonNode schema) {
        var access = projects.access(caller, projectId);
        projects.changeSchema(access, schema);
        return view(projects.access(caller, projectId));
    }

    /** The note's limit is checked by ProjectLifeCycle.pause (422 naming the field); @Size documents it. */
    record PauseRequest(
            @Schema(description = "Why the project is paused, shown to annotators who ask for a task: one line of at "
                    + "most 300 characters; optional") @jakarta.validation.constraints.Size(max = 300) String note) {
    }

    @PostMapping("/{projectId}/pause")
    @Operation(operationId = "pauseProject", summary = "Pause: no claims are served; annotators asking are told the project is paused, with the note "
            + "(one line, at most 300 characters) when given. Leases in flight may still be submitted")
    ProjectView pause(CurrentUser caller, @PathVariable UUID projectId, @RequestBody(required = false) PauseRequest request) {
        lifeCycle.pause(projects.access(caller, projectId), request == null ? null : request.note());
        return view(projects.access(caller, projectId));
    }

    @PostMapping("/{projectId}/resume")
    @Operation(operationId = "resumeProject", summary = "Resume a paused or archived project: claims are served and it may be changed again")
    ProjectView resume(CurrentUser caller, @PathVariable UUID projectId) {
        lifeCycle.resume(projects.access(caller, projectId));
        return view(projects.access(caller, projectId));
    }

    @PostMapping("/{projectId}/archive")
    @Operation(operationId = "archiveProject", summary = "Archive: read-only (no claims, no imports, no schema or settings changes: 409) and out of the "
            + "default project lists (GET /api/v1/projects?archived=true lists it)")
    ProjectView archive(CurrentUser caller, @PathVariable UUID projectId) {
        lifeCycle.archive(projects.access(caller, projectId));
        return view(projects.access(caller, projectId));
    }

    /** Named apart from the items' deletion request: springdoc names schemas by simple class name. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ProjectDeletion")
    record Deletion(UUID id, Instant purgeAfter) {
    }

    @DeleteMapping("/{projectId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "deleteProject", summary = "Delete a project: hidden at once (404 everywhere, out of every list), restorable until purgeAfter "
            + "(annota.projects.deletion-grace, 7 days by default); then a scheduled purge removes its items, images, "
            + "assignments, answers, gold, quality, reviews and settings. Each step is in the access log")
    Deletion delete(CurrentUser caller, @PathVariable UUID projectId) {
        return new Deletion(projectId, lifeCycle.delete(projects.access(caller, projectId)));
    }

    @PostMapping("/{projectId}/restore")
    @Operation(operationId = "restoreProject", summary = "Undo a deletion within its grace period (410 after it)")
    ProjectView restore(CurrentUser caller, @PathVariable UUID projectId) {
        lifeCycle.restore(projects.accessEvenDeleted(caller, projectId));
        return view(projects.access(caller, projectId));
    }

    @GetMapping("/{projectId}/schema/versions")
    @Operation(operationId = "listSchemaVersions", summary = "Every version of the label schema, oldest first: number, author and time (managers)")
    List<Projects.Version> schemaVersions(CurrentUser caller, @PathVariable UUID projectId) {
        return projects.schemaVersions(projects.access(caller, projectId));
    }

    /** One stored version of a schema or the guidelines. */
    record SchemaVersion(int version, JsonNode schema, boolean current) {
    }

    @GetMapping("/{projectId}/schema/versions/{version}")
    @Operation(operationId = "getSchemaVersion", summary = "One version of the label schema as it was saved (read-only; annotations keep the version they were checked against)")
    SchemaVersion schemaVersion(CurrentUser caller, @PathVariable UUID projectId, @PathVariable int version) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return new SchemaVersion(version, json.readTree(projects.schemaDocument(access, version)),
                version == access.project().schemaVersion());
    }

    /** New guidelines: Markdown, GitHub-flavoured (tables included), raw HTML shown as text. */
    record GuidelinesChange(
            @Schema(requiredMode = REQUIRED, description = "The guidelines as Markdown (GitHub-flavoured, tables included; "
                    + "raw HTML is shown as text); may be empty, but not left out") String markdown) {
    }

    record GuidelinesVersion(int version, String markdown, String html, boolean current) {
    }

    @PutMapping("/{projectId}/guidelines")
    @Operation(operationId = "changeGuidelines", summary = "Save the guidelines as version n+1 (managers); an unchanged text keeps version n. Each annotation "
            + "records the version current when it was submitted")
    ProjectView changeGuidelines(CurrentUser caller, @PathVariable UUID projectId, @RequestBody GuidelinesChange change) {
        var access = projects.access(caller, projectId);
        return view(projects.accessTo(projects.changeGuidelines(access, change.markdown()), caller));
    }

    @GetMapping("/{projectId}/guidelines/versions")
    @Operation(operationId = "listGuidelinesVersions", summary = "Every version of the guidelines, oldest first: number, author and time (managers)")
    List<Projects.Version> guidelinesVersions(CurrentUser caller, @PathVariable UUID projectId) {
        return projects.guidelinesVersions(projects.access(caller, projectId));
    }

    @GetMapping("/{projectId}/guidelines/versions/{version}")
    @Operation(operationId = "getGuidelinesVersion", summary = "One version of the guidelines: the Markdown and its safe HTML (managers)")
    GuidelinesVersion guidelinesVersion(CurrentUser caller, @PathVariable UUID projectId, @PathVariable int version) {
        var access = projects.access(caller, projectId);
        String markdown = projects.guidelines(access, version);
        return new GuidelinesVersion(version, markdown, guidelines.render(markdown), version == access.project().guidelinesVersion());
    }

    record EngagementRequest(
            @io.swagger.v3.oas.annotations.media.Schema(description = "The workforce organization (vendor) to engage")
            @NotNull UUID workforceOrgId) {
    }

    @GetMapping("/{projectId}/engagements")
    @Operation(operationId = "listEngagements", summary = "Workforce organizations engaged on the project")
    List<Engagement> engagements(CurrentUser caller, @PathVariable UUID projectId) {
        return projects.engagements(projects.access(caller, projectId));
    }

    @PostMapping("/{projectId}/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "engageWorkforce", summary = "Engage a workforce organization: its annotators may then receive the project's items")
    Engagement engage(CurrentUser caller, @PathVariable UUID projectId, @jakarta.validation.Valid @RequestBody EngagementRequest request) {
        return projects.engage(projects.access(caller, projectId), request.workforceOrgId());
    }

    @DeleteMapping("/{projectId}/engagements/{workforceOrgId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "disengageWorkforce", summary = "End an engagement")
    void disengage(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID workforceOrgId) {
        projects.disengage(projects.access(caller, projectId), workforceOrgId);
    }

    record ShareRequest(
            @Schema(requiredMode = REQUIRED, description = "An engaged workforce organization, or the project owner's own "
                    + "organization for its in-house people") @NotNull UUID workforceOrgId,
            @Schema(requiredMode = REQUIRED, description = "The target share of the project's work in percent, 0 to 100 "
                    + "with at most 2 decimals; the targets of all rows add up to 100")
                        @NotNull @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100")
                        @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal targetPercent,
            @Schema(description = "The most tasks this workforce may take on the project, 0 or more; null: no cap")
            @jakarta.validation.constraints.PositiveOrZero Integer cap) {
    }

    record SharesRequest(
            @Schema(requiredMode = REQUIRED, description = "One row per workforce, up to 100; an empty list clears the shares")
            @NotNull @jakarta.validation.constraints.Size(max = 100) List<@NotNull @jakarta.validation.Valid ShareRequest> shares) {
    }

    record SharesView(List<VendorShares.Share> shares) {
    }

    @GetMapping("/{projectId}/shares")
    @Operation(operationId = "getShares", summary = "The project's vendor shares: the target share of the work (percent) and optional cap (most tasks) "
            + "of each workforce, the owner's in-house people included. The owner's admins and managers see every row, a "
            + "workforce's managers their own row only; annotators get 403")
    SharesView shares(CurrentUser caller, @PathVariable UUID projectId) {
        return new SharesView(shares.of(projects.access(caller, projectId)));
    }

    @PutMapping("/{projectId}/shares")
    @Operation(operationId = "setShares", summary = "Set the project's vendor shares (owner's admins and managers): one row per engaged workforce or "
            + "the owner itself, targets 0-100 adding up to 100, caps >= 0 or null; an empty list clears them. The claim "
            + "then keeps each workforce within a few percent of its share over every window of 200 tasks while the others have "
            + "people working (docs/workforce.md). Recorded in the access log as project.shares")
    SharesView setShares(CurrentUser caller, @PathVariable UUID projectId,
                         @jakarta.validation.Valid @RequestBody SharesRequest request) {
        var targets = request.shares().stream()
                .map(r -> new VendorShares.Target(r.workforceOrgId(), r.targetPercent(), r.cap())).toList();
        return new SharesView(shares.set(projects.access(caller, projectId), targets));
    }

    private ProjectView view(ProjectAccess access) {
        Project p = access.project();
        JsonNode schema = json.readTree(projects.schemaDocument(access, p.schemaVersion()));
        return new ProjectView(p.id(), p.name(), p.guidelines(), guidelines.render(p.guidelines()), p.guidelinesVersion(), p.taskType(),
                p.schemaVersion(), schema, p.overlap(), p.leaseSeconds(), p.priority(), p.deadline(), p.createdAt(), access.owner(),
                access.manage(), access.work(), p.status(), p.statusNote());
    }
}
