package dev.annota.comparison.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.ComparisonPeriod;
import org.springframework.stereotype.Component;

/** The active time of the work queue's assignments. Not measured yet: the columns show "—". */
@Component
class ActiveTimeOfWork implements ActiveTimeInput {

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Map<UUID, Map<LocalDate, Long>> perPersonAndDay(UUID tenantId, UUID projectId, ComparisonPeriod period) {
        return Map.of();
    }
}
