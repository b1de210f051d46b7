package dev.annota.prediction.internal;

import java.time.Instant;
import java.util.Optional;

import dev.annota.item.ItemRows;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;

/**
 * How far a project's prediction service has come in its current generation: items predicted, failed for good, being
 * asked (handed out or waiting for a retry), not yet asked, and the last error it answered with.
 */
@Component
record PredictionProgress(PredictionStore store, ItemRows items, TenantScope tenants) {

    record Progress(boolean enabled, int generation, long items, long predicted, long failed, long inFlight,
                    long toPredict, String modelVersion, String lastError, Instant lastErrorAt) {
    }

    Optional<Progress> of(ProjectAccess access) {
        Projects.requireManage(access);
        var tenant = access.tenantId();
        var project = access.project().id();
        return tenants.read(tenant, () -> store.find(tenant, project).map(s -> {
            var counts = store.countsByState(tenant, s.id());
            long total = items.nonGoldCount(tenant, project);
            long predicted = counts.getOrDefault("DONE", 0L);
            long failed = counts.getOrDefault("FAILED", 0L);
            long inFlight = counts.getOrDefault("SENDING", 0L) + counts.getOrDefault("RETRY", 0L);
            return new Progress(s.enabled(), s.generation(), total, predicted, failed, inFlight,
                    Math.max(0, total - predicted - failed), s.modelVersion(), s.lastError(), s.lastErrorAt());
        }));
    }
}
