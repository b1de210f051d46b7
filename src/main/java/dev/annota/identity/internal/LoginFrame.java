package dev.annota.identity.internal;

/**
 * The frame of the plain HTML pages around logging in (the login page, single sign-on's way to the provider, choosing
 * a password): served before the app, so they share its stylesheet but nothing else.
 */
final class LoginFrame {

    private LoginFrame() {
    }

    /**
     * A whole page: {@code head}, lines of the head before the title; {@code main}, what comes under the Annota heading.
     * Both are HTML the caller has escaped, one element a line, indented here.
     */
    static String page(String title, String head, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                %s
                  <title>%s · Annota</title>
                  <link rel="icon" href="/favicon.svg">
                  <link rel="stylesheet" href="/app/annota.css">
                </head>
                <body class="login">
                  <main>
                    <h1>Annota</h1>
                %s
                  </main>
                </body>
                </html>
                """.formatted(head.indent(2).stripTrailing(), title, main.indent(4).stripTrailing());
    }
}
