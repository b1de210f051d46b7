package dev.annota.webhook.internal;

import java.util.LinkedHashMap;
import java.time.Clock;
import java.time.Instant;

import dev.annota.annotation.ExportFinished;
import dev.annota.review.ReviewDecided;
import dev.annota.review.ReworkOffered;
import dev.annota.work.AnswerSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events other modules publish into webhook messages. Plain synchronous listeners: inside the publishing
 * transaction the outbox rows commit or roll back with it ({@link Outbox}). Bodies carry ids, names of states and
 * counts only: never an item's data, an answer or a text (a receiver that needs them asks the API, which checks it).
 */
@Component
record ProjectEvents(Outbox outbox, Clock clock) {

    /** annotation.created for every stored answer; item.completed when it was the one that made its item DONE. */
    @EventListener
    void on(AnswerSubmitted a) {
        var data = new LinkedHashMap<String, Object>();
        data.put("projectId", a.projectId());
        data.put("itemId", a.itemId());
        data.put("annotationId", a.annotationId());
        data.put("annotatorId", a.annotatorId());
        data.put("round", a.round());
        data.put("reworkOf", a.reworkOf());
        outbox.publish(a.tenantId(), a.projectId(), EventType.ANNOTATION_CREATED, a.at(), data, null, false);
        // A gold item never turns DONE, and a rework's item was counted by the answer it supersedes.
        if (!a.gold() && a.reworkOf() == null) {
            var item = new LinkedHashMap<String, Object>();
            item.put("projectId", a.projectId());
            item.put("itemId", a.itemId());
            outbox.publish(a.tenantId(), a.projectId(), EventType.ITEM_COMPLETED, a.at(), item, a.itemId(), false);
        }
    }

    @EventListener
    void on(ReviewDecided d) {
        var data = new LinkedHashMap<String, Object>();
        data.put("projectId", d.projectId());
        data.put("itemId", d.itemId());
        data.put("reviewId", d.reviewId());
        data.put("annotationId", d.annotationId());
        data.put("annotatorId", d.annotatorId());
        data.put("reviewerId", d.reviewerId());
        data.put("stage", d.stage().name());
        data.put("decision", d.decision().name());
        outbox.publish(d.tenantId(), d.projectId(), EventType.REVIEW_DECIDED, d.at(), data, null, true);
    }

    @EventListener
    void on(ReworkOffered r) {
        var data = new LinkedHashMap<String, Object>();
        data.put("projectId", r.projectId());
        data.put("itemId", r.itemId());
        data.put("reviewId", r.reviewId());
        data.put("annotatorId", r.annotatorId());
        data.put("round", r.round());
        data.put("offeredUntil", r.offeredUntil().toString());
        outbox.publish(r.tenantId(), r.projectId(), EventType.REVIEW_REWORK_OFFERED, Instant.now(clock), data, null, true);
    }

    /** Published after the export job's commit: the outbox writes in a transaction of its own. */
    @EventListener
    void on(ExportFinished e) {
        var data = new LinkedHashMap<String, Object>();
        data.put("projectId", e.projectId());
        data.put("exportId", e.exportId());
        data.put("format", e.format());
        data.put("lines", e.lines());
        data.put("finishedAt", e.finishedAt().toString());
        outbox.publish(e.tenantId(), e.projectId(), EventType.EXPORT_FINISHED, e.finishedAt(), data, null, true);
    }
}
