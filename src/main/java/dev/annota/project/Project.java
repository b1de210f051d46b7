package dev.annota.project;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dev.annota.schema.TaskType;

/**
 * A labeling job. {@code tenantId} is the owning customer organization.
 *
 * <p>The name and the guidelines are stored sealed (see {@link ProjectTexts}). A project read from the database opens
 * them on first use, not when it is read: the claim and submit paths read the project on every request and never
 * show its name or guidelines, so they decrypt nothing more than before. Opening may throw what
 * {@link dev.annota.crypto.TenantCrypto#open} throws (410 once the tenant's keys are shredded).
 */
public final class Project {

    private final UUID tenantId;
    private final UUID id;
    private final Supplier<String> name;
    private final Supplier<String> guidelines;
    private final TaskType taskType;
    private final int schemaVersion;
    private final int overlap;
    private final int leaseSeconds;
    private final int priority;
    private final UUID createdBy;
    private final Instant createdAt;
    private final Instant deadline;
    private final int guidelinesVersion;
    private final ProjectStatus status;
    private final String statusNote;
    private final Instant deletedAt;
    private final List<ProjectShare> shares;
    private final boolean leakMarks;

    public Project(UUID tenantId, UUID id, String name, String guidelines, TaskType taskType, int schemaVersion,
                   int overlap, int leaseSeconds, int priority, UUID createdBy, Instant createdAt, Instant deadline) {
        this(tenantId, id, name, guidelines, 1, taskType, schemaVersion, overlap, leaseSeconds, priority, createdBy, createdAt,
                deadline);
    }

    /** As above, with the version of the guidelines (1 for a new project, n+1 after each change). */
    public Project(UUID tenantId, UUID id, String name, String guidelines, int guidelinesVersion, TaskType taskType,
                   int schemaVersion, int overlap, int leaseSeconds, int priority, UUID createdBy, Instant createdAt,
                   Instant deadline) {
        this(tenantId, id, () -> name, () -> guidelines, guidelinesVersion, taskType, schemaVersion, overlap, leaseSeconds,
                priority, createdBy, createdAt, deadline, ProjectStatus.ACTIVE, null, null);
    }

    /** A project whose name and guidelines are opened by the suppliers, each at most once, when first asked for. */
    static Project opening(UUID tenantId, UUID id, Supplier<String> name, Supplier<String> guidelines, int guidelinesVersion,
                           TaskType taskType, int schemaVersion, int overlap, int leaseSeconds, int priority, UUID createdBy,
                           Instant createdAt, Instant deadline, ProjectStatus status, String statusNote, Instant deletedAt) {
        return new Project(tenantId, id, once(name), once(guidelines), guidelinesVersion, taskType, schemaVersion, overlap,
                leaseSeconds, priority, createdBy, createdAt, deadline, status, statusNote, deletedAt);
    }

    /** The same project with other settings (its texts as they are, not opened again). */
    Project with(String name, String guidelines, int guidelinesVersion, int overlap, int leaseSeconds, int priority,
                 Instant deadline) {
        return new Project(tenantId, id, () -> name, () -> guidelines, guidelinesVersion, taskType, schemaVersion, overlap,
                leaseSeconds, priority, createdBy, createdAt, deadline, status, statusNote, deletedAt, shares, leakMarks);
    }

    /** The same project with its vendor shares as read with it. */
    Project withShares(List<ProjectShare> shares) {
        return new Project(tenantId, id, name, guidelines, guidelinesVersion, taskType, schemaVersion, overlap,
                leaseSeconds, priority, createdBy, createdAt, deadline, status, statusNote, deletedAt, shares, leakMarks);
    }

    /** The same project with leak marks on or off (as read with it, or as just set). */
    Project withLeakMarks(boolean on) {
        return new Project(tenantId, id, name, guidelines, guidelinesVersion, taskType, schemaVersion, overlap,
                leaseSeconds, priority, createdBy, createdAt, deadline, status, statusNote, deletedAt, shares, on);
    }

