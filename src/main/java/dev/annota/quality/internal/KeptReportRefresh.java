package dev.annota.quality.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.annota.operations.Poller;
import dev.annota.project.Projects;
import dev.annota.quality.KeptReportSource;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes kept quality reports before anyone asks, so that the page usually finds a current one: every
 * {@code annota.quality.refresh-interval} (1 min; 0 turns it off) each organization's kept reports whose project has
 * had answers since they were kept, and which were kept at least {@code annota.quality.refresh-after} ago (5 min: a
 * project being worked on is computed at most that often), are computed again, oldest first. One at a time on this
 * instance, in this poller's thread, each under its row's lease ({@link KeptReports#refresh}): instances sharing the
 * database never compute the same report twice at once. Only reports someone has asked for once are kept, so only
 * those are refreshed; items or settings changed without new answers wait for the next page load as before.
 */
@Component
class KeptReportRefresh extends Poller {

    private static final Logger log = LoggerFactory.getLogger(KeptReportRefresh.class);

    private final KeptReports kept;
    private final Organizations organizations;
    private final TenantScope tenants;
    private final Projects projects;
    private final List<KeptReportSource> sources;
    private final Clock clock;
    private final Duration after;

    KeptReportRefresh(KeptReports kept, Organizations organizations, TenantScope tenants, Projects projects,
                      List<KeptReportSource> sources, Clock clock,
                      @Value("${annota.quality.refresh-interval:1m}") Duration interval,
                      @Value("${annota.quality.refresh-after:5m}") Duration after) {
        super("annota-quality-refresh", log, "Quality report refresh", interval);
        this.kept = kept;
        this.organizations = organizations;
        this.tenants = tenants;
        this.projects = projects;
        this.sources = sources;
        this.clock = clock;
        this.after = after;
    }

    @Override
    protected void poll() {
        refreshAll();
    }

    /** Refreshes every stale report found now; returns how many were computed. */
    int refreshAll() {
        int computed = 0;
        for (Organization org : organizations.all()) {
            for (var stale : kept.answeredSinceKept(org.id(), clock.instant().minus(after))) {
                if (Thread.currentThread().isInterrupted()) {
                    return computed; // stopping: the rest is refreshed by another instance or at the next page load
                }
                try {
                    if (refresh(org, stale)) {
                        computed++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Quality report {} of project {} (organization {}) not refreshed: {}", stale.variant(),
                            stale.projectId(), org.id(), e.toString());
                }
            }
        }
        return computed;
    }

    private boolean refresh(Organization org, KeptReports.Stale stale) {
        var project = tenants.read(org.id(), () -> projects.find(org.id(), stale.projectId()));
        if (project.isEmpty() || project.get().deletedAt() != null) {
            return false;
        }
        for (KeptReportSource source : sources) {
            var computation = source.computation(project.get(), stale.variant());
            if (computation.isPresent()) {
                return kept.refresh(project.get(), stale.variant(), computation.get().settings(), computation.get().compute());
            }
        }
        return false;
    }
}
