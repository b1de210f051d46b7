package dev.annota.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few HTTP calls the benchmark makes, through the public API only. A personal token is obtained the way a person
 * gets one: log in with the password (form login, session cookie, CSRF token), then POST /api/v1/tokens.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final String base;
    final HttpClient client;

    Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Logs in with a password and issues a personal API token (valid one day) for the benchmark. */
    String token(String email, String password) throws IOException, InterruptedException {
        try (HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build()) {
            String page = session.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF_FIELD.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("No CSRF field on the login page");
            }
            String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            var login = session.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("Login failed for " + email + ": " + login.statusCode() + " " + location);
            }
            // The session's CSRF token changed at login; rendering the login page again writes the new XSRF-TOKEN cookie.
            session.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
            String xsrf = ((CookieManager) session.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
            var issued = session.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"expiresInDays\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return expect(issued, 201).get("secret").asString();
        }
    }

    JsonNode get(String token, String path) throws IOException, InterruptedException {
        return expect(client.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    JsonNode post(String token, String path, Object body, int status) throws IOException, InterruptedException {
        var req = request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return expect(client.send(req, HttpResponse.BodyHandlers.ofString()), status);
    }

    JsonNode put(String token, String path, Object body, int status) throws IOException, InterruptedException {
        var req = request(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return expect(client.send(req, HttpResponse.BodyHandlers.ofString()), status);
    }

    /** Chooses a user's password with the secret of their setup link (no login: the secret is the credential). */
    void setUpPassword(String secret, String password) throws IOException, InterruptedException {
        var req = HttpRequest.newBuilder(uri("/api/v1/password-setup")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("token", secret, "password", password))))
                .build();
        expect(client.send(req, HttpResponse.BodyHandlers.ofString()), 200);
    }

    HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static JsonNode expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
