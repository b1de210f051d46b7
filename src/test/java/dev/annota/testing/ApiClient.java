package dev.annota.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for API tests: keeps cookies (session, XSRF-TOKEN), logs in through the real login
 * form, and sends the CSRF header the way the web UI does. Or, given a token, sends {@code Authorization: Bearer}.
 * Nothing is mocked: requests go through Tomcat and every security filter.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String bearer;
    private boolean csrfHeader = true;
    private String address = randomAddress();

    private ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * Each client comes from an address of its own, sent as X-Forwarded-For (the test configuration trusts it from the
     * loopback, as a reverse proxy's): one of 198.18.0.0/15, the range set aside for tests (RFC 2544).
     */
    private static String randomAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** From now on, this client's requests come from the given client address. */
    public ApiClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public String address() {
        return address;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port);
    }

    public static ApiClient withToken(int port, String secret) {
        var client = new ApiClient(port);
        client.bearer = secret;
        return client;
    }

    /** Logs in through the login form; fails the test unless the login succeeds. */
    public static ApiClient loggedIn(int port, String email, String password) {
        return new ApiClient(port).logIn(email, password);
    }

    /** Logs this client in through the login form; fails the test unless the login succeeds. */
    public ApiClient logIn(String email, String password) {
        var client = this;
        Response r = client.submitLogin(email, password);
        if (r.status() != 302 || !r.header("Location").orElse("").endsWith("/")) {
            throw new AssertionError("Login of " + email + " failed: " + r.status() + " " + r.header("Location"));
        }
        return client;
    }

    /** Posts the login form (with the form's CSRF field, as a browser does) and returns the raw answer. */
    public Response submitLogin(String email, String password) {
        Response page = get("/login");
        var m = CSRF_FIELD.matcher(page.text());
        if (!m.find()) {
            throw new AssertionError("No CSRF field on the login page: " + page.text());
        }
        String form = Map.of("username", email, "password", password, "_csrf", m.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), false);
    }

    /** From now on, state-changing requests go without the X-XSRF-TOKEN header (to test CSRF protection). */
    public ApiClient withoutCsrfHeader() {
        this.csrfHeader = false;
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Response get(String path) {
        return send(request(path).GET(), false);
    }

    /** The JSON Lines a GET answers (an export), one node per non-blank line. */
    public java.util.List<tools.jackson.databind.JsonNode> jsonLines(String path) {
        var lines = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        for (String line : get(path).text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    public Response delete(String path) {
        return send(request(path).DELETE(), true);
    }

    public Response postJson(String path, String json) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    /** Posts JSON Lines ({@code application/x-ndjson}), as an item import takes them. */
    public Response postJsonLines(String path, String lines) {
        return post(path, "application/x-ndjson", HttpRequest.BodyPublishers.ofString(lines));
    }

    public Response putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    public Response patchJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), true);
    }

    /** A POST without a body, as the API's commands that take none (claim the next task, mark read) are called. */
    public Response postEmpty(String path) {
        return post(path, "application/json", HttpRequest.BodyPublishers.noBody());
    }

    public Response post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body), true);
    }

    /**
     * Chooses a password with a one-time setup link (as given in a creation or reset answer, or just its secret)
     * through {@code POST /api/v1/password-setup}, the way the setup page's user does, without login.
     */
    public static Response setPassword(int port, String setupLink, String password) {
        String secret = setupLink.substring(setupLink.indexOf('#') + 1);
        return anonymous(port).postJson("/api/v1/password-setup", JSON.writeValueAsString(
                Map.of("token", secret, "password", password)));
    }

    public Response send(HttpRequest.Builder request, boolean unsafe) {
        request.header("X-Forwarded-For", address);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else if (unsafe && csrfHeader) {
            if (!cookies.containsKey("XSRF-TOKEN")) {
                get("/api/v1/me"); // Spring Security writes the cookie on a response after login; fetch it as the UI would
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    }

    public record Response(int status, HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + text();
        }
    }
}
