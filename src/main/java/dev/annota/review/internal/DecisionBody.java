package dev.annota.review.internal;

import tools.jackson.databind.JsonNode;

/**
 * A decision's texts as {@link ReviewDecisions} writes them, once opened: the feedback (null when the reviewer wrote
 * none), the per-question feedback and a correction's answer (null when the decision has none).
 */
record DecisionBody(String feedback, JsonNode questionFeedback, JsonNode answer) {

    static final DecisionBody NONE = new DecisionBody(null, null, null);

    /** The body's fields; {@link #NONE} for no body (a review not decided yet). */
    static DecisionBody of(JsonNode body) {
        if (body == null) {
            return NONE;
        }
        JsonNode feedback = body.path("feedback");
        return new DecisionBody(feedback.isString() ? feedback.asString() : null, node(body, "questionFeedback"),
                node(body, "answer"));
    }

    private static JsonNode node(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
