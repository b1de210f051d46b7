package dev.annota.identity.internal;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization's single sign-on configuration, for its admins (docs/security.md, "Single sign-on"). */
@RestController
@RequestMapping("/api/v1/organizations/me/sso")
@Tag(name = "Identity", description = "Organizations, users and personal API tokens")
record SsoController(SingleSignOn sso, OrganizationClientRegistrations registrations) {

    /** The client secret is write-only: left out (or blank) it keeps the stored one; required the first time. */
    record SsoSettings(
            @Schema(requiredMode = REQUIRED, example = "https://login.example.org/realms/lab", description = "The OpenID "
                    + "Connect issuer: an https URL without query, fragment or user name (plain http only for the hosts "
                    + "the instance allows); its discovery document names the provider's endpoints")
            @NotBlank @Size(max = 500) String issuerUri,
            @Schema(requiredMode = REQUIRED, description = "The client id the identity provider gave for Annota")
            @NotBlank @Size(max = 200) String clientId,
            @Schema(writeOnly = true, description = "The client secret the identity provider gave for Annota; write-only, "
                    + "never returned. Required the first time; left out or blank afterwards keeps the stored one")
            @Size(max = 1000) String clientSecret,
            @Schema(requiredMode = REQUIRED, description = "1 to 50 email domains such as example.org (a leading @ and case "
                    + "are ignored): people whose work email is in one of them log in through this provider. A domain "
                    + "belongs to one organization only (409)")
            @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 253) String> emailDomains,
            @Schema(requiredMode = REQUIRED, description = "The role of the accounts single sign-on creates: ANNOTATOR, "
                    + "REVIEWER or MANAGER, never ADMIN (422)") @NotNull Role defaultRole,
            @Schema(requiredMode = REQUIRED, description = "Whether people may log in through it now; false keeps the "
                    + "configuration but turns the login off") @NotNull Boolean enabled) {
    }

    /**
     * The configuration as shown: never the secret. {@code redirectPath} is what to register at the provider as the
     * redirect URI, after this server's address.
     */
    record SsoView(String issuerUri, String clientId, boolean clientSecretSet, List<String> emailDomains, Role defaultRole,
                   boolean enabled, String redirectPath, Instant updatedAt) {

        static SsoView of(SsoConfiguration c) {
            return new SsoView(c.issuerUri(), c.clientId(), true, c.emailDomains(), c.defaultRole(), c.enabled(),
                    "/login/oauth2/code/" + c.orgId(), c.updatedAt());
        }
    }

    record SsoTestResult(boolean ok, String issuerUri, String authorizationEndpoint, String problem) {
    }

    @GetMapping
    @Operation(operationId = "getSsoSettings", summary = "The organization's single sign-on configuration (admins; 404 when none). The client secret is never returned")
    SsoView get(CurrentUser caller) {
        return SsoView.of(sso.get(caller));
    }

    @PutMapping
    @Operation(operationId = "saveSsoSettings", summary = "Create or replace the organization's single sign-on configuration (admins): OpenID Connect issuer, "
            + "client id and secret (write-only; left out keeps the stored one), email domains (each of one organization "
            + "only: 409), role of the accounts it creates (not ADMIN), enabled. Recorded in the access log")
    SsoView put(CurrentUser caller, @Valid @RequestBody SsoSettings body) {
        return SsoView.of(sso.save(caller, new SingleSignOn.Settings(body.issuerUri(), body.clientId(), body.clientSecret(),
                body.emailDomains(), body.defaultRole(), body.enabled())));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteSsoSettings", summary = "Remove the organization's single sign-on configuration and its domains (admins). Recorded in the access log")
    void delete(CurrentUser caller) {
        sso.delete(caller);
    }

    @PostMapping("/test")
    @Operation(operationId = "testSsoSettings", summary = "Test the stored configuration (admins): fetch the issuer's discovery document now and say in plain "
            + "words what is wrong, if anything")
    SsoTestResult test(CurrentUser caller) {
        var configuration = sso.get(caller);
        var discovery = registrations.discover(configuration.issuerUri());
        return new SsoTestResult(discovery.problem() == null, configuration.issuerUri(),
                discovery.provider() == null ? null : discovery.provider().getProviderDetails().getAuthorizationUri(),
                discovery.problem());
    }
}
