package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** An annotator's claim and submit through the API, for tests that need answers to exist. */
public final class Labeling {

    private Labeling() {
    }

    /** Claims the next task of the project as {@code annotator} and submits {@code answer} (JSON) for it. */
    public static void answerNext(ApiClient annotator, UUID projectId, String answer) {
        String base = "/api/v1/projects/" + projectId;
        var task = annotator.postEmpty(base + "/tasks/next");
        assertThat(task.status()).as(task.text()).isEqualTo(200);
        var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").stringValue() + "/annotation", answer);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    }
}