    private Project(UUID tenantId, UUID id, Supplier<String> name, Supplier<String> guidelines, int guidelinesVersion,
                    TaskType taskType, int schemaVersion, int overlap, int leaseSeconds, int priority, UUID createdBy,
                    Instant createdAt, Instant deadline, ProjectStatus status, String statusNote, Instant deletedAt) {
        this(tenantId, id, name, guidelines, guidelinesVersion, taskType, schemaVersion, overlap, leaseSeconds, priority,
                createdBy, createdAt, deadline, status, statusNote, deletedAt, List.of(), false);
    }

    private Project(UUID tenantId, UUID id, Supplier<String> name, Supplier<String> guidelines, int guidelinesVersion,
                    TaskType taskType, int schemaVersion, int overlap, int leaseSeconds, int priority, UUID createdBy,
                    Instant createdAt, Instant deadline, ProjectStatus status, String statusNote, Instant deletedAt,
                    List<ProjectShare> shares, boolean leakMarks) {
        this.shares = List.copyOf(shares);
        this.leakMarks = leakMarks;
        this.guidelinesVersion = guidelinesVersion;
        this.tenantId = tenantId;
        this.id = id;
        this.name = name;
        this.guidelines = guidelines;
        this.taskType = taskType;
        this.schemaVersion = schemaVersion;
        this.overlap = overlap;
        this.leaseSeconds = leaseSeconds;
        this.priority = priority;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.deadline = deadline;
        this.status = Objects.requireNonNull(status, "status");
        this.statusNote = statusNote;
        this.deletedAt = deletedAt;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name.get();
    }

    public String guidelines() {
        return guidelines.get();
    }

    /** The version of the guidelines {@link #guidelines()} returns: what an annotator working now sees. */
    public int guidelinesVersion() {
        return guidelinesVersion;
    }

    public TaskType taskType() {
        return taskType;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public int overlap() {
        return overlap;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    public int priority() {
        return priority;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the customer wants the work done, or null: orders the annotator's projects after priority, nothing more. */
    public Instant deadline() {
        return deadline;
    }

    /** Active, paused (no claims) or archived (read-only); see docs/projects.md. */
    public ProjectStatus status() {
        return status;
    }

    /** The one line annotators are shown while the project is paused, or null. */
    public String statusNote() {
        return statusNote;
    }

    /** When the project was deleted (hidden, purged after the grace period), or null. */
    public Instant deletedAt() {
        return deletedAt;
    }

    /**
     * The target share of the work of each workforce on this project (docs/workforce.md "Routing: vendor shares"),
     * read with the project in the same statement; empty when the project routes no work by share. Every workforce's
     * row: show a vendor only its own ({@link VendorShares#of}).
     */
    public List<ProjectShare> shares() {
        return shares;
    }

    /**
     * True when every view of an item under a lease carries per-view marks and the viewer's watermark
     * (docs/trust.md, "Leaks traced to their source"); read with the project, so a claim learns it at no cost.
     */
    public boolean leakMarks() {
        return leakMarks;
    }

    /** Same tenant, id and settings version: texts are not compared (comparing must not decrypt). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Project p && tenantId.equals(p.tenantId) && id.equals(p.id) && taskType == p.taskType
                && schemaVersion == p.schemaVersion && guidelinesVersion == p.guidelinesVersion && overlap == p.overlap && leaseSeconds == p.leaseSeconds
                && priority == p.priority && Objects.equals(createdBy, p.createdBy) && Objects.equals(createdAt, p.createdAt)
                && Objects.equals(deadline, p.deadline) && status == p.status && Objects.equals(statusNote, p.statusNote)
                && Objects.equals(deletedAt, p.deletedAt) && leakMarks == p.leakMarks;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }

    @Override
    public String toString() {
        // Never the name or guidelines: a project logged by accident shows only ids.
        return "Project[tenant=" + tenantId + ", id=" + id + ", type=" + taskType.id() + ", schemaVersion=" + schemaVersion + "]";
    }

    private static Supplier<String> once(Supplier<String> open) {
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String v = value;
                if (v == null) {
                    v = open.get();
                    value = v;
                }
                return v;
            }
        };
    }
}
