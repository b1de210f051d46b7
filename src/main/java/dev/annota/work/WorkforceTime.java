package dev.annota.work;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The active time of one workforce's people on one project on one day (UTC): {@code workforceOrgId} is the
 * organization of the annotators (a vendor, or the lab itself for its own people); {@code people}: how many of them
 * had time that day.
 */
public record WorkforceTime(UUID workforceOrgId, LocalDate day, long activeMillis, long submitted, long skipped, int people) {
}
