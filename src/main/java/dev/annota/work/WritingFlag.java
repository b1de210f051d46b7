package dev.annota.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule that calls a free-text answer "likely not written by the annotator", with its thresholds in one place
 * (docs/trust.md). It looks only at texts long enough for the aggregates to mean something ({@link #MIN_LENGTH}
 * code points), and flags one when
 * <ul>
 * <li>at least {@link #PASTED_SHARE} of the final text was pasted, or</li>
 * <li>the text the annotator had to produce themselves (not pasted, and with a draft no more than its edit distance from
 * the draft) is at least {@link #MIN_LENGTH} long and appeared with fewer than {@link #KEYS_PER_CHAR} keystrokes per
 * character (text that came without keys: dictation, an extension, a script), or faster than
 * {@link #MAX_CHARS_PER_SECOND} characters per second of typing (above the sustained speed of the fastest typists).</li>
 * </ul>
 * Each finding is one plain sentence of evidence for managers and reviewers.
 */
public final class WritingFlag {

    public static final int MIN_LENGTH = 200;
    public static final double PASTED_SHARE = 0.5;
    public static final double KEYS_PER_CHAR = 0.5;
    public static final double MAX_CHARS_PER_SECOND = 15;

    private WritingFlag() {
    }

    /** The thresholds as the API reports them. */
    public record Thresholds(int minLength, double pastedShare, double keysPerChar, double maxCharsPerSecond) {
    }

    public static Thresholds thresholds() {
        return new Thresholds(MIN_LENGTH, PASTED_SHARE, KEYS_PER_CHAR, MAX_CHARS_PER_SECOND);
    }

    /** The evidence against this answer's being written by the annotator; empty when it is not flagged. */
    public static List<String> evidence(Writing w) {
        var found = new ArrayList<String>();
        if (w.length() < MIN_LENGTH) {
            return found;
        }
        if (w.pastedShare() >= PASTED_SHARE) {
            found.add(String.format(Locale.ROOT, "%d %% of this answer was pasted (%s, %s).",
                    Math.round(w.pastedShare() * 100), count(w.pastes(), "paste"), count(w.pastedChars(), "character")));
        }
        long own = w.length() - w.pastedInText();
        if (w.draftDistance() != null) {
            own = Math.min(own, w.draftDistance());
        }
        if (own >= MIN_LENGTH) {
            if (w.keystrokes() < own * KEYS_PER_CHAR) {
                found.add(String.format(Locale.ROOT, "%s not pasted appeared with %s (a typist needs about one a character).",
                        count(own, "character"), count(w.keystrokes(), "keystroke")));
            } else if (w.typingMs() * MAX_CHARS_PER_SECOND < own * 1000.0) {
                found.add(String.format(Locale.ROOT, "%s typed in %.1f s of typing (over %.0f characters a second).",
                        count(own, "character"), w.typingMs() / 1000.0, MAX_CHARS_PER_SECOND));
            }
        }
        return found;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
