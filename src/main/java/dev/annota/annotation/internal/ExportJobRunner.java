package dev.annota.annotation.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import dev.annota.annotation.ExportFinished;
import dev.annota.annotation.ExportSummary;
import dev.annota.failure.Failure;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.operations.Poller;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs queued export jobs in the background, one at a time per instance, every {@code annota.export.poll-interval}
 * (and at once after a job is queued here). Every instance polls; a job's row lock shares the work out
 * ({@link ExportJobs#take}). A job runs as the person who asked for it, whose right to export is checked again when it
 * starts; a job whose instance stopped (no heartbeat for {@link #STALE}) is taken again from the start. When a job is
 * done, {@link ExportFinished} is published after its commit.
 */
@Component
class ExportJobRunner extends Poller {

    private static final Logger log = LoggerFactory.getLogger(ExportJobRunner.class);
    static final Duration STALE = Duration.ofMinutes(2);

    private final ExportJobs jobs;
    private final TenantScope tenants;
    private final Projects projects;
    private final Users users;
    private final Organizations organizations;
    private final ExportRequests requests;
    private final ExportWriter writer;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ExportJobRunner(ExportJobs jobs, TenantScope tenants, Projects projects, Users users, Organizations organizations,
                    ExportRequests requests, ExportWriter writer, ApplicationEventPublisher events, JsonMapper json,
                    Clock clock, @Value("${annota.export.poll-interval:5s}") Duration interval) {
        super("annota-export", log, "Export jobs run", interval);
        this.jobs = jobs;
        this.tenants = tenants;
        this.projects = projects;
        this.users = users;
        this.organizations = organizations;
        this.requests = requests;
        this.writer = writer;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        runPending();
    }

    /** Takes and runs every pending job this instance can take; returns how many it ran. */
    int runPending() {
        int ran = 0;
        for (var pending : jobs.pending(clock.instant().minus(STALE))) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: the jobs left stay queued for the next start or another instance
            }
            UUID id = pending.getKey();
            UUID tenantId = pending.getValue();
            var taken = tenants.write(tenantId, () -> jobs.take(tenantId, id, clock.instant(), clock.instant().minus(STALE)));
            if (taken.isPresent()) {
                run(tenantId, taken.get());
                ran++;
            }
        }
        return ran;
    }

    private void run(UUID tenantId, ExportJobs.Job job) {
        try {
            CurrentUser caller = requester(job.requestedBy());
            ProjectAccess access = projects.access(caller, job.projectId());
            var asked = json.readValue(job.request(), ExportJobRequest.class);
            ExportRequest request = asked.toRequest(requests, access);
            writer.check(access, request);
            long total = tenants.read(tenantId, () -> jobs.answers(tenantId, job.projectId()));
            var file = new ExportJobFile(tenantId, job.id(), jobs, tenants, clock, total);
            ExportSummary summary = writer.write(access, request, file, file::walked);
            file.finish();
            var finishedAt = clock.instant();
            tenants.write(tenantId, () -> jobs.finish(tenantId, job.id(), summary.items(), summary.records(), file.bytes(),
                    request.fileName(job.projectId()), request.format().contentType(), finishedAt));
            events.publishEvent(new ExportFinished(tenantId, job.projectId(), job.id(), request.format().id(),
                    summary.records(), finishedAt));
        } catch (Failure refused) {
            tenants.write(tenantId, () -> jobs.fail(tenantId, job.id(), refused.getMessage(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Export job {} of organization {} failed: {}", job.id(), tenantId, e.toString());
            tenants.write(tenantId, () -> jobs.fail(tenantId, job.id(), "The export failed on the server; try again, or "
                    + "ask the operator (export job " + job.id() + ").", clock.instant()));
        }
    }

    /** The person who asked, as they are now: a deactivated account or a lost role refuses the job. */
    private CurrentUser requester(UUID id) {
        var account = users.find(id).filter(dev.annota.identity.UserAccount::enabled)
                .orElseThrow(() -> new dev.annota.failure.Forbidden("The person who asked for this export can no longer export."));
        var org = organizations.find(account.orgId()).orElseThrow(
                () -> new dev.annota.failure.Forbidden("The person who asked for this export can no longer export."));
        return new CurrentUser(account.id(), account.orgId(), org.kind(), account.email(), account.displayName(), account.roles());
    }
}
