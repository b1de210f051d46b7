package dev.annota.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.identity.AccountChanged;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a provider's answer into an Annota account (docs/security.md, "Single sign-on"): the email must be verified
 * ({@code email_verified} true) and of a domain the organization declared its own; an account with that email logs in
 * if it is the organization's and enabled; none is made in the organization with its default role; an account of
 * another organization is never attached (refused, with a page that says why).
 */
@Component
class SsoLogins implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The refusals, each a code the login page explains ({@link LoginPageController}). */
    static final String UNVERIFIED = "sso_unverified_email";
    static final String OTHER_ORGANIZATION = "sso_other_organization";
    static final String DOMAIN_NOT_LISTED = "sso_domain_not_listed";
    static final String DISABLED = "sso_disabled_account";
    static final String NO_EMAIL = "sso_no_email";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOn sso;
    private final JdbcClient jdbc;
    private final Users users;
    private final Organizations organizations;
    private final TenantScope tenants;
    private final ApplicationEventPublisher events;

    SsoLogins(SingleSignOn sso, JdbcClient jdbc, Users users, Organizations organizations, TenantScope tenants,
              ApplicationEventPublisher events) {
        this.sso = sso;
        this.jdbc = jdbc;
        this.users = users;
        this.organizations = organizations;
        this.tenants = tenants;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        UUID orgId = UUID.fromString(request.getClientRegistration().getRegistrationId());
        String email = oidc.getEmail();
        if (email == null || email.isBlank()) {
            throw refused(NO_EMAIL, "The identity provider sent no email address.");
        }
        if (!Boolean.TRUE.equals(oidc.getEmailVerified())) {
            throw refused(UNVERIFIED, "The identity provider did not say the email address is verified.");
        }
        String name = oidc.getFullName() != null && !oidc.getFullName().isBlank()
                ? oidc.getFullName().strip().substring(0, Math.min(200, oidc.getFullName().strip().length())) : null;
        return new SsoAccount(accountFor(orgId, email, name), oidc.getIdToken(), oidc.getUserInfo());
    }

    private record Row(UUID id, UUID orgId, String email, String displayName, String roles, boolean enabled) {
    }

    CurrentUser accountFor(UUID orgId, String rawEmail, String name) {
        String email = rawEmail.strip().toLowerCase(Locale.ROOT);
        var owner = sso.organizationOfEmail(email);
        if (owner.isEmpty()) {
            throw refused(DOMAIN_NOT_LISTED, "The email's domain is not one of the organization's single sign-on domains.");
        }
        if (!owner.get().equals(orgId)) {
            throw refused(OTHER_ORGANIZATION, "The email's domain belongs to another organization.");
        }
        var configuration = sso.find(orgId).filter(SsoConfiguration::enabled)
                .orElseThrow(() -> refused("sso_failed", "Single sign-on is off for the organization."));
        var org = organizations.find(orgId).orElseThrow(() -> refused("sso_failed", "No such organization."));
        var row = existing(email);
        if (row == null) {
            try {
                tenants.write(orgId, () -> {
                    var account = users.create(new NewUser(orgId, email, name == null ? email.substring(0, email.indexOf('@')) : name,
                            null, Set.of(configuration.defaultRole())));
                    // The new user is the actor: nobody else acted, the provider vouched for them.
                    events.publishEvent(new AccountChanged(orgId, AccountChanged.Change.USER_CREATED, account.id(), orgId,
                            account.id(), Role.joinAll(account.roles()) + " (single sign-on)",
                            Instant.now().truncatedTo(ChronoUnit.MICROS)));
                });
            } catch (Conflict e) {
                // The same person's second login raced the first: the account exists now.
            }
            row = existing(email);
        }
        if (row == null || !row.orgId().equals(orgId)) {
            throw refused(OTHER_ORGANIZATION, "An account with this email belongs to another organization.");
        }
        if (!row.enabled()) {
            throw refused(DISABLED, "The account is deactivated.");
        }
        return new CurrentUser(row.id(), row.orgId(), org.kind(), row.email(), row.displayName(), Role.parseAll(row.roles()));
    }

    private Row existing(String email) {
        return jdbc.sql("select id, org_id, email, display_name, roles, enabled from users where email = ?")
                .param(email)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), rs.getString("roles"), rs.getBoolean("enabled")))
                .optional().orElse(null);
    }

    private static OAuth2AuthenticationException refused(String code, String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, why, null), why);
    }
}
