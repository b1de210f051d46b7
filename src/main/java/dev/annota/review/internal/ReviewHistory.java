package dev.annota.review.internal;

import dev.annota.failure.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.item.Items;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.FeedbackInbox;
import dev.annota.review.ItemReview;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import dev.annota.review.ReviewSummary;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An item's reviews and a project's review counts, for the owner's admins and managers and for reviewers; a reviewer of
 * an engaged workforce sees only the reviews of their own workforce's annotators.
 */
@Component
public record ReviewHistory(ItemStates itemStates, Projects projects, TenantScope tenants, ReviewStore store,
        ReviewTexts texts, Items items, Users users, Clock clock) {

    /** The caller's scope for reading reviews: everything for the owner's admins and managers. */
    static ReviewerScope readScope(ProjectAccess access) {
        if (access.manage()) {
            return ReviewerScope.EVERYTHING;
        }
        return ReviewerScope.of(access.caller(), access.tenantId())
                .orElseThrow(() -> new ProjectForbidden("Only reviewers and the project's admins and managers read reviews."));
    }

    public List<ItemReview> ofItem(CurrentUser caller, UUID projectId, UUID itemId) {
        var access = projects.access(caller, projectId);
        ReviewerScope scope = readScope(access);
        UUID tenant = access.tenantId();
        var p = access.project();
        var entries = tenants.read(tenant, () -> {
            if (items.storedPayload(tenant, p.id(), itemId).isEmpty()) {
                throw new NotFound("No item with that id in this project.");
            }
            return store.ofItem(tenant, p.id(), itemId).stream()
                    .filter(e -> scope.covers(caller, e.review().annotatorOrgId()))
                    .map(e -> new Opened(e, e.body() == null ? null : texts.open(tenant, e.decisionId(), e.body()),
                            e.reply() == null ? null : new FeedbackInbox.Reply(texts.openReply(tenant, e.decisionId(), e.reply()),
                                    e.repliedAt())))
                    .toList();
        });
        var people = new PeopleSeen(users, caller, tenant);
        return entries.stream().map(o -> {
            var r = o.entry().review();
            var body = DecisionBody.of(o.body());
            return new ItemReview(r.id(), r.stage(), o.entry().reason(), r.state(), r.annotationId(),
                    people.person(r.annotatorId()),
                    o.entry().decision() == null ? null : people.person(r.reviewerId()),
                    o.entry().decision() == null ? null : ReviewOutcome.valueOf(o.entry().decision()),
                    body.feedback(), body.questionFeedback(), body.answer(),
                    o.entry().schemaVersion(), o.entry().createdAt(), o.entry().decidedAt(), r.round(), o.reply());
        }).toList();
    }

    private record Opened(ReviewStore.Entry entry, JsonNode body, FeedbackInbox.Reply reply) {
    }

    public ReviewSummary summary(CurrentUser caller, UUID projectId) {
        var access = projects.access(caller, projectId);
        ReviewerScope scope = readScope(access);
        var p = access.project();
        UUID onlyOrg = scope == ReviewerScope.EVERYTHING ? null : caller.orgId();
        var rows = tenants.read(p.tenantId(), () -> store.counts(p.tenantId(), p.id(), onlyOrg, Instant.now(clock)));
        var itemCounts = tenants.read(p.tenantId(), () -> itemStates.countsOfReviewedItems(p.tenantId(), p.id(), onlyOrg));
        var counts = new EnumMap<ReviewStage, long[]>(ReviewStage.class);
        for (ReviewStage stage : ReviewStage.values()) {
            counts.put(stage, new long[5]);
        }
        for (Object[] row : rows) {
            int slot = switch ((String) row[1]) {
                case "WAITING" -> 0;
                case "LEASED" -> 1;
                case "ACCEPTED" -> 2;
                case "CORRECTED" -> 3;
                default -> 4;
            };
            counts.get(ReviewStage.valueOf((String) row[0]))[slot] += (Long) row[2];
        }
        var result = new EnumMap<ReviewStage, ReviewSummary.Counts>(ReviewStage.class);
        counts.forEach((stage, c) -> result.put(stage, new ReviewSummary.Counts(c[0], c[1], c[2], c[3], c[4])));
        return new ReviewSummary(result, itemCounts);
    }
}
