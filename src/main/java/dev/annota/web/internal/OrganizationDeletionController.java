package dev.annota.web.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.audit.AccessLog;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deleting an organization for good: by its own admins (a lab leaving, PRODUCT.md), or by the operator's admins (a
 * contract ended; the operator creates organizations and may remove them, and reads nothing either way). Anyone else
 * gets 404 as if it did not exist; a member who is not an admin gets 403. The request repeats the organization's exact
 * name. Lives in the web module because it reports on several modules at once (users removed, the access log's final
 * checkpoint); the deletion itself is {@link Organizations#delete}.
 */
@RestController
@Tag(name = "Identity", description = "Organizations, users and personal API tokens")
record OrganizationDeletionController(Organizations organizations, Users users, AccessLog accessLog) {

    private static final String NOT_DELETED = "Organization not deleted";

    record DeletionRequest(
            @Schema(requiredMode = REQUIRED, description = "The organization's exact name, repeated as a confirmation "
                    + "(surrounding spaces are ignored); any other name deletes nothing (422)")
            @NotBlank @jakarta.validation.constraints.Size(max = 200) String confirmOrganizationName) {
    }

    /**
     * @param finalCheckpoint the signed checkpoint of the organization's access log whose last event is this deletion
     *                        (kept by the server after everything else is gone); verify it with the public key
     */
    record DeletionReport(UUID organizationId, OrganizationKind kind, Instant deletedAt, int usersDeleted,
                          Map<String, Integer> tenantRowsDeleted, String finalCheckpoint) {
    }

    @PostMapping("/api/v1/organizations/{organizationId}/deletion")
    @Operation(operationId = "deleteOrganization", summary = "Delete the organization for good: its keyset is shredded, its projects, items, answers, users, "
            + "tokens, sessions, wall settings and access log events are deleted (a workforce's engagements end); the last "
            + "signed checkpoint of its log is kept and returned. confirmOrganizationName must repeat its exact name "
            + "(the organization's admins, or the operator's admins)")
    DeletionReport delete(CurrentUser caller, @PathVariable UUID organizationId, @Valid @RequestBody DeletionRequest request) {
        boolean own = caller.orgId().equals(organizationId);
        boolean operator = caller.isOperator() && caller.has(Role.ADMIN);
        if (!own && !operator) {
            throw new NotFound("No such organization.");
        }
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the organization's admins delete it.");
        }
        Organization org = organizations.find(organizationId)
                .orElseThrow(() -> new NotFound("No such organization."));
        if (org.kind() == OrganizationKind.OPERATOR) {
            throw new Invalid(NOT_DELETED, "The operator's organization runs the instance and is not deleted.");
        }
        if (!org.name().equals(request.confirmOrganizationName().strip())) {
            throw new Invalid(NOT_DELETED, "confirmOrganizationName must be the organization's exact name; nothing was "
                    + "deleted.").with("field", "confirmOrganizationName");
        }
        int people = users.ofOrganization(organizationId).size();
        var deletion = organizations.delete(organizationId, caller.id(), caller.orgId());
        return new DeletionReport(organizationId, deletion.kind(), deletion.deletedAt(), people, deletion.tenantRowsDeleted(),
                accessLog.finalCheckpoint(organizationId).orElse(null));
    }
}
