package dev.annota.project;

import dev.annota.failure.Forbidden;

/** Refuses a caller who may know the project but not do this on it. */
public class ProjectForbidden extends Forbidden {

    public ProjectForbidden(String detail) {
        super(detail);
    }
}
