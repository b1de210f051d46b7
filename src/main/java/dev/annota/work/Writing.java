package dev.annota.work;

/**
 * How one free-text answer was written, as the workbench measured it: aggregates only, never what was typed or pasted
 * (docs/trust.md, "Authenticity of written answers"). {@code length}: the final text in code points; {@code pastes},
 * {@code pastedChars}: paste (and drop) events and the characters they inserted; {@code pastedShare}: the share of the
 * final text that came from pastes, 0–1 (pasted ranges followed through later edits); {@code keystrokes}: keys that edit
 * text; {@code medianKeyMs}: the median time between two such keys; {@code typingMs}: time spent typing (gaps between keys
 * of 2 s or less); {@code firstKeyMs}: from the task shown to the first key (null: no key); {@code draftDistance}: the
 * edit distance (code points) from the model draft the field started from (null: no draft).
 */
public record Writing(int length, int pastes, long pastedChars, double pastedShare, long keystrokes, Integer medianKeyMs,
                      long typingMs, Long firstKeyMs, Integer draftDistance) {

    /** The characters of the final text that came from pastes. */
    public long pastedInText() {
        return Math.round(pastedShare * length);
    }
}
