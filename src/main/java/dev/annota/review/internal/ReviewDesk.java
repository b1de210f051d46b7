package dev.annota.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.ItemReview;
import dev.annota.review.ReviewDecision;
import dev.annota.review.ReviewSettings;
import dev.annota.review.ReviewSummary;
import dev.annota.review.ReviewTask;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Routes the facade's calls to the classes that do each job, and guards the settings. */
@Component
public class ReviewDesk {

    private final Projects projects;
    private final TenantScope tenants;
    private final ReviewSettingsStore settings;
    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final ReviewHistory history;

    ReviewDesk(Projects projects, TenantScope tenants, ReviewSettingsStore settings, ReviewQueue queue, ReviewDecisions decisions,
               ReviewHistory history) {
        this.projects = projects;
        this.tenants = tenants;
        this.settings = settings;
        this.queue = queue;
        this.decisions = decisions;
        this.history = history;
    }

    public ReviewSettings settings(CurrentUser caller, UUID projectId) {
        var access = projects.access(caller, projectId);
        ReviewHistory.readScope(access);
        return tenants.read(access.tenantId(), () -> settings.load(access.tenantId(), projectId));
    }

    public ReviewSettings changeSettings(CurrentUser caller, UUID projectId, JsonNode body) {
        return projects.writeIn(caller, projectId, access -> {
            if (!access.manage()) {
                throw new ProjectForbidden("Only admins and managers of the owning organization change review settings.");
            }
            var changed = ReviewSettingsStore.applied(settings.load(access.tenantId(), projectId), body);
            settings.save(access.tenantId(), projectId, changed);
            return changed;
        });
    }

    public Optional<ReviewTask> next(CurrentUser caller, UUID projectId) {
        return queue.next(caller, projectId);
    }

    public ReviewDecision decide(CurrentUser caller, UUID projectId, UUID reviewId, JsonNode body) {
        return decisions.decide(caller, projectId, reviewId, body);
    }

    public List<ItemReview> ofItem(CurrentUser caller, UUID projectId, UUID itemId) {
        return history.ofItem(caller, projectId, itemId);
    }

    public ReviewSummary summary(CurrentUser caller, UUID projectId) {
        return history.summary(caller, projectId);
    }
}
