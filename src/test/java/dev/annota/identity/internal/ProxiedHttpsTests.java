package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.annota.identity.Role;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.Nginx;
import dev.annota.testing.ProxyTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * HTTPS ended at a proxy: with {@code X-Forwarded-Proto: https} from a trusted proxy the cookies are Secure and HSTS is
 * sent; over plain HTTP without it (local development) nothing changes; the header from an address that is not a
 * trusted proxy is ignored. Over real HTTP, and once through a real nginx terminating TLS. Trusted proxies here:
 * loopback only ({@code ANNOTA_TRUSTED_PROXIES=127.0.0.0/8,::1/128}), so this machine's own network address stands
 * for an untrusted client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.0/8,::1/128")
@Import(Fixtures.class)
class ProxiedHttpsTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void overPlainHttpWithoutTheHeaderCookiesAreNotSecureAndNoHstsIsSent() throws Exception {
        var login = logIn(http, "http://localhost:" + port, Optional.empty());

        assertThat(login.page().headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(login.page(), "XSRF-TOKEN")).isPresent().get().asString().doesNotContainIgnoringCase("secure");
        assertThat(cookie(login.answer(), "SESSION")).isPresent().get().asString().doesNotContainIgnoringCase("secure");
        assertThat(login.answer().headers().firstValue("Location").orElse("")).startsWith("http://localhost:" + port + "/");
    }

    @Test
    void withXForwardedProtoHttpsFromATrustedProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        var login = logIn(http, "http://localhost:" + port, Optional.of("https"));

        assertThat(login.page().headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(cookie(login.page(), "XSRF-TOKEN")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));
        assertThat(cookie(login.answer(), "SESSION")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));
        assertThat(login.answer().headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void theHeaderFromAnAddressThatIsNoTrustedProxyIsIgnored() throws Exception {
        String address = ownNetworkAddress();
        Assumptions.assumeTrue(address != null, "this machine has no network address besides loopback");

        var login = logIn(http, "http://" + address + ":" + port, Optional.of("https"));

        assertThat(login.page().headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(login.page(), "XSRF-TOKEN")).isPresent().get().asString().doesNotContainIgnoringCase("secure");
        assertThat(cookie(login.answer(), "SESSION")).isPresent().get().asString().doesNotContainIgnoringCase("secure");
    }

    @Test
    @ProxyTest
    void throughNginxTerminatingTlsTheBrowserGetsSecureCookiesHstsAndHttpsRedirects(@TempDir Path dir) throws Exception {
        try (var nginx = Nginx.proxying(port, dir)) {
            var client = HttpClient.newBuilder().sslContext(nginx.trust()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // An anonymous page request is sent to the login form, at the proxy's https address.
            var page = client.send(HttpRequest.newBuilder(URI.create(nginx.url() + "/admin/walls")).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).isEqualTo(nginx.url() + "/login");

            var login = logIn(client, nginx.url(), Optional.empty());

            assertThat(login.answer().statusCode()).isEqualTo(302);
            assertThat(login.answer().headers().firstValue("Location").orElse("")).startsWith(nginx.url() + "/");
            assertThat(login.page().headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(cookie(login.page(), "XSRF-TOKEN")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));
            assertThat(cookie(login.answer(), "SESSION")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));
        }
    }

    private record Login(HttpResponse<String> page, HttpResponse<String> answer) {
    }

    /** GET /login, then POST the form with its CSRF field and cookie, as a browser does; optionally with the header. */
    private Login logIn(HttpClient client, String base, Optional<String> forwardedProto) throws Exception {
        var user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        var get = HttpRequest.newBuilder(URI.create(base + "/login")).GET();
        forwardedProto.ifPresent(p -> get.header("X-Forwarded-Proto", p));
        var page = client.send(get.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String xsrfCookie = cookie(page, "XSRF-TOKEN").orElseThrow().split(";", 2)[0];
        String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var post = HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", xsrfCookie).POST(HttpRequest.BodyPublishers.ofString(form));
        forwardedProto.ifPresent(p -> post.header("X-Forwarded-Proto", p));
        var answer = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.headers().toString()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return new Login(page, answer);
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    /** An IPv4 address of this machine other than loopback, or null. */
    private static String ownNetworkAddress() throws Exception {
        for (NetworkInterface nic : List.copyOf(NetworkInterface.networkInterfaces().toList())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : nic.inetAddresses().toList()) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        return null;
    }
}
