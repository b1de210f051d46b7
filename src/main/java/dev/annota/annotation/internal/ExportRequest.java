package dev.annota.annotation.internal;

import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportFormat;
import dev.annota.statistics.AggregationMethod;

/**
 * One export as asked for, by a download or a job: the format, which answers ({@link ExportFilter}), the question of
 * the one-question formats, jsonl's {@code includeUnlabeled} and {@code aggregate}, the parquet card's licence.
 */
record ExportRequest(ExportFormat format, ExportFilter filter, String question, boolean includeUnlabeled,
                     AggregationMethod aggregate, String license) {

    /** The download's file name. */
    String fileName(java.util.UUID projectId) {
        return (format == ExportFormat.JSONL ? "labels" : format.id()) + "-" + projectId + "." + format.extension();
    }
}
