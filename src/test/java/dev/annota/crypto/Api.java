package dev.annota.crypto;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.annota.identity.CurrentUser;
import dev.annota.testing.Fixtures;

/** The REST API as a client sees it: bearer tokens, JSON bodies, status codes. */
final class Api {

    record Response(int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Fixtures fixtures;

    /** On the application the fixtures build in (started on a random port). */
    Api(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    String token(CurrentUser user) {
        return fixtures.token(user);
    }

    Response get(String token, String path) {
        return send(token, HttpRequest.newBuilder(uri(path)).GET());
    }

    Response post(String token, String path, String contentType, String body) {
        return send(token, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postBytes(String token, String path, String contentType, byte[] body) {
        return send(token, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A JSON body with any method (PUT, PATCH). */
    Response send(String method, String token, String path, String body) {
        return send(token, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postJson(String token, String path, String body) {
        return post(token, path, "application/json", body);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + fixtures.port() + path);
    }

    private Response send(String token, HttpRequest.Builder request) {
        try {
            var response = http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
