package dev.annota.annotation;

import java.util.Map;
import java.util.UUID;

/**
 * What review decided on a project's annotations, for the exports and the aggregation. The review module provides it
 * (review depends on annotation, so annotation asks through this interface and never names review); without it
 * (no review module in the context) every annotation is unreviewed.
 */
public interface AnnotationReviews {

    /**
     * Every annotation of the project that entered a review stage, by annotation id; runs inside the caller's tenant
     * transaction. Corrections are always opened; feedback texts only with {@code texts} (they cost a decryption
     * each and only the history export shows them). Memory is linear in the project's reviews, not its annotations.
     */
    Map<UUID, AnnotationReview> ofProject(UUID tenantId, UUID projectId, boolean texts);
}
