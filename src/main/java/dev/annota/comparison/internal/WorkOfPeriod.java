package dev.annota.comparison.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.AnnotationReviews;
import dev.annota.annotation.AnswerFigures;
import dev.annota.annotation.Consensus;
import dev.annota.comparison.ComparisonPeriod;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.project.Project;
import dev.annota.quality.GoldResults;
import dev.annota.statistics.AggregationMethod;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a project's work of a period through the public APIs of the modules that own it, in one read transaction of
 * the project's tenant: the answers (annotation), where review left each (review, through annotation's
 * {@link AnnotationReviews}), the gold results (quality), every vote and the consensus (annotation), the active time
 * (work) and each person's workforce, their organization (identity).
 */
@Component
class WorkOfPeriod {

    private final TenantScope tenants;
    private final AnswerFigures answers;
    private final ObjectProvider<AnnotationReviews> reviews;
    private final GoldResults gold;
    private final Consensus consensus;
    private final Users users;
    private final ActiveTimeInput activeTime;

    WorkOfPeriod(TenantScope tenants, AnswerFigures answers, ObjectProvider<AnnotationReviews> reviews, GoldResults gold,
                 Consensus consensus, Users users, ActiveTimeInput activeTime) {
        this.tenants = tenants;
        this.answers = answers;
        this.reviews = reviews;
        this.gold = gold;
        this.consensus = consensus;
        this.users = users;
        this.activeTime = activeTime;
    }

    /**
     * The work of the period. {@code holdBackFor}: an annotator reading their own figures, whose right gold answers
     * among their latest submits stay out (as on their quality page); null for the leads' views.
     */
    ComparisonTally.Work read(Project p, ComparisonPeriod period, AggregationMethod method, UUID holdBackFor) {
        UUID tenant = p.tenantId();
        var workforceOf = new HashMap<UUID, UUID>();
        return tenants.read(tenant, () -> {
            AnnotationReviews source = reviews.getIfAvailable();
            Map<UUID, AnnotationReview> verdicts = source == null ? Map.of() : source.ofProject(tenant, p.id(), false);
            var labels = answers.answeredBetween(tenant, p.id(), period.start(), period.end()).stream()
                    .map(a -> new ComparisonTally.Label(a.annotationId(), a.itemId(), a.annotatorId(),
                            workforce(workforceOf, a.annotatorId()), ComparisonPeriod.dayOf(a.at()),
                            Optional.ofNullable(verdicts.get(a.annotationId())).map(AnnotationReview::status)
                                    .orElse(AnnotationReview.Status.UNREVIEWED)))
                    .toList();
            var results = holdBackFor == null ? gold.between(tenant, p.id(), period.start(), period.end())
                    : gold.shownTo(tenant, p.id(), holdBackFor, period.start(), period.end());
            var golds = results.stream()
                    .map(r -> new ComparisonTally.Gold(r.annotatorId(), workforce(workforceOf, r.annotatorId()),
                            ComparisonPeriod.dayOf(r.at()), r.correct()))
                    .toList();
            var votes = consensus.votes(tenant, p.id(), p.schemaVersion());
            var compared = ComparisonTally.compared(votes, Consensus.aggregate(votes, method),
                    ComparisonTally.byItemAndAnnotator(labels));
            var active = activeTime.measured() ? activeTime.perPersonAndDay(tenant, p.id(), period) : null;
            if (active != null) {
                active.keySet().forEach(a -> workforce(workforceOf, a));
            }
            return new ComparisonTally.Work(period, labels, golds, compared, active, workforceOf);
        });
    }

    /** The person's workforce: the organization they belong to (null for a person no longer known). */
    private UUID workforce(Map<UUID, UUID> known, UUID person) {
        if (!known.containsKey(person)) {
            known.put(person, users.find(person).map(UserAccount::orgId).orElse(null));
        }
        return known.get(person);
    }
}
