package dev.annota.identity.internal;

import dev.annota.failure.Failure;
import dev.annota.identity.Passwords;
import dev.annota.identity.PasswordPolicy;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a setup link opens, without login: plain HTML like the login page. The link's secret is in the URL's
 * fragment, which the browser never sends; the page's one script ({@code /app/setup-password.js}) copies it into the
 * form and takes it out of the address bar. Posting the form sets the password and sends the user to the login page.
 */
@Controller
record SetupPasswordPageController(Passwords passwords) {

    @GetMapping(value = SetupLinkUrls.PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String form(CsrfToken csrf) {
        return page(csrf, "", "");
    }

    @PostMapping(value = SetupLinkUrls.PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String submit(CsrfToken csrf, @RequestParam(required = false) String token, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String repeat, HttpServletResponse response) {
        String problem;
        if (password != null && !password.equals(repeat)) {
            problem = "The two passwords differ; type the same password twice.";
        } else {
            try {
                passwords.setUp(token, password);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", "/login?password-set");
                return "";
            } catch (Failure e) {
                problem = e.detail();
            }
        }
        response.setStatus(422);
        return page(csrf, "<p class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(problem) + "</p>", token == null ? "" : token);
    }

    private static String page(CsrfToken csrf, String message, String token) {
        return LoginFrame.page("Choose your password", """
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <script type="module" src="/app/setup-password.js"></script>""", """
                <p>Choose your password: at least %d characters, not a common one. A few unrelated words make a good one.</p>
                %s
                <form method="post" action="%s">
                  <input type="hidden" id="token" name="token" value="%s">
                  <label>New password <input id="password" name="password" type="password" autocomplete="new-password" minlength="%d" required autofocus></label>
                  <label>Repeat it <input id="repeat" name="repeat" type="password" autocomplete="new-password" required></label>
                  <input type="hidden" name="%s" value="%s">
                  <button id="set-password" type="submit">Set password</button>
                </form>""".formatted(PasswordPolicy.MIN_LENGTH, message, SetupLinkUrls.PAGE, HtmlUtils.htmlEscape(token),
                PasswordPolicy.MIN_LENGTH, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
    }
}
