package dev.annota.prediction.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.annota.webhook.OutboundHosts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON POST to a prediction service: the target checked by {@link OutboundHosts} first, no redirect followed, the
 * answer read as JSON. A 429 or 5xx, a timeout or a refused connection is a retryable {@link ServiceFailure} (with the
 * service's {@code Retry-After} in seconds when it sent one); another status, or an answer that is not JSON, is not.
 */
final class ServicePost {

    private final HttpClient http;
    private final OutboundHosts hosts;
    private final JsonMapper json;
    private final Duration timeout;

    ServicePost(HttpClient http, OutboundHosts hosts, JsonMapper json, Duration timeout) {
        this.http = http;
        this.hosts = hosts;
        this.json = json;
        this.timeout = timeout;
    }

    JsonNode post(String base, String path, String apiKey, Object body) {
        URI target;
        try {
            target = hosts.check(base, "url").url();
        } catch (RuntimeException refused) {
            throw new ServiceFailure(refused.getMessage() == null ? "The service's URL is refused." : refused.getMessage(), false, null);
        }
        String url = target.toString().replaceAll("/+$", "") + path;
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServiceFailure("The service did not answer: " + e, true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceFailure("Interrupted while waiting for the service.", true, null);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            Duration after = response.headers().firstValue("Retry-After").flatMap(ServicePost::seconds).orElse(null);
            throw new ServiceFailure("The service answered " + status + " to " + path + ".", true, after);
        }
        if (status < 200 || status > 299) {
            throw new ServiceFailure("The service answered " + status + " to " + path + ": " + head(response.body()), false, null);
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new ServiceFailure("The service's answer to " + path + " is not JSON: " + head(response.body()), false, null);
        }
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            return s >= 0 ? java.util.Optional.of(Duration.ofSeconds(Math.min(s, 3600))) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String head(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() <= 200 ? b : b.substring(0, 200) + "...";
    }
}
