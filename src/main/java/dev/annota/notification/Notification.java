package dev.annota.notification;

import java.time.Instant;
import java.util.UUID;

/** One message to one user. {@code link}: a path inside the app (e.g. /projects/{id}/quality/me), or null. */
public record Notification(UUID id, String kind, String text, String link, Instant createdAt, boolean read) {
}
