package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import dev.annota.testing.ApiClient;

/** The steps the review API tests take over HTTP before there is anything to review. */
final class ReviewApiSteps {

    private ReviewApiSteps() {
    }

    static ApiClient.Response postEmpty(ApiClient c, String path) {
        return c.post(path, "application/json", HttpRequest.BodyPublishers.noBody());
    }

    /** Claims and answers one item of the project at {@code base} as the annotator; returns the item id. */
    static String label(ApiClient annotator, String base, String label) {
        var task = postEmpty(annotator, base + "/tasks/next");
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"" + label + "\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return task.json().get("itemId").asString();
    }
}
