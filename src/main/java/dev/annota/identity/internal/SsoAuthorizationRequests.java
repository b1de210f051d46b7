package dev.annota.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring's resolver of {@code /oauth2/authorization/{organization}}, except that an organization without a usable
 * configuration is not an error 500: the request goes on to {@link SsoLoginController}, which says so on the login page.
 */
final class SsoAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    SsoAuthorizationRequests(ClientRegistrationRepository registrations) {
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
            return resolver.resolve(request);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        try {
            return resolver.resolve(request, clientRegistrationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
