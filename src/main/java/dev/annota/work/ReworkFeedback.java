package dev.annota.work;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The feedback of the review that sent an answer back, for the rework task. Implemented by the review module (which
 * owns the decisions and their sealed texts); the queue asks it only when it serves a rework. Inside the claim's
 * tenant transaction.
 */
public interface ReworkFeedback {

    record Notes(String feedback, JsonNode questionFeedback) {
    }

    Optional<Notes> of(UUID tenantId, UUID reviewId);
}
