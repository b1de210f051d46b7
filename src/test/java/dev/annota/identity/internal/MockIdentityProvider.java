package dev.annota.identity.internal;

import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The organizations' OpenID Connect provider in the single sign-on tests: mock-oauth2-server on a random port of
 * 127.0.0.1, started before the test class and stopped after it ({@code @RegisterExtension static final}).
 */
final class MockIdentityProvider implements BeforeAllCallback, AfterAllCallback {

    private MockOAuth2Server server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = new MockOAuth2Server();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdown();
    }

    /** The provider's issuer, by the one name both the application and the tests' Chromium resolve (localhost). */
    String issuer() {
        var url = server.issuerUrl("default");
        return "http://localhost:" + url.port() + url.encodedPath();
    }

    /** The provider's next login is of this person. */
    void nextLoginIs(String email, boolean verified) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback("default", UUID.randomUUID().toString(), "JWT", null,
                Map.of("email", email, "email_verified", verified, "name", "Sam Single"), 3600));
    }
}
