package dev.annota.project;

import dev.annota.failure.NotFound;

/** A project the caller may not know exists: the same answer as for one that does not exist. */
public class ProjectNotFound extends NotFound {

    public ProjectNotFound() {
        super("No such project.");
    }
}
