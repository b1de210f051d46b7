package dev.annota.annotation;

import java.time.Instant;
import java.util.UUID;

/** An export job finished: its file can be downloaded. Published after the job's commit. */
public record ExportFinished(UUID tenantId, UUID projectId, UUID exportId, String format, long lines, Instant finishedAt) {
}
