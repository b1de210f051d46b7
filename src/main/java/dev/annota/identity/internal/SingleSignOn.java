package dev.annota.identity.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.annota.failure.Conflict;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.AccountChanged;
import dev.annota.identity.ClientSecrets;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * An organization's single sign-on configuration, kept by its admins (docs/security.md, "Single sign-on"): the
 * OpenID Connect provider (issuer, client id, client secret sealed at rest), the email domains it speaks for (each
 * domain belongs to one organization only), the role of an account it creates, and whether it is on. Each change is an
 * {@link AccountChanged} event in the organization's transaction, for its access log.
 */
@Service
class SingleSignOn {

    /** What an admin sends; {@code clientSecret} may be left out to keep the stored one. */
    record Settings(String issuerUri, String clientId, String clientSecret, List<String> emailDomains, Role defaultRole,
                    boolean enabled) {
    }

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private final SsoConfigurations store;
    private final TenantScope tenants;
    private final ClientSecrets secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<String> httpHosts;

    SingleSignOn(SsoConfigurations store, TenantScope tenants, ClientSecrets secrets, ApplicationEventPublisher events,
                 Clock clock, @Value("${annota.sso.allowed-http-hosts:${annota.webhooks.allowed-hosts:}}") String httpHosts) {
        this.store = store;
        this.tenants = tenants;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
        this.httpHosts = Arrays.stream(httpHosts.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    SsoConfiguration get(CurrentUser caller) {
        requireAdmin(caller);
        return find(caller.orgId()).orElseThrow(SingleSignOn::none);
    }

    /** The organization's configuration as stored, for the login (no caller: the login has none yet). */
    Optional<SsoConfiguration> find(UUID orgId) {
        return tenants.read(orgId, () -> store.find(orgId));
    }

    /** The organization that declared the email's domain its own. */
    Optional<UUID> organizationOfEmail(String email) {
        String domain = domainOf(email);
        return domain.isEmpty() ? Optional.empty() : store.organizationOf(domain);
    }

    static String domainOf(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        return at < 0 ? "" : e.substring(at + 1);
    }

    String clientSecret(SsoConfiguration configuration) {
        return secrets.open(configuration.orgId(), configuration.sealedSecret());
    }

    SsoConfiguration save(CurrentUser caller, Settings settings) {
        requireAdmin(caller);
        UUID orgId = caller.orgId();
        String issuer = issuer(settings.issuerUri());
        List<String> domains = domains(settings.emailDomains());
        if (settings.defaultRole() == Role.ADMIN) {
            throw invalid("defaultRole", "Accounts made by single sign-on cannot be admins: choose MANAGER, REVIEWER or "
                    + "ANNOTATOR, and make admins by hand.");
        }
        for (String domain : domains) {
            store.organizationOf(domain).filter(owner -> !owner.equals(orgId)).ifPresent(owner -> {
                throw new Conflict("The email domain " + domain + " belongs to another organization.").with("field", "emailDomains");
            });
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            return tenants.write(orgId, () -> {
                var existing = store.find(orgId);
                String secret = settings.clientSecret();
                String sealed;
                if (secret != null && !secret.isBlank()) {
                    sealed = secrets.seal(orgId, secret.strip());
                } else if (existing.isPresent()) {
                    sealed = existing.get().sealedSecret();
                } else {
                    throw invalid("clientSecret", "Enter the client secret your identity provider gave for Annota.");
                }
                var saved = new SsoConfiguration(orgId, issuer, settings.clientId().strip(), sealed, domains,
                        settings.defaultRole(), settings.enabled(), now);
                store.save(saved);
                events.publishEvent(new AccountChanged(orgId, AccountChanged.Change.SSO_CONFIGURED, caller.id(), caller.orgId(),
                        orgId, "issuer " + issuer + "; domains " + String.join(",", domains) + "; role "
                        + settings.defaultRole() + (settings.enabled() ? "; enabled" : "; disabled")
                        + (secret != null && !secret.isBlank() ? "; secret replaced" : ""), now));
                return saved;
            });
        } catch (DuplicateKeyException e) {
            // Another organization took one of the domains between the check and the insert.
            throw new Conflict("One of the email domains belongs to another organization.").with("field", "emailDomains");
        }
    }

    void delete(CurrentUser caller) {
        requireAdmin(caller);
        UUID orgId = caller.orgId();
        tenants.write(orgId, () -> {
            if (!store.delete(orgId)) {
                throw none();
            }
            events.publishEvent(new AccountChanged(orgId, AccountChanged.Change.SSO_REMOVED, caller.id(), caller.orgId(),
                    orgId, null, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        });
    }

    private String issuer(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw invalid("issuerUri", "Enter the issuer as a URL, such as https://login.example.org/realms/lab.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && httpHosts.contains(host)))) {
            throw invalid("issuerUri", "Enter the issuer as an https URL, such as https://login.example.org/realms/lab.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid("issuerUri", "The issuer URL has no query, fragment or user name.");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> domains(List<String> given) {
        var domains = new LinkedHashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            String d = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (d.startsWith("@")) {
                d = d.substring(1);
            }
            if (!DOMAIN.matcher(d).matches()) {
                throw invalid("emailDomains[" + i + "]", "Enter an email domain such as example.org (no @, no spaces).");
            }
            domains.add(d);
        }
        return new ArrayList<>(domains);
    }

    private static void requireAdmin(CurrentUser caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the organization's admins configure single sign-on.");
        }
    }

    private static NotFound none() {
        return new NotFound("Single sign-on is not configured for your organization.");
    }

    private static Invalid invalid(String field, String detail) {
        var e = new Invalid(detail);
        e.with("field", field);
        return e;
    }
}
