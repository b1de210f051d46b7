package dev.annota.identity.internal;

import dev.annota.identity.SetupLink;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A setup link as the URL to hand over: this server's address as the request reached it (behind a reverse proxy, as
 * the proxy's forwarded headers say, with {@code server.forward-headers-strategy}), the page {@code /setup-password},
 * and the secret in the fragment. A fragment is never sent to a server, so the secret does not land in a proxy's access
 * log or a Referer header; the page's script moves it into its form.
 */
@Component
class SetupLinkUrls {

    static final String PAGE = "/setup-password";

    String of(SetupLink link) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PAGE).build().toUriString() + "#" + link.secret();
    }
}
