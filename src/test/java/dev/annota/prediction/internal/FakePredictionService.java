package dev.annota.prediction.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A prediction service as a lab would run it, on 127.0.0.1 (the JDK's HTTP server): a Label Studio ML backend at
 * {@code /predict} and an OpenAI-compatible endpoint at {@code /v1/chat/completions}. It labels a text "a" when it holds
 * an even digit, "b" otherwise, with confidence 0.9 for "a" and 0.6 for "b"; keeps every request (body and
 * Authorization header); and answers the n-th request with the status {@code statuses} gives (a 429 with
 * {@code Retry-After: 0}).
 */
final class FakePredictionService implements AutoCloseable {

    record Received(String path, String authorization, JsonNode body, int answered) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakePredictionService(IntUnaryOperator statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var count = new AtomicInteger();
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            int status = statuses.applyAsInt(count.getAndIncrement());
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            if (status != 200) {
                if (status == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "0");
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
                return;
            }
            reply(exchange, path.endsWith("/predict") ? predict(body) : chat(body));
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    static FakePredictionService answering(int status) throws IOException {
        return new FakePredictionService(n -> status);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String label(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9' && (c - '0') % 2 == 0) ? "a" : "b";
    }

    private static ObjectNode predict(JsonNode request) {
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        ArrayNode results = reply.putArray("results");
        for (JsonNode task : request.path("tasks")) {
            String label = label(task.path("data").path("text").asString(""));
            ObjectNode result = results.addObject();
            ObjectNode region = result.putArray("result").addObject();
            region.put("from_name", "label").put("to_name", "item").put("type", "choices");
            region.putObject("value").putArray("choices").add(label);
            result.put("score", label.equals("a") ? 0.9 : 0.6).put("model_version", "fake-backend-v2");
        }
        return reply;
    }

    private static ObjectNode chat(JsonNode request) {
        String prompt = request.path("messages").path(1).path("content").asString("");
        String label = label(prompt);
        ObjectNode reply = JsonNodeFactory.instance.objectNode().put("model", request.path("model").asString() + "-2026");
        reply.putArray("choices").addObject().putObject("message").put("role", "assistant")
                .put("content", "{\"answer\": \"" + label + "\", \"confidence\": " + (label.equals("a") ? 0.8 : 0.55) + "}");
        return reply;
    }

    private static void reply(HttpExchange exchange, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
