package dev.annota.work;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One annotator's active time on one project on one day (UTC, the day the leases ended): the sum of the active time
 * stored on the leases they submitted or skipped that day (each bounded by its lease), and how many they submitted
 * and skipped. Leases that expired count nothing.
 */
public record ActiveTime(UUID projectId, UUID annotatorId, LocalDate day, long activeMillis, long submitted, long skipped) {
}
