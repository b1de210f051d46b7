package dev.annota.quality;

/**
 * A project's quality control settings (PUT/GET /api/v1/projects/{id}/quality/settings).
 *
 * @param goldRate               0..1: the chance that a claim serves a gold item the annotator has not seen yet
 * @param qualificationItems     N: a new annotator on the project first answers N gold items (0: no qualification)
 * @param qualificationThreshold share of those N to get right to go on to ordinary items
 * @param pauseThreshold         an annotator whose gold accuracy falls below this is paused on the project (0: never)
 * @param pauseMinAnswers        gold answers needed before pausing is considered (so one early miss pauses nobody)
 * @param adaptiveThreshold      adaptive overlap: an item completed with a majority share below this gets one more
 *                               slot (null: off)
 * @param maxOverlap             the most answers adaptive overlap lets an item collect
 */
public record QualitySettings(Double goldRate, Integer qualificationItems, Double qualificationThreshold,
                              Double pauseThreshold, Integer pauseMinAnswers, Double adaptiveThreshold, Integer maxOverlap) {

    public static QualitySettings defaults(int overlap) {
        return new QualitySettings(0.0, 0, 0.0, 0.0, 10, null, overlap);
    }

    /** Whether anything gold-related runs on a claim. */
    public boolean goldInUse() {
        return goldRate > 0 || qualificationItems > 0 || pauseThreshold > 0;
    }
}
