package dev.annota.workforce.internal;

import dev.annota.failure.Forbidden;

/** The annotator does not meet a project's requirements; the detail says which, in one line. */
class RequirementNotMet extends Forbidden {

    RequirementNotMet(String why) {
        super("Requirement not met", why);
    }
}
