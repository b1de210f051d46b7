package dev.annota.quality;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.annota.project.Project;
import dev.annota.quality.internal.GoldQueue;
import dev.annota.quality.internal.QualitySettingsStore;
import dev.annota.tenancy.RoundTrip;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * What the work queue asks of quality control on its hot paths, always inside the claim's or the submit's own tenant
 * transaction (no transaction or round trip of its own): the project's settings as one more statement of the caller's
 * round trip, the gold step of a claim, and the check of an answer to a gold item at submit.
 */
@Service
public record GoldStep(GoldQueue gold, QualitySettingsStore settings) {

    /** A gold item to serve: built into a task by the same code as any other item, so nothing tells it apart. */
    public record Pick(UUID item, String payload, String predictions) {
    }

    /** The project's quality settings, read in the caller's round trip (inside its tenant transaction). */
    public Supplier<QualitySettings> settings(RoundTrip trip, Project p) {
        return settings.load(trip, p);
    }

    /**
     * Inside the claim's transaction: a gold item to serve, or empty for the ordinary queue. Throws 403 (problem+json
     * saying why) when the annotator failed qualification or is paused on the project. {@code ordinaryLeft}: whether an
     * ordinary slot is visible to the annotator (the queue's question, asked only when an unseen gold item exists).
     */
    public Optional<Pick> pick(Project p, UUID annotator, QualitySettings s, BooleanSupplier ordinaryLeft) {
        return gold.pick(p, annotator, s, ordinaryLeft);
    }

    /**
     * At submit, inside its transaction, for an item in state GOLD: records whether the answer matches the known
     * answer and returns the feedback for a miss, null for a hit.
     */
    public GoldFeedback check(Project p, UUID assignment, UUID item, UUID annotator, JsonNode answer, String sealedGold,
                              Instant now) {
        return gold.record(p, assignment, item, annotator, answer, sealedGold, now);
    }

    /** The gold items an annotator missed in a tenant, newest first (the feedback inbox); inside the tenant's transaction. */
    public java.util.List<MissedGold> missedBy(UUID tenantId, UUID annotator, UUID before, int limit) {
        return gold.missedBy(tenantId, annotator, before, limit);
    }

    /** The feedback a retried submit of a missed gold item gets again (null otherwise). */
    public GoldFeedback replayed(Project p, UUID assignment) {
        return gold.replayed(p, assignment);
    }
}
