package dev.annota.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A receiver of signed requests as a customer would run it (a project's webhook, a witness of the access log), on
 * 127.0.0.1: the JDK's HTTP server, keeping every request it received (body and headers) and answering with the status
 * {@code answers} gives for the n-th request.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String id, String timestamp, String signature, String contentType, byte[] body, int answered) {

        /** The body as text (a witness's checkpoint note, a webhook's JSON). */
        public String note() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * Whether the request carries a valid Standard Webhooks signature by this secret ({@code whsec_...}), checked
         * from the specification's definition without the server's code: HMAC-SHA256 of id, timestamp and body, sent
         * within five minutes. The header may carry several space-separated signatures (during a secret's rotation);
         * one must match.
         */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
                boolean fresh = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
                return fresh && List.of(signature.split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver(java.util.function.IntUnaryOperator answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var count = new AtomicInteger();
        server.createContext("/receiver", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answers.applyAsInt(count.getAndIncrement());
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    h.getFirst("Content-Type"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static WebhookReceiver answering(int status) throws IOException {
        return new WebhookReceiver(n -> status);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/receiver";
    }

    /** The requests answered 2xx. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
