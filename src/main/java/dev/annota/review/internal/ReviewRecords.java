package dev.annota.review.internal;

import dev.annota.identity.Pseudonyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.AnnotationReviews;
import dev.annota.review.ReviewOutcome;
import org.springframework.stereotype.Component;

/**
 * Review's answer to the exports and the aggregation ({@link AnnotationReviews}): every reviewed annotation of a
 * project with its stages, decisions and corrections. A decision's sealed body is opened only where needed: always
 * for a correction, for the feedback only when the texts are asked for. Reviewers appear as pseudonyms.
 */
@Component
record ReviewRecords(ReviewStore store, ReviewTexts texts) implements AnnotationReviews {

    @Override
    public Map<UUID, AnnotationReview> ofProject(UUID tenantId, UUID projectId, boolean withTexts) {
        var steps = new LinkedHashMap<UUID, List<AnnotationReview.Step>>();
        var items = new HashMap<UUID, UUID>();
        for (ReviewStore.Decided r : store.ofProject(tenantId, projectId, null)) {
            items.put(r.annotationId(), r.itemId());
            var body = r.body() != null && (withTexts || r.decision() == ReviewOutcome.CORRECT)
                    ? DecisionBody.of(texts.open(tenantId, r.decisionId(), r.body())) : DecisionBody.NONE;
            steps.computeIfAbsent(r.annotationId(), k -> new ArrayList<>()).add(new AnnotationReview.Step(
                    r.stage().name(), r.state(), r.decisionId(), r.decision() == null ? null : r.decision().name(),
                    r.reviewerId() == null ? null : Pseudonyms.of(tenantId, r.reviewerId()),
                    withTexts ? body.feedback() : null, withTexts ? body.questionFeedback() : null,
                    body.answer(), r.schemaVersion(), r.decidedAt()));
        }
        var result = new HashMap<UUID, AnnotationReview>();
        steps.forEach((annotation, list) -> result.put(annotation, new AnnotationReview(annotation, items.get(annotation), list)));
        return result;
    }
}
