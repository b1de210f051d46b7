package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

/**
 * One project on an annotator's home: what it is called, how urgent it is, and how many tasks are still open to this
 * annotator ({@code openTasks}: items they may still claim, counting a lease they hold now; gold items are not counted;
 * {@code rework}: of those, rejected answers waiting for this annotator to do again, served before new work);
 * {@code notEligible}: the one line a {@link ClaimRule} would refuse new work with (a requirement the annotator does
 * not meet), null when none would.
 */
public record ProjectWork(UUID id, String name, int priority, Instant deadline, long openTasks, long rework, String notEligible) {

    public ProjectWork(UUID id, String name, int priority, Instant deadline, long openTasks, long rework) {
        this(id, name, priority, deadline, openTasks, rework, null);
    }
}
