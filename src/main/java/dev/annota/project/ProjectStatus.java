package dev.annota.project;

/** Where a project is in its life cycle (a deletion is kept apart, in {@link Project#deletedAt()}). */
public enum ProjectStatus {
    /** Claims are served, everything may change. */
    ACTIVE,
    /** No claims are served (annotators are told why); leases in flight may still be submitted. */
    PAUSED,
    /** Read-only: no claims, no imports, no schema or settings changes; out of the default project lists. */
    ARCHIVED
}
