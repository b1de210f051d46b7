package dev.annota.work;

import java.time.Instant;
import java.util.UUID;

/**
 * One project on an annotator's home: what it is called, how urgent it is, and how many tasks are still open to this
 * annotator ({@code openTasks}: items they may still claim, counting a lease they hold now; gold items are not counted;
 * {@code rework}: of those, rejected answers waiting for this annotator to do again, served before new work).
 */
public record ProjectWork(UUID id, String name, int priority, Instant deadline, long openTasks, long rework) {
}
