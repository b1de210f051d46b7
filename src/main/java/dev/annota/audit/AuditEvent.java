package dev.annota.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One act to record in a tenant's access log: who (person and organization), what (action, and the project, item,
 * assignment or other target it concerns), when. Never payload text: {@code detail} is for short structured facts
 * such as a role name, at most 500 characters.
 *
 * @param tenantId   the customer organization whose log receives the event
 * @param action     lower-case name, e.g. {@code payload.claim}, {@code role.change}: letters, digits, '.', '_', '-'
 * @param itemCount  how many items the act showed (an export), 1 for a single item, 0 for acts showing none
 */
public record AuditEvent(UUID tenantId, String action, UUID actorId, UUID actorOrgId, UUID projectId, UUID itemId,
                         UUID assignmentId, long itemCount, UUID targetId, String detail, Instant at) {

    public static final String PAYLOAD_CLAIM = "payload.claim";
    public static final String PAYLOAD_EXPORT = "payload.export";
    /** A manager opened one item in the items browser (the item view). */
    public static final String PAYLOAD_BROWSE = "payload.browse";
    /** The bytes of an uploaded image were sent to a person; {@code targetId} is the image. */
    public static final String PAYLOAD_IMAGE = "payload.image";

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9._-]{0,39}");

    public AuditEvent {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorOrgId, "actorOrgId");
        Objects.requireNonNull(at, "at");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is 1 to 40 characters of a-z, 0-9, '.', '_', '-': " + action);
        }
        if (itemCount < 0) {
            throw new IllegalArgumentException("itemCount < 0");
        }
        if (detail != null && detail.length() > 500) {
            throw new IllegalArgumentException("An audit detail is at most 500 characters");
        }
    }

    /** An administrative act by a person on a target (a user, an engagement, a key...), showing no payload. */
    public static AuditEvent administrative(UUID tenantId, String action, UUID actorId, UUID actorOrgId, UUID projectId,
                                            UUID targetId, String detail, Instant at) {
        return new AuditEvent(tenantId, action, actorId, actorOrgId, projectId, null, null, 0, targetId, detail, at);
    }
}
