package dev.annota.review.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

import dev.annota.review.ReviewSettings;
import dev.annota.review.ReviewStage;

/**
 * Which annotations enter which stage. Deterministic: the share is decided by a stable hash of the annotation id and
 * the stage, so every instance, every retry and a later re-run decide the same, and the two stages sample
 * independently of each other.
 */
final class Sampling {

    /** Why an annotation entered a stage, kept with the review; REWORK: a rejected answer's resubmission, always. */
    enum Reason {
        FIRST_ANSWERS, MISSED_GOLD, SHARE, DISAGREEMENT, REWORK
    }

    private Sampling() {
    }

    /**
     * Whether a submitted answer enters REVIEW, and why. {@code earlierAnswers}: how many answers the annotator gave on
     * the project before this one. A gold item's answer is measured against its known answer already: it is reviewed
     * only when it missed and missed gold is a target.
     */
    static Optional<Reason> review(ReviewSettings s, UUID annotationId, long earlierAnswers, boolean gold, boolean missedGold) {
        if (s.stages() == ReviewSettings.Stages.NONE) {
            return Optional.empty();
        }
        if (gold) {
            return missedGold && s.targetMissedGold() ? Optional.of(Reason.MISSED_GOLD) : Optional.empty();
        }
        if (earlierAnswers < s.firstAnswers()) {
            return Optional.of(Reason.FIRST_ANSWERS);
        }
        return inShare(annotationId, ReviewStage.REVIEW, s.reviewShare()) ? Optional.of(Reason.SHARE) : Optional.empty();
    }

    /** Whether an annotation accepted in REVIEW goes on to QA. */
    static boolean qa(ReviewSettings s, UUID annotationId) {
        return s.stages() == ReviewSettings.Stages.REVIEW_AND_QA && inShare(annotationId, ReviewStage.QA, s.qaShare());
    }

    /** Whether the annotation falls in the first {@code percent} of 100 buckets of the stage's hash. */
    static boolean inShare(UUID annotationId, ReviewStage stage, int percent) {
        return bucket(annotationId, stage) < percent;
    }

    /** 0–99, from SHA-256 of the stage and the id: UUIDv7 ids are time-ordered, so their own bits would not do. */
    static int bucket(UUID annotationId, ReviewStage stage) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((stage.name() + ":" + annotationId).getBytes(StandardCharsets.US_ASCII));
            return (int) (Integer.toUnsignedLong(ByteBuffer.wrap(digest).getInt()) % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
