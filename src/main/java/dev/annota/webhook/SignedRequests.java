package dev.annota.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way the server POSTs to a URL someone named (a project's webhook, a witness of the access log): the target
 * is checked again right before the request ({@link OutboundHosts}: public addresses only unless allowed), the body is
 * signed as Standard Webhooks says ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), redirects
 * are never followed (a 3xx is a failure naming the rule), no proxy is used, and the receiver's answer body is never
 * read. The outcome is a value: callers keep their own outbox and delivery log.
 */
@Component
public class SignedRequests {

    /** What one attempt gave: the HTTP status (null when none came back), an error (null when delivered), its duration. */
    public record Outcome(Integer status, String error, long millis) {

        public boolean delivered() {
            return error == null;
        }
    }

    private final OutboundHosts hosts;
    private final HttpClient http;
    private final Clock clock;

    SignedRequests(OutboundHosts hosts, Clock clock, @Value("${annota.webhooks.connect-timeout:10s}") Duration connectTimeout) {
        this.hosts = hosts;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * How long a claimed delivery is left to the instance sending it, for requests of {@code timeout}: the request's
     * connect and answer, with margin (the project webhooks' and the witnesses' rule).
     */
    public static Duration lease(Duration timeout) {
        return timeout.multipliedBy(3).plusSeconds(30);
    }

    /**
     * POSTs {@code body} to {@code url}, signed with {@code secret} under the message id {@code id} and the current
     * time; {@code headers}: more headers (content type, user agent, the caller's own). Never throws for the target's
     * failures: they are the outcome's error.
     */
    public Outcome post(String url, String secret, String id, byte[] body, Duration timeout, Map<String, String> headers) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            var target = hosts.check(url, "url");
            long timestamp = Instant.now(clock).getEpochSecond();
            var request = HttpRequest.newBuilder(target.url()).timeout(timeout);
            headers.forEach(request::header);
            request.header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            // The answer's body is of no interest: closing it without reading keeps a receiver from holding us.
            response.body().close();
            status = response.statusCode();
            if (status / 100 == 3) {
                error = "HTTP " + status + ": redirects are not followed; give the final URL";
            } else if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (TargetRefused e) {
            error = e.getMessage();
        } catch (HttpTimeoutException e) {
            error = "no answer within " + timeout.toSeconds() + " s";
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted (the instance is stopping)";
        }
        return new Outcome(status, error == null ? null : shorten(error), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static String shorten(String s) {
        return s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
