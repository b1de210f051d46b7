package dev.annota.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.testing.ApiClient;

/** The steps the review API tests take over HTTP before there is anything to review. */
final class ReviewApiSteps {

    private ReviewApiSteps() {
    }

    /** Claims and answers one item of the project at {@code base} as the annotator; returns the item id. */
    static String label(ApiClient annotator, String base, String label) {
        var task = annotator.postEmpty(base + "/tasks/next");
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString() + "/annotation",
                "{\"label\":\"" + label + "\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return task.json().get("itemId").asString();
    }

    /** Waits (up to a few seconds) until the project at {@code base} has that many reviews waiting in REVIEW. */
    static void awaitWaiting(ApiClient manager, String base, int reviews) throws InterruptedException {
        for (int i = 0; i < 300 && waiting(manager, base) < reviews; i++) {
            Thread.sleep(10);
        }
        assertThat(waiting(manager, base)).isEqualTo(reviews);
    }

    private static int waiting(ApiClient manager, String base) {
        var answer = manager.get(base + "/reviews/summary");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("stages").get("REVIEW").get("waiting").asInt();
    }
}
