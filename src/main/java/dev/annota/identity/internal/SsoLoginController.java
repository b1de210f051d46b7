package dev.annota.identity.internal;

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
class SsoLoginController {

    private final SingleSignOn sso;
    private final OrganizationClientRegistrations registrations;

    SsoLoginController(SingleSignOn sso, OrganizationClientRegistrations registrations) {
        this.sso = sso;
        this.registrations = registrations;
    }

    @PostMapping("/login/sso")
    String start(@RequestParam(required = false) String email) {
        var org = sso.organizationOfEmail(email == null || email.length() > 320 ? "" : email);
        if (org.isEmpty() || sso.find(org.get()).filter(SsoConfiguration::enabled).isEmpty()) {
            return "redirect:/login?sso=sso_unknown_domain";
        }
        if (registrations.findByRegistrationId(org.get().toString()) == null) {
            return "redirect:/login?sso=sso_unavailable";
        }
        return "redirect:/oauth2/authorization/" + org.get();
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
