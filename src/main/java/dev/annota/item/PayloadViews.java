package dev.annota.item;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The one place a person is shown item payloads; each showing is published as a {@link PayloadViewed} event. */
@Component
public record PayloadViews(ItemPayloads payloads, ApplicationEventPublisher events, Clock clock) {

    /** The payload of the item an annotator has just been leased. */
    public String showLeased(CurrentUser person, UUID tenantId, UUID projectId, UUID itemId, UUID assignmentId, String stored) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.CLAIM,
                itemId, assignmentId, 1, Instant.now(clock)));
        return payloads.open(tenantId, itemId, stored);
    }

    /**
     * The model predictions of the item {@link #showLeased} has just shown: part of the same showing, so no second
     * event. Null (no predictions) stays null.
     */
    public String showLeasedPredictions(UUID tenantId, UUID itemId, String stored) {
        return stored == null ? null : payloads.open(tenantId, itemId, stored);
    }

    /**
     * The payload of one item a manager of the owning organization opens in the items browser; its predictions, if
     * any, are opened with {@link #showLeasedPredictions} as part of the same showing.
     */
    public String showBrowsed(CurrentUser person, UUID tenantId, UUID projectId, UUID itemId, String stored) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.BROWSE,
                itemId, null, 1, Instant.now(clock)));
        return payloads.open(tenantId, itemId, stored);
    }

    /**
     * The payload of the item a reviewer has just been leased the review of ({@code reviewId}); {@code stage} goes into
     * the event's detail.
     */
    public String showReviewed(CurrentUser person, UUID tenantId, UUID projectId, UUID itemId, UUID reviewId, String stage,
                               String stored) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.REVIEW,
                itemId, reviewId, 1, Instant.now(clock), null, "stage=" + stage));
        return payloads.open(tenantId, itemId, stored);
    }

    /**
     * The bytes of an uploaded image, sent to a person: an annotator under the lease of an item showing it
     * ({@code itemId}, {@code assignmentId}), or one of the owner's staff (both null).
     */
    public byte[] showImage(CurrentUser person, UUID tenantId, UUID projectId, UUID imageId, UUID itemId, UUID assignmentId,
                            String stored) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.IMAGE,
                itemId, assignmentId, 1, Instant.now(clock), imageId));
        return payloads.openImage(tenantId, imageId, stored);
    }

    /** The payload of an item the annotator answered under {@code assignmentId}, shown again with feedback on it. */
    public String showOwnAnswered(CurrentUser person, UUID tenantId, UUID projectId, UUID itemId, UUID assignmentId, String stored) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.FEEDBACK,
                itemId, assignmentId, 1, Instant.now(clock)));
        return payloads.open(tenantId, itemId, stored);
    }

    /**
     * The items list shows the first words (or the image) of {@code items} items to one of the owner's staff: one event
     * for the page, no item named (the list is a browse of many items, like an export of a page).
     */
    public void showPreviews(CurrentUser person, UUID tenantId, UUID projectId, long items) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.BROWSE,
                null, null, items, Instant.now(clock), null, "preview"));
    }

    /** Announces a bulk export of a project's payloads to a person; the exporter then opens each payload. */
    public ItemPayloads exporting(CurrentUser person, UUID tenantId, UUID projectId, long items) {
        return exporting(person, tenantId, projectId, items, null);
    }

    /** As {@link #exporting(CurrentUser, UUID, UUID, long)}, naming the export's format in the event. */
    public ItemPayloads exporting(CurrentUser person, UUID tenantId, UUID projectId, long items, String format) {
        events.publishEvent(new PayloadViewed(tenantId, projectId, person.id(), person.orgId(), PayloadViewed.Purpose.EXPORT,
                null, null, items, Instant.now(clock), null, format == null ? null : "format=" + format));
        return payloads;
    }
}
