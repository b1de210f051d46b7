package dev.annota.conflict;

import dev.annota.failure.Forbidden;

/**
 * Refuses an annotator the wall keeps from a project. Deliberately neutral: it names no customer, no rule and no
 * history (that would tell the annotator, and through them a competitor, who else uses the vendor); the reason is
 * recorded for the project's managers.
 */
public class WallRefused extends Forbidden {

    public static final String MESSAGE = "No tasks of this project can be given to you. Your organization's lead can ask the project's managers.";

    public WallRefused() {
        super("Not available to you", MESSAGE);
    }
}
