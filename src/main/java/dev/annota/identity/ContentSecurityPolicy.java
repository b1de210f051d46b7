package dev.annota.identity;

/**
 * The Content-Security-Policy every response carries: scripts only from this server, no plugins, no framing. A page
 * with an inline script (the UI shell's import map) allows exactly that script by its hash and nothing more.
 */
public final class ContentSecurityPolicy {

    private static final String TEMPLATE = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static final String DEFAULT = TEMPLATE.formatted("");

    private ContentSecurityPolicy() {
    }

    /** The default policy, also admitting the inline script whose hash is given (e.g. {@code sha256-...}). */
    public static String allowingInlineScript(String hash) {
        return TEMPLATE.formatted(" '" + hash + "'");
    }
}
