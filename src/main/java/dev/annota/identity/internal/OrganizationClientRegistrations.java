package dev.annota.identity.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;

/**
 * The OpenID Connect clients of the organizations, one per configuration: the registration id is the organization's
 * id, the provider's endpoints come from its discovery document ({@code issuer/.well-known/openid-configuration}),
 * fetched once per issuer and kept for a few minutes so the two lookups of a login do not fetch it twice.
 */
@Component
class OrganizationClientRegistrations implements ClientRegistrationRepository {

    /** What discovery gave, or why it failed, in plain words. */
    record Discovery(ClientRegistration provider, String problem) {
    }

    private final SingleSignOn sso;
    private final Cache<String, ClientRegistration> discovered = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1_000).build();

    OrganizationClientRegistrations(SingleSignOn sso) {
        this.sso = sso;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        UUID orgId;
        try {
            orgId = UUID.fromString(registrationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        var configuration = sso.find(orgId).filter(SsoConfiguration::enabled);
        if (configuration.isEmpty()) {
            return null;
        }
        var c = configuration.get();
        var provider = Optional.ofNullable(discovered.getIfPresent(c.issuerUri())).orElseGet(() -> {
            var found = discover(c.issuerUri());
            return found.provider();
        });
        if (provider == null) {
            return null;
        }
        return ClientRegistration.withClientRegistration(provider)
                .registrationId(registrationId)
                .clientId(c.clientId())
                .clientSecret(sso.clientSecret(c))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "profile")
                .userNameAttributeName("sub")
                .clientName("Single sign-on")
                .build();
    }

    /** Fetches the issuer's discovery document now (not from the cache); the answer's problem is for an admin. */
    Discovery discover(String issuer) {
        try {
            var provider = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId("discovery").clientId("discovery").build();
            discovered.put(issuer, provider);
            return new Discovery(provider, null);
        } catch (RuntimeException e) {
            return new Discovery(null, problem(issuer, e));
        }
    }

    private static String problem(String issuer, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "The issuer's host name is unknown: check the spelling of " + issuer + ".";
            }
            if (t instanceof ConnectException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return "Nothing answered at " + issuer + ": check the address, and that Annota's server may reach it.";
            }
            if (t instanceof HttpStatusCodeException http) {
                return "The issuer answered HTTP " + http.getStatusCode().value() + " for its discovery document ("
                        + issuer + "/.well-known/openid-configuration): check the issuer URL.";
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "The issuer's TLS certificate was not accepted: " + t.getMessage();
            }
        }
        if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("did not match")) {
            return "The discovery document names another issuer than " + issuer + ": copy the issuer exactly as your "
                    + "identity provider shows it.";
        }
        return "The discovery document of " + issuer + " could not be read (" + e.getMessage() + ").";
    }
}
