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

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
        // The reason comes in the URL (SecurityConfiguration's failure handler): no session for an anonymous visitor.
        String message = "";
        if (error != null) {
            message = "locked".equals(error)
                    ? "Too many failed attempts: this account is locked for a minute. Try again later."
                    : "Wrong email or password.";
            message = "<p class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(message) + "</p>";
        } else if (logout != null) {
            message = "<p class=\"info\" role=\"status\">You are logged out.</p>";
        }
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Log in · Annota</title>
                  <link rel="icon" href="/favicon.svg">
                  <link rel="stylesheet" href="/app/annota.css">
                </head>
                <body class="login">
                  <main>
                    <h1>Annota</h1>
                    %s
                    <form method="post" action="/login">
                      <label>Email <input id="username" name="username" type="email" autocomplete="username" required autofocus></label>
                      <label>Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
                      <input type="hidden" name="%s" value="%s">
                      <button id="login" type="submit">Log in</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
