package dev.annota.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.identity.AccountChanged;
import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.InvitedUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.PatchMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Organizations, users and personal API tokens")
record IdentityController(Organizations organizations, Users users, ApiTokens tokens, TenantScope tenants,
        ApplicationEventPublisher events, SetupLinkUrls urls) {

    record Me(UUID id, String email, String displayName, Set<Role> roles, UUID orgId, String orgName,
              OrganizationKind orgKind) {
    }

    @GetMapping("/me")
    @Operation(operationId = "getCurrentUser", summary = "The caller: user, roles and organization")
    Me me(CurrentUser user) {
        String orgName = organizations.find(user.orgId()).map(Organization::name).orElse("");
        return new Me(user.id(), user.email(), user.displayName(), user.roles(), user.orgId(), orgName, user.orgKind());
    }

    @GetMapping("/organizations")
    @Operation(operationId = "listOrganizations", summary = "Organizations the caller may name: all for the operator; otherwise its own and the workforce organizations")
    List<Organization> organizations(CurrentUser user) {
        return organizations.all().stream()
                .filter(org -> user.isOperator() || org.id().equals(user.orgId()) || org.kind() == OrganizationKind.WORKFORCE)
                .toList();
    }

    /** A new user's fields, the same for an organization's first admin and a user added later. */
    private static final String EMAIL = "The user's email address, their login; unique across the instance (409 when taken)";
    private static final String DISPLAY_NAME = "The user's name as shown to others, up to 200 characters";
    private static final String ROLES = "ADMIN (manages the organization, its users and settings), MANAGER (projects), "
            + "REVIEWER (reviews answers), ANNOTATOR (labels items)";
    private static final String NO_PASSWORD = "Not accepted: leave it out (422 when sent); the user chooses their own "
            + "password with the one-time setup link in the answer";

    /** {@code password} is no longer accepted (422): the first admin chooses their own with the setup link. */
    record NewAdmin(@Schema(requiredMode = REQUIRED, description = EMAIL) @NotBlank @Email @Size(max = 320) String email,
                    @Schema(requiredMode = REQUIRED, description = DISPLAY_NAME) @NotBlank @Size(max = 200) String displayName,
                    @Schema(deprecated = true, description = NO_PASSWORD) String password) {
    }

    record NewOrganization(
            @Schema(requiredMode = REQUIRED, description = "CUSTOMER (a lab: owns projects and their data) or WORKFORCE (a "
                    + "vendor supplying annotators through engagements); OPERATOR is refused (422)")
            @NotNull OrganizationKind kind,
            @Schema(requiredMode = REQUIRED, description = "The organization's name, up to 200 characters; deleting the "
                    + "organization or shredding its keys asks for it again") @NotBlank @Size(max = 200) String name,
            @Schema(requiredMode = REQUIRED, description = "The organization's first admin") @NotNull @Valid NewAdmin admin) {
    }

    record CreatedOrganization(Organization organization, CreatedUser admin) {
    }

    /**
     * A user just added, as {@link UserAccount} (same fields, so existing clients read it as before), with the
     * one-time setup link to hand to them: shown in this answer only, never stored in clear.
     */
    record CreatedUser(UUID id, UUID orgId, String email, String displayName, Set<Role> roles, boolean enabled,
                       java.time.Instant createdAt, String setupLink, java.time.Instant setupLinkExpiresAt) {

        static CreatedUser of(InvitedUser invited, SetupLinkUrls urls) {
            UserAccount a = invited.account();
            return new CreatedUser(a.id(), a.orgId(), a.email(), a.displayName(), a.roles(), a.enabled(), a.createdAt(),
                    urls.of(invited.setupLink()), invited.setupLink().expiresAt());
        }
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createOrganization", summary = "Create an organization and its first admin (operator only); the answer carries the admin's "
            + "one-time setup link (admin.setupLink), with which they choose their own password. No password in the request (422)")
    CreatedOrganization createOrganization(CurrentUser user, @Valid @RequestBody NewOrganization request) {
        if (!user.isOperator() || !user.has(Role.ADMIN)) {
            throw new Forbidden("Only the operator's admins create organizations.");
        }
        if (request.admin().password() != null) {
            throw new Invalid("Leave out the admin's password: the new admin chooses their own. The answer carries a "
                    + "one-time setup link to give them.").with("field", "admin.password");
        }
        if (request.kind() == OrganizationKind.OPERATOR) {
            throw new Invalid("Create a CUSTOMER or WORKFORCE organization.").with("field", "kind");
        }
        // One transaction, the new organization's own: the organization, its admin and the two access log events
        // (in the new organization's log, naming the operator's admin who acted) commit together or not at all.
        UUID id = Generators.timeBasedEpochGenerator().generate();
        return tenants.write(id, () -> {
            var org = organizations.create(id, request.kind(), request.name());
            events.publishEvent(new AccountChanged(org.id(), AccountChanged.Change.ORGANIZATION_CREATED, user.id(), user.orgId(),
                    org.id(), org.kind().name(), org.createdAt()));
            var admin = users.create(user, new NewUser(org.id(), request.admin().email(), request.admin().displayName(),
                    null, Set.of(Role.ADMIN)));
            return new CreatedOrganization(org, CreatedUser.of(admin, urls));
        });
    }

    @GetMapping("/users")
    @Operation(operationId = "listUsers", summary = "Users of the caller's organization (admins and managers)")
    List<UserAccount> users(CurrentUser user) {
        if (!user.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new Forbidden("Only admins and managers list their organization's users.");
        }
        return users.ofOrganization(user.orgId());
    }

    /** {@code password} is no longer accepted (422): the new user chooses their own with the setup link. */
    record NewMember(@Schema(requiredMode = REQUIRED, description = EMAIL) @NotBlank @Email @Size(max = 320) String email,
                     @Schema(requiredMode = REQUIRED, description = DISPLAY_NAME) @NotBlank @Size(max = 200) String displayName,
                     @Schema(deprecated = true, description = NO_PASSWORD) String password,
                     @Schema(requiredMode = REQUIRED, description = "At least one role: " + ROLES) @NotEmpty Set<Role> roles) {
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addUser", summary = "Add a user to the caller's organization (admins); the answer carries the user's one-time "
            + "setup link (setupLink, shown once), with which they choose their own password. No password in the request (422)")
    CreatedUser addUser(CurrentUser user, @Valid @RequestBody NewMember request) {
        if (!user.has(Role.ADMIN)) {
            throw new Forbidden("Only admins add users.");
        }
        return CreatedUser.of(users.create(user, new NewUser(user.orgId(), request.email(), request.displayName(),
                request.password(), request.roles())), urls);
    }

    record UserChange(
            @Schema(description = "The user's new roles, replacing the old ones: " + ROLES + "; left out: unchanged")
            Set<Role> roles,
            @Schema(description = "false deactivates the account (its tokens are revoked, its sessions end), true enables "
                    + "it again; left out: unchanged. Send roles, enabled or both (422 with neither)") Boolean enabled) {
    }

    @PatchMapping("/users/{userId}")
    @Operation(operationId = "changeUser", summary = "Change a user's roles and/or enable or deactivate the account (admins of the user's organization; "
            + "deactivating revokes the user's tokens and ends their sessions; the last enabled admin cannot be removed: 409)")
    UserAccount changeUser(CurrentUser user, @PathVariable UUID userId, @RequestBody UserChange request) {
        if (request.roles() == null && request.enabled() == null) {
            throw new Invalid("Send roles and/or enabled.").with("field", "roles");
        }
        return users.change(user, userId, request.roles(), request.enabled());
    }

    record TokenRequest(
            @Schema(requiredMode = REQUIRED, description = "A name to recognise the token by in the token list, e.g. "
                    + "ci-export, up to 100 characters") @NotBlank @Size(max = 100) String name,
            @Schema(minimum = "1", description = "Days until the token expires, 1 to the instance's maximum "
                    + "(annota.tokens.max-days, 365 by default); left out: 90") Integer expiresInDays) {
    }

    @GetMapping("/tokens")
    @Operation(operationId = "listTokens", summary = "The caller's personal API tokens (never their secrets)")
    List<ApiTokens.TokenInfo> tokens(CurrentUser user) {
        return tokens.of(user);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "issueToken", summary = "Issue a personal API token; the secret is in this response only")
    ApiTokens.IssuedToken issueToken(CurrentUser user, @Valid @RequestBody TokenRequest request) {
        return tokens.issue(user, request.name(), request.expiresInDays() == null ? 90 : request.expiresInDays());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens")
    void revokeToken(CurrentUser user, @Parameter(description = "The token's id (from listTokens)") @PathVariable UUID id) {
        tokens.revoke(user, id);
    }
}
