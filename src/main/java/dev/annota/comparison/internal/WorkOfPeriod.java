package dev.annota.comparison.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.AnnotationReviews;
import dev.annota.annotation.AnswerFigures;
import dev.annota.annotation.Consensus;
import dev.annota.comparison.ComparisonPeriod;
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
 * (work's {@code ActiveTimes}) and each person's workforce, the organization they belong to (identity).
 */
@Component
record WorkOfPeriod(TenantScope tenants, AnswerFigures answers, ObjectProvider<AnnotationReviews> reviews,
        GoldResults gold, Consensus consensus, Users users, ActiveTimeInput activeTime) {

    /**
     * The work of the period. {@code holdBackFor}: an annotator reading their own figures, whose right gold answers
     * among their latest submits stay out (as on their quality page); null for the leads' views.
     */
    ComparisonTally.Work read(Project p, ComparisonPeriod period, AggregationMethod method, UUID holdBackFor) {
        UUID tenant = p.tenantId();
        return tenants.read(tenant, () -> {
            AnnotationReviews source = reviews.getIfAvailable();
            Map<UUID, AnnotationReview> verdicts = source == null ? Map.of() : source.ofProject(tenant, p.id(), false);
            var answered = answers.answeredBetween(tenant, p.id(), period.start(), period.end());
            var results = holdBackFor == null ? gold.between(tenant, p.id(), period.start(), period.end())
                    : gold.shownTo(tenant, p.id(), holdBackFor, period.start(), period.end());
            var active = activeTime.measured() ? activeTime.perPersonAndDay(tenant, p.id(), period) : null;
            var people = new HashSet<UUID>();
            answered.forEach(a -> people.add(a.annotatorId()));
            results.forEach(r -> people.add(r.annotatorId()));
            if (active != null) {
                people.addAll(active.keySet());
            }
            // A person's workforce is the organization they belong to (a person no longer known has none).
            Map<UUID, UUID> workforceOf = users.organizationsOf(people);
            var labels = answered.stream()
                    .map(a -> new ComparisonTally.Label(a.annotationId(), a.itemId(), a.annotatorId(),
                            workforceOf.get(a.annotatorId()), ComparisonPeriod.dayOf(a.at()),
                            Optional.ofNullable(verdicts.get(a.annotationId())).map(AnnotationReview::status)
                                    .orElse(AnnotationReview.Status.UNREVIEWED)))
                    .toList();
            var golds = results.stream()
                    .map(r -> new ComparisonTally.Gold(r.annotatorId(), workforceOf.get(r.annotatorId()),
                            ComparisonPeriod.dayOf(r.at()), r.correct()))
                    .toList();
            var votes = consensus.votes(tenant, p.id(), p.schemaVersion());
            var compared = ComparisonTally.compared(votes, Consensus.aggregate(votes, method),
                    ComparisonTally.byItemAndAnnotator(labels));
            return new ComparisonTally.Work(period, labels, golds, compared, active, workforceOf);
        });
    }
}
