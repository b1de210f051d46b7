package dev.annota.review;

/**
 * A project's review settings. {@code reviewShare}, {@code qaShare}: percent (1–100) of the annotations sampled into
 * REVIEW, and of those accepted there into QA; {@code firstAnswers}: an annotator's first N answers on the project are
 * always reviewed; the targets add annotations that disagree with the majority once their item is complete, and
 * missed gold answers; {@code maxRounds}: how often one item may go back to rework (kept for rework).
 */
public record ReviewSettings(Stages stages, int reviewShare, int qaShare, int firstAnswers, boolean targetDisagreement,
                             boolean targetMissedGold, int maxRounds) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "ReviewStages") // "Stages" alone says nothing in a client
    public enum Stages {
        NONE, REVIEW, REVIEW_AND_QA
    }

    /** A project without settings reviews nothing. */
    public static ReviewSettings defaults() {
        return new ReviewSettings(Stages.NONE, 10, 10, 0, false, false, 3);
    }
}
