package dev.annota.identity.internal;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page's "Continue with single sign-on": finds the organization by the email's domain and sends the browser
 * to its provider (through Spring Security's {@code /oauth2/authorization/{organization}}).
 */
@Controller
record SsoLoginController(SingleSignOn sso, OrganizationClientRegistrations registrations) {

    /**
     * Not a redirect to the provider: the login page's Content-Security-Policy has {@code form-action 'self'}, which
     * browsers apply to every redirect after a form's submission, so a form cannot lead off-site. A page that moves on
     * by itself (meta refresh, no script) starts a new navigation, which {@code form-action} does not govern.
     */
    @PostMapping(value = "/login/sso", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> start(@RequestParam(required = false) String email) {
        var org = sso.organizationOfEmail(email == null || email.length() > 320 ? "" : email);
        if (org.isEmpty() || sso.find(org.get()).filter(SsoConfiguration::enabled).isEmpty()) {
            return back("sso_unknown_domain");
        }
        if (registrations.findByRegistrationId(org.get().toString()) == null) {
            return back("sso_unavailable");
        }
        String next = "/oauth2/authorization/" + org.get();
        return ResponseEntity.ok(LoginFrame.page("Single sign-on", """
                <meta http-equiv="refresh" content="0;url=%s">""".formatted(next), """
                <p><a id="sso-continue" href="%s">Continue to your organization's identity provider</a></p>""".formatted(next)));
    }

    private static ResponseEntity<String> back(String code) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/login?sso=" + code)).build();
    }

    /**
     * Reached only when Spring Security's redirect filter could not build the request (no such organization, single
     * sign-on off, the provider's discovery failing): a page that says so, not an error 500.
     */
    @GetMapping("/oauth2/authorization/{registrationId}")
    String unavailable(@PathVariable String registrationId) {
        return "redirect:/login?sso=sso_unavailable";
    }
}
