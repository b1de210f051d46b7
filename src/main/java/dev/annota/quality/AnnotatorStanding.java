package dev.annota.quality;

import dev.annota.statistics.BetaPosterior;

/**
 * Where an annotator stands on a project's gold items. {@code status}: QUALIFYING (still answering the first N gold
 * items), ACTIVE, FAILED (qualification accuracy below the threshold) or PAUSED (gold accuracy fell below the pause
 * threshold); {@code message} says why in words for the annotator when they cannot go on.
 */
public record AnnotatorStanding(Status status, BetaPosterior accuracy, String message) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "StandingStatus") // named apart from the API's other Status
    public enum Status {
        QUALIFYING, ACTIVE, FAILED, PAUSED
    }

    public boolean blocked() {
        return status == Status.FAILED || status == Status.PAUSED;
    }
}
