package dev.annota.crypto.internal;

import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.crypto.KeyStatus;
import dev.annota.crypto.Rotation;
import dev.annota.crypto.TenantKeys;
import dev.annota.failure.Conflict;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key management for an organization's own admins. Anyone outside the organization gets 404 (no existence oracle,
 * the operator included: the operator runs the instance, it does not manage a customer's keys); members who are not
 * admins get 403.
 */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/keys")
@Tag(name = "Encryption keys", description = "An organization's encryption keys: status, rotation, crypto-shredding")
record KeyController(TenantKeys keys, Organizations organizations) {

    @GetMapping
    @Operation(operationId = "getKeyStatus", summary = "The organization's keyset: version, primary key id, what wraps it, the latest rotation (admins)")
    KeyStatus status(CurrentUser caller, @PathVariable UUID organizationId) {
        adminOf(caller, organizationId);
        return keys.status(organizationId);
    }

    @PostMapping("/rotate")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "rotateKeys", summary = "Add a new primary key; old data stays readable and is re-encrypted in the background (admins)")
    Rotation rotate(CurrentUser caller, @PathVariable UUID organizationId) {
        customer(adminOf(caller, organizationId));
        return keys.rotate(organizationId, caller.id());
    }

    @GetMapping("/rotations")
    @Operation(operationId = "listKeyRotations", summary = "Re-encryption jobs of the organization's rotations, newest first, with progress (admins)")
    List<Rotation> rotations(CurrentUser caller, @PathVariable UUID organizationId) {
        adminOf(caller, organizationId);
        return keys.rotations(organizationId);
    }

    @GetMapping("/rotations/{rotationId}")
    @Operation(operationId = "getKeyRotation", summary = "One re-encryption job and its progress (admins)")
    Rotation rotation(CurrentUser caller, @PathVariable UUID organizationId, @PathVariable UUID rotationId) {
        adminOf(caller, organizationId);
        return keys.rotation(organizationId, rotationId).orElseThrow(() -> new NotFound("No such rotation."));
    }

    @PostMapping("/retire")
    @Operation(operationId = "retireKeys", summary = "Retire the keys the latest rotation replaced: disable them once its re-encryption job is DONE with no "
            + "failures (and the grace period has passed), or destroy them once disabled for annota.crypto.key-destroy-after; "
            + "409 with `outcome` and `notBefore` when it is not safe yet (admins)")
    KeyStatus retire(CurrentUser caller, @PathVariable UUID organizationId) {
        customer(adminOf(caller, organizationId));
        var result = keys.retire(organizationId, caller.id(), caller.orgId());
        switch (result.outcome()) {
            case DISABLED, DESTROYED, NOTHING_TO_RETIRE -> {
                return keys.status(organizationId);
            }
            default -> {
                throw new Conflict("Old keys not retired", KeyRetirement.explanations().get(result.outcome()))
                        .with("outcome", result.outcome().name())
                        .with("notBefore", result.notBefore() == null ? null : result.notBefore().toString())
                        .with("valuesUnderOldKeys", result.outcome() == KeyRetirement.Outcome.OLD_VALUES_FOUND ? result.keys() : null);
            }
        }
    }

    record ShredRequest(
            @Schema(requiredMode = REQUIRED, description = "The organization's exact name, repeated as a confirmation "
                    + "(surrounding spaces are ignored); any other name shreds nothing (422)")
            @NotBlank @jakarta.validation.constraints.Size(max = 200) String confirmOrganizationName) {
    }

    @PostMapping("/shred")
    @Operation(operationId = "shredKeys", summary = "Destroy the organization's keyset: its items and annotations become unreadable for good. "
            + "confirmOrganizationName must repeat the organization's name (admins)")
    KeyStatus shred(CurrentUser caller, @PathVariable UUID organizationId, @Valid @RequestBody ShredRequest request) {
        Organization org = customer(adminOf(caller, organizationId));
        if (!org.name().equals(request.confirmOrganizationName().strip())) {
            throw new Invalid("confirmOrganizationName must be the organization's exact name; nothing was shredded.")
                    .with("field", "confirmOrganizationName");
        }
        keys.shred(organizationId, caller.id());
        return keys.status(organizationId);
    }

    private Organization adminOf(CurrentUser caller, UUID organizationId) {
        if (!caller.orgId().equals(organizationId)) {
            throw new NotFound("No such organization.");
        }
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the organization's admins manage its keys.");
        }
        return organizations.find(organizationId).orElseThrow(() -> new NotFound("No such organization."));
    }

    private static Organization customer(Organization org) {
        if (org.kind() != OrganizationKind.CUSTOMER) {
            throw new Invalid("Only customer organizations own data and keys.");
        }
        return org;
    }
}
