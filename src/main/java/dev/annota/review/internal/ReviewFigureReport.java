package dev.annota.review.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.annotation.Annotations;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.ReviewFigures;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;

/**
 * The review figures of a project for the people who run the work: the owner's admins and managers see everything
 * (people outside their organization by pseudonym); an engaged workforce's admins and managers see only their own
 * annotators, their own reviewers and their own workforce's row, never another vendor's. Nobody else (annotators and
 * reviewers included) sees them.
 */
@Component
public record ReviewFigureReport(Projects projects, TenantScope tenants, ReviewStore store, Annotations annotations,
        Users users, Organizations organizations) {

    /** Whose figures the caller sees: null for everything, else the one organization (their own workforce). */
    static Optional<UUID> onlyOrganization(ProjectAccess access) {
        if (access.manage()) {
            return Optional.empty();
        }
        CurrentUser caller = access.caller();
        if (!access.tenantId().equals(caller.orgId()) && (caller.has(Role.ADMIN) || caller.has(Role.MANAGER))) {
            return Optional.of(caller.orgId());
        }
        throw new ProjectForbidden("Only the project's admins and managers, and an engaged workforce's for their own people, "
                + "read the review figures.");
    }

    public ReviewFigures figures(CurrentUser caller, UUID projectId) {
        ProjectAccess access = projects.access(caller, projectId);
        UUID only = onlyOrganization(access).orElse(null);
        UUID tenant = access.tenantId();
        List<FigureTally.Reviewed> reviewed = tenants.read(tenant, () -> {
            var rows = store.ofProject(tenant, projectId, only);
            var ids = new HashSet<UUID>();
            rows.forEach(r -> ids.add(r.annotationId()));
            return FigureTally.group(rows, annotations.submittedAt(tenant, projectId, ids));
        });
        var people = new PeopleSeen(users, caller, tenant);
        var annotators = FigureTally.work(reviewed, FigureTally.Reviewed::annotatorId);
        var orgOf = new HashMap<UUID, UUID>();
        reviewed.forEach(r -> orgOf.put(r.annotatorId(), r.annotatorOrgId()));
        var workforceWork = FigureTally.work(reviewed, FigureTally.Reviewed::annotatorOrgId);
        var names = new HashMap<UUID, String>();
        organizations.named(workforceWork.keySet()).forEach(o -> names.put(o.id(), o.name()));
        var reviewers = FigureTally.reviewers(reviewed).stream()
                // A workforce sees its own reviewers only: the customer's reviewers of its people are not its people.
                .filter(r -> only == null || only.equals(people.account(r.reviewerId()).map(UserAccount::orgId).orElse(null)))
                .map(r -> new ReviewFigures.Reviewer(people.person(r.reviewerId()), r.decisions(), r.accepted(),
                        r.corrected(), r.rejected(), r.activeDays(), r.decisionsPerDay()))
                .toList();
        return new ReviewFigures(
                annotators.entrySet().stream().map(e -> new ReviewFigures.Annotator(people.person(e.getKey()),
                        orgOf.get(e.getKey()), e.getValue())).toList(),
                workforceWork.entrySet().stream().map(e -> new ReviewFigures.Workforce(e.getKey(), names.get(e.getKey()), e.getValue()))
                        .toList(),
                reviewers, FigureTally.doubleReviewed(reviewed));
    }
}
