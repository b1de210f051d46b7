package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** The steps of annotators and reviewers over HTTP that tests of other modules take to have work done. */
public final class WorkSteps {

    private WorkSteps() {
    }

    /** Claims and submits (label "a") on the project at {@code base} until no task is left; the number of answers submitted. */
    public static int workUntilDone(ApiClient annotator, String base) {
        int done = 0;
        for (int i = 0; i < 200; i++) {
            var next = annotator.postEmpty(base + "/tasks/next");
            if (next.status() == 204) {
                return done;
            }
            assertThat(next.status()).as(next + " " + next.text()).isEqualTo(200);
            var submitted = annotator.postJson(base + "/assignments/" + next.json().get("assignmentId").asString() + "/annotation",
                    "{\"label\":\"a\"}");
            assertThat(submitted.status()).as(submitted + " " + submitted.text()).isEqualTo(201);
            done++;
        }
        throw new AssertionError("never ran out of work");
    }

    /**
     * Claims the next task of the project at {@code base} as the annotator and submits {@code answer} (JSON) for it;
     * the answered item's id.
     */
    public static String answerNext(ApiClient annotator, String base, String answer) {
        var task = annotator.postEmpty(base + "/tasks/next");
        assertThat(task.status()).as(task.text()).isEqualTo(200);
        var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").stringValue() + "/annotation", answer);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return task.json().get("itemId").stringValue();
    }

    /** Claims the next task of the project as the annotator; the assignment's id. */
    public static String claim(ApiClient annotator, UUID project) {
        var next = annotator.postEmpty("/api/v1/projects/" + project + "/tasks/next");
        assertThat(next.status()).as(next.text()).isEqualTo(200);
        return next.json().get("assignmentId").asString();
    }

    /** 1,512 characters of which 82 % came from two pastes: flagged as likely not written by the annotator (docs/trust.md). */
    public static final String PASTED_WRITING = "{\"notes\":{\"length\":1512,\"pastes\":2,\"pastedChars\":1240,"
            + "\"pastedShare\":0.82,\"keystrokes\":290,\"medianKeyMs\":170,\"typingMs\":52000,\"firstKeyMs\":9000}}";

    /**
     * Claims the next task of the project and submits the answer "a" with a mostly pasted free text as the workbench
     * measured it (header Answer-Writing, {@link #PASTED_WRITING}).
     */
    public static void answerNextPasted(ApiClient annotator, UUID project) {
        String assignment = claim(annotator, project);
        var request = annotator.request("/api/v1/projects/" + project + "/assignments/" + assignment + "/annotation")
                .header("Content-Type", "application/json").header("Answer-Writing", PASTED_WRITING);
        var submitted = annotator.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"a\"}")), true);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    }

    /**
     * Submits the answer "a" to the assignment as the workbench does, with the active time it counted (header
     * Active-Millis, sent as given; left out when null).
     */
    public static ApiClient.Response submit(ApiClient annotator, UUID project, String assignment, String activeMillis) {
        var request = annotator.request("/api/v1/projects/" + project + "/assignments/" + assignment + "/annotation")
                .header("Content-Type", "application/json");
        if (activeMillis != null) {
            request.header("Active-Millis", activeMillis);
        }
        return annotator.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"a\"}")), true);
    }

    /**
     * Waits (up to a few seconds: sampling runs after the submit's commit, on a thread of its own) until the project at
     * {@code base} has that many reviews waiting in REVIEW, as its manager reads the review summary; fails unless
     * exactly that many wait then.
     */
    public static void awaitWaitingReviews(ApiClient manager, String base, int reviews) throws InterruptedException {
        for (int i = 0; i < 300 && waitingReviews(manager, base) < reviews; i++) {
            Thread.sleep(10);
        }
        assertThat(waitingReviews(manager, base)).isEqualTo(reviews);
    }

    private static int waitingReviews(ApiClient manager, String base) {
        var answer = manager.get(base + "/reviews/summary");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("stages").get("REVIEW").get("waiting").asInt();
    }

    /** Claims the next review of the project at {@code base}, waiting (up to a few seconds) for one to come. */
    public static JsonNode nextReview(ApiClient reviewer, String base) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var next = reviewer.postEmpty(base + "/reviews/next");
            if (next.status() == 200) {
                return next.json();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no review came");
    }
}
