package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule that flags a written answer as likely not the annotator's (docs/trust.md), without Spring. */
class WritingFlagTests {

    /** {@code length} characters, {@code share} of them pasted, typed at five keys a second otherwise. */
    private static Writing written(int length, double share, int keystrokes, long typingMs, Integer draftDistance) {
        return new Writing(length, share > 0 ? 1 : 0, Math.round(length * share), share, keystrokes, 200, typingMs, 3000L,
                draftDistance);
    }

    @Test
    void halfOfALongTextPastedIsFlaggedWithTheShareThePastesAndTheirSize() {
        var w = new Writing(1512, 2, 1240, 0.82, 290, 170, 60_000, 9000L, null);
        assertThat(WritingFlag.evidence(w)).containsExactly("82 % of this answer was pasted (2 pastes, 1,240 characters).");
        assertThat(WritingFlag.evidence(written(400, 0.5, 220, 44_000, null))).hasSize(1);
    }

    @Test
    void justUnderTheThresholdsNothingIsFlagged() {
        assertThat(WritingFlag.evidence(written(400, 0.49, 220, 44_000, null))).isEmpty();
        // a short answer pasted whole: too short for the aggregates to mean anything
        assertThat(WritingFlag.evidence(written(199, 1.0, 0, 0, null))).isEmpty();
        // typed at ten characters a second with a key for each
        assertThat(WritingFlag.evidence(written(600, 0, 620, 60_000, null))).isEmpty();
    }

    @Test
    void aLongTextThatAppearedWithoutKeysOrTooFastIsFlaggedForItsCadence() {
        assertThat(WritingFlag.evidence(written(600, 0, 40, 8_000, null)))
                .containsExactly("600 characters not pasted appeared with 40 keystrokes (a typist needs about one a character).");
        assertThat(WritingFlag.evidence(written(600, 0, 600, 20_000, null)))
                .containsExactly("600 characters typed in 20.0 s of typing (over 15 characters a second).");
    }

    @Test
    void aDraftCorrectedWithFewKeysIsNotFlaggedForTheTextTheDraftAlreadyHeld() {
        // 1,000 characters, 60 edits away from the model draft, made with 70 keys
        assertThat(WritingFlag.evidence(written(1000, 0, 70, 15_000, 60))).isEmpty();
        // the same text 800 edits away from its draft with 70 keys: the new text came from somewhere else
        assertThat(WritingFlag.evidence(written(1000, 0, 70, 15_000, 800))).hasSize(1);
    }
}
