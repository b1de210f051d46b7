package dev.annota.comparison.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.ComparisonPeriod;

/**
 * What the comparison needs of the active time the workbench measures: per person and UTC day, the active
 * milliseconds of their work on a project.
 */
interface ActiveTimeInput {

    /** Whether this instance measures active time at all; when not, the columns show "—". */
    boolean measured();

    /** Active milliseconds per person and UTC day on the project in the period; runs in the caller's tenant transaction. */
    Map<UUID, Map<LocalDate, Long>> perPersonAndDay(UUID tenantId, UUID projectId, ComparisonPeriod period);
}
