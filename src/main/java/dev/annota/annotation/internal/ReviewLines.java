package dev.annota.annotation.internal;

import java.util.Locale;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.ExportReview;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** The review part of an exported annotation, written into the annotation's object under the export's filter. */
final class ReviewLines {

    private ReviewLines() {
    }

    /**
     * {@code ACCEPTED}: {@code "review": {"status"}} and, for a corrected answer, {@code "original_answer"} (the
     * submitted one the correction replaced). {@code HISTORY}: {@code "supersedes"} (the rejected annotation this one reworks,
     * or null) and {@code "review": {"status", "answer" (the standing answer), "history": [...]}}.
     */
    static void write(JsonGenerator gen, ExportReview mode, AnnotationReview review, String submitted, UUID supersedes) {
        if (mode == ExportReview.ALL) {
            return;
        }
        String status = review.status().name().toLowerCase(Locale.ROOT);
        if (mode == ExportReview.ACCEPTED) {
            if (review.status() == AnnotationReview.Status.CORRECTED) {
                gen.writeName("original_answer");
                gen.writeRawValue(submitted);
            }
            gen.writeObjectPropertyStart("review");
            gen.writeStringProperty("status", status);
            gen.writeEndObject();
            return;
        }
        if (supersedes == null) {
            gen.writeNullProperty("supersedes");
        } else {
            gen.writeStringProperty("supersedes", supersedes.toString());
        }
        gen.writeObjectPropertyStart("review");
        gen.writeStringProperty("status", status);
        if (review.status() == AnnotationReview.Status.CORRECTED) {
            gen.writeName("answer");
            gen.writeTree(review.standing(null));
        }
        gen.writeArrayPropertyStart("history");
        for (AnnotationReview.Step step : review.steps()) {
            gen.writeStartObject();
            gen.writeStringProperty("stage", step.stage());
            gen.writeStringProperty("state", step.state());
            gen.writeStringProperty("decision", step.decision());
            gen.writeStringProperty("decision_id", step.decisionId() == null ? null : step.decisionId().toString());
            gen.writeStringProperty("reviewer", step.reviewer());
            gen.writeStringProperty("feedback", step.feedback());
            tree(gen, "question_feedback", step.questionFeedback());
            tree(gen, "correction", step.correction());
            if (step.schemaVersion() == null) {
                gen.writeNullProperty("schema_version");
            } else {
                gen.writeNumberProperty("schema_version", step.schemaVersion());
            }
            gen.writeStringProperty("decided_at", step.decidedAt() == null ? null : step.decidedAt().toString());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void tree(JsonGenerator gen, String name, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            gen.writeNullProperty(name);
        } else {
            gen.writeName(name);
            gen.writeTree(value);
        }
    }
}
