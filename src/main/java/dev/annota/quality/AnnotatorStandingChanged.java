package dev.annota.quality;

import java.time.Instant;
import java.util.UUID;

import dev.annota.quality.AnnotatorStanding.Status;

/**
 * An annotator's standing on a project changed with a gold answer they just submitted: qualification passed
 * (QUALIFYING to ACTIVE) or failed (to FAILED), or paused for low accuracy (to PAUSED). Published inside the submit's
 * transaction of the project's tenant; a listener that writes elsewhere waits for the commit. Carries ids only.
 */
public record AnnotatorStandingChanged(UUID tenantId, UUID projectId, UUID annotatorId, Status from, Status to, Instant at) {

    public boolean qualificationPassed() {
        return from == Status.QUALIFYING && to == Status.ACTIVE;
    }

    public boolean qualificationFailed() {
        return to == Status.FAILED;
    }

    public boolean paused() {
        return to == Status.PAUSED;
    }
}
