package dev.annota.webhook.internal;

import java.util.Arrays;
import java.util.List;

/** The events a webhook may receive, by their names on the wire (the body's {@code type}). */
enum EventType {
    ANNOTATION_CREATED("annotation.created"),
    ITEM_COMPLETED("item.completed"),
    REVIEW_DECIDED("review.decided"),
    REVIEW_REWORK_OFFERED("review.rework_offered"),
    EXPORT_FINISHED("export.finished");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(EventType::wire).toList();
    }

    /** The type of a wire name, or null. */
    static EventType named(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst().orElse(null);
    }
}
