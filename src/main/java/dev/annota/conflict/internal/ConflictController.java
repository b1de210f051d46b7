package dev.annota.conflict.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Conflict;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import dev.annota.conflict.WallSettingChanged;
import dev.annota.conflict.internal.WallSettings.AffiliationView;
import dev.annota.conflict.internal.WallSettings.ClassMember;
import dev.annota.conflict.internal.WallSettings.ConflictClass;
import dev.annota.conflict.internal.WallSettings.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the walls. Who may do what (docs/security.md "Conflict walls"):
 * <ul>
 *     <li>the operator's admins create conflict classes and may add or remove any customer in one (the operator knows
 *     which customers the instance serves anyway);</li>
 *     <li>a customer's admin sees the classes' names (never who else is in them), joins or leaves classes for their own
 *     organization, declares competitors, sets the cooling-off period and the excluded affiliations;</li>
 *     <li>anyone declares and removes their own affiliations;</li>
 *     <li>a customer's managers read the refusals of their projects with the reason; the annotator is told nothing.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conflict walls", description = "Conflict classes, competitors, cooling-off, affiliations, refusals")
record ConflictController(WallSettings settings, WallStore store, Organizations organizations, Projects projects,
        TenantScope tenants, ApplicationEventPublisher events, Clock clock) {

    // ---- conflict classes

    record NewClass(
            @Schema(requiredMode = REQUIRED, description = "The class's name, e.g. Automotive OEMs: up to 200 characters, "
                    + "unique (409 when taken); surrounding spaces are dropped") @NotBlank @Size(max = 200) String name,
            @Schema(description = "What the customers in the class have in common, up to 1000 characters; optional")
            @Size(max = 1000) String description) {
    }

    @GetMapping("/conflict-classes")
    @Operation(operationId = "listConflictClasses", summary = "Conflict classes by name, and whether your organization belongs to each (members are not listed)")
    List<ConflictClass> classes(CurrentUser caller) {
        requireOperatorOrCustomerAdmin(caller);
        return settings.classes(caller.orgId());
    }

    @PostMapping("/conflict-classes")
    @Operation(operationId = "createConflictClass", summary = "Create a conflict class (operator admins)")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ConflictClass> createClass(CurrentUser caller, @Valid @RequestBody NewClass body) {
        if (!caller.isOperator() || !caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the operator's admins create conflict classes; a customer's admin joins them.");
        }
        UUID id = Generators.timeBasedEpochGenerator().generate();
        try {
            tenants.write(caller.orgId(), () -> {
                settings.createClass(id, body.name().strip(), body.description(), caller.id(), Instant.now(clock));
                act(caller.orgId(), WallSettingChanged.Change.CLASS_CREATED, caller, id, null);
            });
        } catch (DuplicateKeyException e) {
            throw new Conflict("A conflict class named '" + body.name().strip() + "' exists.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ConflictClass(id, body.name().strip(), body.description(), false));
    }

    @GetMapping("/conflict-classes/{classId}/members")
    @Operation(operationId = "listConflictClassMembers", summary = "The customers in a conflict class (operator admins only: customers never see who else is in a class)")
    List<ClassMember> members(CurrentUser caller, @PathVariable UUID classId) {
        if (!caller.isOperator() || !caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the operator's admins see who is in a conflict class.");
        }
        if (!settings.classExists(classId)) {
            throw new NotFound("No such conflict class.");
        }
        return settings.members(classId);
    }

    @PutMapping("/conflict-classes/{classId}/members/{orgId}")
    @Operation(operationId = "addConflictClassMember", summary = "Put a customer in a class: the operator's admins for any customer, a customer's admin for their own")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> join(CurrentUser caller, @PathVariable UUID classId, @PathVariable UUID orgId) {
        requireMayChangeMembership(caller, orgId);
        if (!settings.classExists(classId)) {
            throw new NotFound("No such conflict class.");
        }
        // In the member's tenant transaction: the membership and its event in that customer's log commit together.
        tenants.write(orgId, () -> {
            if (settings.join(classId, orgId, caller.id(), Instant.now(clock))) {
                act(orgId, WallSettingChanged.Change.CLASS_JOINED, caller, classId, null);
            }
        });
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/conflict-classes/{classId}/members/{orgId}")
    @Operation(operationId = "removeConflictClassMember", summary = "Take a customer out of a class (same rights as joining)")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> leave(CurrentUser caller, @PathVariable UUID classId, @PathVariable UUID orgId) {
        requireMayChangeMembership(caller, orgId);
        tenants.write(orgId, () -> {
            if (settings.leave(classId, orgId)) {
                act(orgId, WallSettingChanged.Change.CLASS_LEFT, caller, classId, null);
            }
        });
        return ResponseEntity.noContent().build();
    }

    // ---- declared competitors and the cooling-off period (the caller's own customer organization)

    record Competitor(UUID orgId, String name) {
    }

    @GetMapping("/organizations/me/competitors")
    @Operation(operationId = "listCompetitors", summary = "The competitors your organization declared (not those that declared you)")
    List<Competitor> competitors(CurrentUser caller) {
        requireCustomerAdmin(caller);
        return settings.competitors(caller.orgId()).stream()
                .map(id -> new Competitor(id, organizations.find(id).map(Organization::name).orElse("?")))
                .toList();
    }

    @PutMapping("/organizations/me/competitors/{orgId}")
    @Operation(operationId = "declareCompetitor", summary = "Declare a customer a competitor: annotators shown items of one are not given items of the other")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> declare(CurrentUser caller, @PathVariable UUID orgId) {
        requireCustomerAdmin(caller);
        Organization other = organizations.find(orgId).filter(o -> o.kind() == OrganizationKind.CUSTOMER)
                .orElseThrow(() -> new NotFound("No such customer organization."));
        if (other.id().equals(caller.orgId())) {
            throw new Invalid("An organization cannot be its own competitor.");
        }
        tenants.write(caller.orgId(), () -> {
            if (settings.declare(caller.orgId(), orgId, caller.id(), Instant.now(clock))) {
                act(caller.orgId(), WallSettingChanged.Change.COMPETITOR_DECLARED, caller, orgId, null);
            }
        });
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/organizations/me/competitors/{orgId}")
    @Operation(operationId = "withdrawCompetitor", summary = "Withdraw a declared competitor")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> withdraw(CurrentUser caller, @PathVariable UUID orgId) {
        requireCustomerAdmin(caller);
        tenants.write(caller.orgId(), () -> {
            if (settings.withdraw(caller.orgId(), orgId)) {
                act(caller.orgId(), WallSettingChanged.Change.COMPETITOR_WITHDRAWN, caller, orgId, null);
            }
        });
        return ResponseEntity.noContent().build();
    }

    record WallPolicy(
            @Schema(description = "The cooling-off period in days, 0 to 36500: how long after an annotator's last exposure "
                    + "to a conflicting customer (or the end of an excluded affiliation) the wall stays closed; null: "
                    + "forever. Between two customers the longer period holds") @Min(0) @Max(36500) Integer coolingOffDays) {
    }

    @GetMapping("/organizations/me/wall-policy")
    @Operation(operationId = "getWallPolicy", summary = "Your cooling-off period in days; null = walls last forever")
    WallPolicy policy(CurrentUser caller) {
        requireCustomerAdmin(caller);
        return new WallPolicy(store.coolingOffDays(caller.orgId()).orElse(null));
    }

    @PutMapping("/organizations/me/wall-policy")
    @Operation(operationId = "setWallPolicy", summary = "Set the cooling-off period (null = forever); between two customers the longer one holds")
    WallPolicy setPolicy(CurrentUser caller, @Valid @RequestBody WallPolicy body) {
        requireCustomerAdmin(caller);
        tenants.write(caller.orgId(), () -> {
            store.setCoolingOff(caller.orgId(), body.coolingOffDays(), caller.id(), Instant.now(clock));
            act(caller.orgId(), WallSettingChanged.Change.COOLING_OFF_SET, caller, null,
                    body.coolingOffDays() == null ? "forever" : body.coolingOffDays() + " days");
        });
        return body;
    }

    // ---- affiliations

    record NewAffiliation(
            @Schema(requiredMode = REQUIRED, description = "The employer or other tie, as a name of up to 200 characters; "
                    + "compared with customers' excluded affiliations regardless of case and spacing")
            @NotBlank @Size(max = 200) String employer,
            @Schema(description = "The first day of the affiliation, an ISO 8601 date (2024-03-01); optional") LocalDate startedOn,
            @Schema(description = "The last day of the affiliation, an ISO 8601 date, not before startedOn; left out: "
                    + "current") LocalDate endedOn) {
    }

    @GetMapping("/me/affiliations")
    @Operation(operationId = "listMyAffiliations", summary = "Your declared affiliations")
    List<AffiliationView> myAffiliations(CurrentUser caller) {
        return settings.affiliations(caller.id());
    }

    @PostMapping("/me/affiliations")
    @Operation(operationId = "declareAffiliation", summary = "Declare an affiliation (employer or tie, with dates; no end date = current)")
    @ApiResponse(responseCode = "201", description = "Declared")
    ResponseEntity<AffiliationView> declareAffiliation(CurrentUser caller, @Valid @RequestBody NewAffiliation body) {
        if (body.startedOn() != null && body.endedOn() != null && body.endedOn().isBefore(body.startedOn())) {
            throw new Invalid("endedOn is before startedOn.");
        }
        UUID id = Generators.timeBasedEpochGenerator().generate();
        settings.declareAffiliation(id, caller.id(), body.employer(), body.startedOn(), body.endedOn(), Instant.now(clock));
        return ResponseEntity.status(HttpStatus.CREATED).body(new AffiliationView(id, body.employer().strip(), body.startedOn(), body.endedOn()));
    }

    @DeleteMapping("/me/affiliations/{id}")
    @Operation(operationId = "removeAffiliation", summary = "Remove one of your affiliations")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeAffiliation(CurrentUser caller, @Parameter(description = "The affiliation's id") @PathVariable UUID id) {
        if (!settings.removeAffiliation(id, caller.id())) {
            throw new NotFound("No such affiliation of yours.");
        }
        return ResponseEntity.noContent().build();
    }

    // ---- excluded affiliations (tenant-owned)

    record ExcludedAffiliation(
            @Schema(requiredMode = REQUIRED, description = "An employer name of up to 200 characters: annotators who "
                    + "declared an affiliation with it receive none of your organization's items while it lasts and for "
                    + "your cooling-off period after; case and spacing do not matter") @NotBlank @Size(max = 200) String employer) {
    }

    @GetMapping("/organizations/me/excluded-affiliations")
    @Operation(operationId = "listExcludedAffiliations", summary = "Affiliations your organization excludes from its projects")
    List<ExcludedAffiliation> exclusions(CurrentUser caller) {
        requireCustomerAdmin(caller);
        return tenants.read(caller.orgId(), () -> store.exclusions(caller.orgId())).stream()
                .map(x -> new ExcludedAffiliation(x.employer())).toList();
    }

    @PostMapping("/organizations/me/excluded-affiliations")
    @Operation(operationId = "excludeAffiliation", summary = "Exclude annotators declaring an affiliation with this employer (case and spacing do not matter)")
    @ApiResponse(responseCode = "201", description = "Excluded")
    ResponseEntity<ExcludedAffiliation> exclude(CurrentUser caller, @Valid @RequestBody ExcludedAffiliation body) {
        requireCustomerAdmin(caller);
        String key = WallRules.employerKey(body.employer());
        tenants.write(caller.orgId(), () -> {
            if (settings.exclude(caller.orgId(), key, body.employer().strip(), caller.id(), Instant.now(clock))) {
                act(caller.orgId(), WallSettingChanged.Change.AFFILIATION_EXCLUDED, caller, null, body.employer().strip());
            }
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(new ExcludedAffiliation(body.employer().strip()));
    }

    @DeleteMapping("/organizations/me/excluded-affiliations")
    @Operation(operationId = "removeExcludedAffiliation", summary = "Stop excluding an employer")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> unexclude(CurrentUser caller, @Parameter(description = "The employer to allow again, as excluded") @RequestParam String employer) {
        requireCustomerAdmin(caller);
        tenants.write(caller.orgId(), () -> {
            if (settings.unexclude(caller.orgId(), WallRules.employerKey(employer))) {
                act(caller.orgId(), WallSettingChanged.Change.EXCLUSION_WITHDRAWN, caller, null, employer.strip());
            }
        });
        return ResponseEntity.noContent().build();
    }

    // ---- refusals, for the owning customer's managers

    @GetMapping("/projects/{projectId}/wall-refusals")
    @Operation(operationId = "listWallRefusals", summary = "Claims the conflict wall refused on this project, newest first, with the rule and the exposure behind each")
    List<Refusal> refusals(CurrentUser caller, @PathVariable UUID projectId,
                           @RequestParam(defaultValue = "100") int limit) {
        ProjectAccess access = projects.access(caller, projectId);
        Projects.requireManage(access);
        int n = Math.clamp(limit, 1, 1000);
        return tenants.read(access.tenantId(), () -> settings.refusals(access.tenantId(), projectId, n));
    }

    /** Publishes the act inside the caller's tenant transaction, for the organization's access log. */
    private void act(UUID org, WallSettingChanged.Change change, CurrentUser caller, UUID target, String detail) {
        events.publishEvent(new WallSettingChanged(org, change, caller.id(), caller.orgId(), target,
                detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200), Instant.now(clock)));
    }

    private static void requireCustomerAdmin(CurrentUser caller) {
        if (caller.orgKind() != OrganizationKind.CUSTOMER || !caller.has(Role.ADMIN)) {
            throw new Forbidden("Only a customer organization's admins manage its conflict walls.");
        }
    }

    private static void requireOperatorOrCustomerAdmin(CurrentUser caller) {
        if (!caller.has(Role.ADMIN) || (!caller.isOperator() && caller.orgKind() != OrganizationKind.CUSTOMER)) {
            throw new Forbidden("Only the operator's and customers' admins see conflict classes.");
        }
    }

    private void requireMayChangeMembership(CurrentUser caller, UUID orgId) {
        if (caller.isOperator() && caller.has(Role.ADMIN)) {
            organizations.find(orgId).filter(o -> o.kind() == OrganizationKind.CUSTOMER)
                    .orElseThrow(() -> new NotFound("No such customer organization."));
            return;
        }
        requireCustomerAdmin(caller);
        if (!orgId.equals(caller.orgId())) {
            throw new Forbidden("A customer's admin puts only their own organization in a class.");
        }
    }
}
