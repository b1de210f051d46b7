package dev.annota.identity.internal;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The login page: plain HTML with no script, so it works before anything else has loaded. */
@Controller
class LoginPageController {

    /** What the page says after single sign-on was refused or could not start ({@code ?sso=code}); other codes say nothing. */
    static final java.util.Map<String, String> SSO_MESSAGES = java.util.Map.of(
            "sso_unknown_domain", "No organization uses single sign-on for this email's domain. Log in with your password.",
            "sso_unavailable", "Single sign-on is not available for this organization right now. Ask its admins, or log in with your password.",
            SsoLogins.UNVERIFIED, "Your identity provider did not confirm that your email address is verified, so Annota cannot log you in with it.",
            SsoLogins.OTHER_ORGANIZATION, "This email belongs to another organization on Annota: single sign-on cannot log you in to it. Ask your admins.",
            SsoLogins.DOMAIN_NOT_LISTED, "Your email's domain is not one of the organization's single sign-on domains. Ask its admins.",
            SsoLogins.DISABLED, "Your account is deactivated. Ask your organization's admins.",
            SsoLogins.NO_EMAIL, "Your identity provider sent no email address, so Annota cannot tell who you are.",
            "sso_failed", "Single sign-on did not succeed. Try again, or ask your organization's admins.");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(name = "password-set", required = false) String passwordSet,
                 @RequestParam(required = false) String sso) {
        String message = "";
        if (sso != null && SSO_MESSAGES.containsKey(sso)) {
            message = "<p class=\"error\" role=\"alert\" id=\"sso-refused\">" + HtmlUtils.htmlEscape(SSO_MESSAGES.get(sso)) + "</p>";
        } else if (error != null) {
            // One message for every refusal: a wrong password, an unknown email and a throttled login look the same,
            // so the page tells nobody whether an account exists or is locked (docs/security.md, "Login throttling").
            message = "<p class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(ThrottledLogin.REFUSED
                    + ". After repeated failures, logging in is paused for a while; try again later.") + "</p>";
        } else if (logout != null) {
            message = "<p class=\"info\" role=\"status\">You are logged out.</p>";
        } else if (passwordSet != null) {
            message = "<p class=\"info\" role=\"status\">Your password is set. Log in with your email and the new password.</p>";
        }
        return LoginFrame.page("Log in", """
                <meta name="viewport" content="width=device-width, initial-scale=1">""", """
                %s
                <form method="post" action="/login">
                  <label>Email <input id="username" name="username" type="email" autocomplete="username" required autofocus></label>
                  <label>Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
                  <input type="hidden" name="%s" value="%s">
                  <button id="login" type="submit">Log in</button>
                </form>
                <form method="post" action="/login/sso" class="sso">
                  <label>Work email <input id="sso-email" name="email" type="email" autocomplete="username" required></label>
                  <input type="hidden" name="%s" value="%s">
                  <button id="sso" type="submit">Continue with single sign-on</button>
                </form>""".formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
                        HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
    }
}
