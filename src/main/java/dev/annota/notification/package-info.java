/**
 * Notifications: short in-app messages to one user (qualification passed or failed, paused for low accuracy, and
 * whatever other modules send through {@link dev.annota.notification.Notifications#notify}), read under
 * {@code /api/v1/me/notifications}. A notification belongs to the user's organization (its tenant) and is seen by that
 * user only.
 * <p>
 * Owns the tables: notifications. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"identity", "quality", "review", "tenancy"})
package dev.annota.notification;
