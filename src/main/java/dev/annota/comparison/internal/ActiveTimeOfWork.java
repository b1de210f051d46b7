package dev.annota.comparison.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.annota.comparison.ComparisonPeriod;
import dev.annota.work.ActiveTime;
import dev.annota.work.ActiveTimes;
import dev.annota.work.DayRange;
import org.springframework.stereotype.Component;

/**
 * The active time the workbench measured, from the work queue's {@link ActiveTimes}: per person and UTC day (the day
 * their lease ended), bounded by the lease on the server.
 */
@Component
record ActiveTimeOfWork(ActiveTimes activeTimes) implements ActiveTimeInput {

    @Override
    public boolean measured() {
        return true;
    }

    @Override
    public Map<UUID, Map<LocalDate, Long>> perPersonAndDay(UUID tenantId, UUID projectId, ComparisonPeriod period) {
        var result = new HashMap<UUID, Map<LocalDate, Long>>();
        for (ActiveTime row : activeTimes.ofProject(tenantId, projectId, new DayRange(period.from(), period.to()))) {
            result.computeIfAbsent(row.annotatorId(), a -> new HashMap<>()).merge(row.day(), row.activeMillis(), Long::sum);
        }
        return result;
    }
}
