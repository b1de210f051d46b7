package dev.annota.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Conflict;
import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.schema.InvalidLabelSchema;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantLookup;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Creating, reading and changing projects, and deciding what a caller may do on one. */
@Service
public class Projects {

    public static final int DEFAULT_LEASE_SECONDS = 600;

    /** The tenant of a project as the caller's organization sees it: a row for the owner and one per engaged workforce. */
    private static final String DIRECTORY = "select tenant_id from project_directory where project_id = ? and org_id = ?";

    /**
     * A project's columns with its vendor shares, one row per share (one with null share columns for a project without
     * shares): the claim reads them with the project in the same statement, so routing by share costs the claim no
     * statement of its own to learn the targets. Rows of one project come together; {@link #folded} makes them one.
     */
    private static final String PROJECT_WITH_SHARES = "select p.tenant_id, p.id, p.name, p.guidelines, p.task_type, p.schema_version, "
            + "p.overlap, p.lease_seconds, p.priority, p.created_by, p.created_at, p.deadline, p.guidelines_version, p.status, "
            + "p.status_note, p.deleted_at, p.leak_marks, s.workforce_org_id as share_org, s.target_percent as share_target, s.task_cap as share_cap "
            + "from projects p left join project_shares s on s.tenant_id = p.tenant_id and s.project_id = p.id ";

    private static final String INSERTED = "tenant_id, id, name, guidelines, task_type, schema_version, overlap, lease_seconds, "
            + "priority, created_by, created_at, deadline, guidelines_version";

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final Organizations organizations;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectTexts texts;
    /** Schema versions never change once written, so any instance may keep them. */
    private final Map<SchemaKey, LabelSchema> schemas = new ConcurrentHashMap<>();

    Projects(JdbcClient jdbc, TenantScope tenants, Organizations organizations, JsonMapper json,
             ApplicationEventPublisher events, Clock clock, ProjectTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.events = events;
        this.tenants = tenants;
        this.organizations = organizations;
        this.json = json;
        this.clock = clock;
    }

    public Project create(CurrentUser caller, ProjectSettings settings) {
        if (caller.orgKind() != OrganizationKind.CUSTOMER || !caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only admins and managers of a customer organization create projects.");
        }
        String name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw invalid("name", "Name the project (1 to 200 characters).");
        }
        TaskType type = settings.taskType() == null ? TaskType.TEXT_CLASSIFICATION : settings.taskType();
        int overlap = settings.overlap() == null ? 1 : checkOverlap(settings.overlap());
        int lease = checkLease(settings.leaseSeconds());
        int priority = settings.priority() == null ? 0 : settings.priority();
        checkSchema(type, settings.schema());
        UUID id = Generators.timeBasedEpochGenerator().generate();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant deadline = settings.deadline() == null ? null : settings.deadline().truncatedTo(ChronoUnit.MICROS);
        var project = new Project(caller.orgId(), id, name, settings.guidelines() == null ? "" : settings.guidelines(), type, 1,
                overlap, lease, priority, caller.id(), now, deadline);
        // Sealed before the transaction: an organization's first project may create its keyset, which commits in a
        // transaction of its own and so must not wait for a second connection while this one is held.
        String sealedName = texts.name.seal(project.tenantId(), id, name);
        String sealedGuidelines = texts.guidelines.seal(project.tenantId(), id, project.guidelines());
        var schema = sealedSchema(project.tenantId(), settings.schema().toString());
        var firstGuidelines = sealedGuidelinesVersion(project.tenantId(), project.guidelines());
        tenants.write(caller.orgId(), () -> {
            jdbc.sql("insert into projects (" + INSERTED + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(project.tenantId(), id, sealedName, sealedGuidelines, type.id(), 1, overlap, lease, priority,
                            caller.id(), Timestamp.from(now), deadline == null ? null : Timestamp.from(deadline), 1)
                    .update();
            insertSchema(project.tenantId(), id, 1, schema, caller.id(), now);
            insertGuidelines(project.tenantId(), id, 1, firstGuidelines, caller.id(), now);
            jdbc.sql("insert into project_directory (project_id, org_id, tenant_id) values (?, ?, ?)")
                    .params(id, caller.orgId(), caller.orgId()).update();
            events.publishEvent(new ProjectChanged(caller.orgId(), id, ProjectChanged.Change.CREATED, caller.id(), caller.orgId(),
                    null, type.id(), now));
        });
        return project;
    }

    /**
     * The caller's rights on a project. A caller whose organization neither owns the project nor is engaged on it gets
     * {@link ProjectNotFound}, exactly as for a project that does not exist.
     */
    public ProjectAccess access(CurrentUser caller, UUID projectId) {
        UUID tenant = tenantFor(caller, projectId).orElseThrow(ProjectNotFound::new);
        Project project = tenants.read(tenant, () -> find(tenant, projectId)).filter(Projects::notDeleted)
                .orElseThrow(ProjectNotFound::new);
        return accessTo(project, caller);
    }

    /** As {@link #access}, for a project deleted within its grace period too (to restore it). */
    public ProjectAccess accessEvenDeleted(CurrentUser caller, UUID projectId) {
        UUID tenant = tenantFor(caller, projectId).orElseThrow(ProjectNotFound::new);
        Project project = tenants.read(tenant, () -> find(tenant, projectId)).orElseThrow(ProjectNotFound::new);
        return accessTo(project, caller);
    }

    /** A deleted project is hidden at once: it answers 404 as if it were gone, except to {@link #accessEvenDeleted}. */
    private static boolean notDeleted(Project project) {
        return project.deletedAt() == null;
    }

    /**
     * The caller's rights on a project of a tenant already found with {@link #tenantFor}: reads the project in that
     * tenant's transaction, joining one in progress, so a hot path (claim, submit) needs no transaction of its own.
     */
    public ProjectAccess accessIn(UUID tenantId, CurrentUser caller, UUID projectId) {
        Project project = tenants.read(tenantId, () -> find(tenantId, projectId)).filter(Projects::notDeleted)
                .orElseThrow(ProjectNotFound::new);
        return accessTo(project, caller);
    }

    /**
     * Runs {@code work} in one write transaction of the project's tenant with the caller's rights on it: the directory
     * lookup is the transaction's first statement (on PostgreSQL the one that sets the tenant), then the project is
     * read. {@link ProjectNotFound} when the caller's organization neither owns the project nor is engaged on it. The
     * hot paths (claim, submit) take one pool checkout this way instead of two.
     */
    public <T> T writeIn(CurrentUser caller, UUID projectId, Function<ProjectAccess, T> work) {
        // The project read travels with the lookup (one round trip on PostgreSQL); it names its tenant by the same
        // directory row, so it reads the project the lookup found, or nothing.
        var project = new TenantLookup.Along<>(PROJECT_WITH_SHARES + "where p.tenant_id = (" + DIRECTORY + ") and p.id = ?",
                this::row, projectId, caller.orgId(), projectId);
        return tenants.writeFound(TenantLookup.of(DIRECTORY, projectId, caller.orgId()).with(project),
                        tenant -> work.apply(accessTo(folded(project.rows()).stream().findFirst().filter(Projects::notDeleted)
                                .orElseThrow(ProjectNotFound::new), caller)))
                .orElseThrow(ProjectNotFound::new);
    }

    /** The tenant owning a project, if the caller's organization owns it or is engaged on it. */
    public Optional<UUID> tenantFor(CurrentUser caller, UUID projectId) {
        return jdbc.sql(DIRECTORY).params(projectId, caller.orgId()).query(UUID.class).optional();
    }

    /** Reads a project inside a tenant transaction already in progress. */
    public Optional<Project> find(UUID tenantId, UUID projectId) {
        return folded(jdbc.sql(PROJECT_WITH_SHARES + "where p.tenant_id = ? and p.id = ?")
                .params(tenantId, projectId).query(this::row).list()).stream().findFirst();
    }

    /** The projects the caller's organization owns or is engaged on that are neither archived nor deleted. */
    public List<Project> visibleTo(CurrentUser caller) {
        return visibleTo(caller, ProjectList.CURRENT);
    }

    /** Which projects a list shows: the current ones (the default), the archived ones, or the deleted ones in their grace. */
    public enum ProjectList {
        CURRENT, ARCHIVED, DELETED;

        boolean shows(Project p) {
            return switch (this) {
                case CURRENT -> p.deletedAt() == null && p.status() != ProjectStatus.ARCHIVED;
                case ARCHIVED -> p.deletedAt() == null && p.status() == ProjectStatus.ARCHIVED;
                case DELETED -> p.deletedAt() != null;
            };
        }
    }

    public List<Project> visibleTo(CurrentUser caller, ProjectList list) {
        var byTenant = jdbc.sql("select project_id, tenant_id from project_directory where org_id = ?")
                .param(caller.orgId())
                .query((rs, n) -> Map.entry(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var result = new ArrayList<Project>();
        byTenant.forEach((tenant, ids) -> {
            try {
                result.addAll(tenants.read(tenant, () -> {
                    var found = folded(jdbc.sql(PROJECT_WITH_SHARES + "where p.tenant_id = :tenant and p.id in (:ids)")
                            .param("tenant", tenant).param("ids", ids).query(this::row).list());
                    // Opened here, in the tenant's transaction: the list shows every name.
                    found.forEach(Project::name);
                    return found;
                }));
            } catch (dev.annota.crypto.KeysShredded shredded) {
                // That organization's keys are gone: its projects cannot be named any more (opening one answers 410);
                // the caller's other projects (a vendor's other customers) still list.
            }
        });
        result.removeIf(p -> !list.shows(p) || (list == ProjectList.DELETED && !accessTo(p, caller).manage()));
        // Ordered in Java, never by name in SQL (names are sealed): priority, then the newest first.
        result.sort(Comparator.comparing(Project::priority).reversed().thenComparing(Project::createdAt, Comparator.reverseOrder()));
        return result;
    }

    public ProjectAccess accessTo(Project project, CurrentUser caller) {
        boolean owner = project.tenantId().equals(caller.orgId());
        return new ProjectAccess(project, caller, owner, owner && caller.hasAny(Role.ADMIN, Role.MANAGER),
                caller.has(Role.ANNOTATOR));
    }

    /** The schema an answer is checked against; versions are immutable, so this reads each version once. */
    public LabelSchema schema(UUID tenantId, UUID projectId, int version) {
        return schemas.computeIfAbsent(new SchemaKey(tenantId, projectId, version), key -> tenants.read(tenantId, () ->
                LabelSchema.parse(json.readTree(schemaBody(tenantId, projectId, version)))));
    }

    /** The schema document as the manager wrote it. */
    public String schemaDocument(ProjectAccess access, int version) {
        return tenants.read(access.tenantId(), () -> schemaBody(access.tenantId(), access.project().id(), version));
    }

    /** One schema version's document, opened; inside the tenant's transaction. */
    private String schemaBody(UUID tenantId, UUID projectId, int version) {
        record Stored(UUID id, String body) {
        }
        var stored = jdbc.sql("select id, body from label_schemas where tenant_id = ? and project_id = ? and version = ?")
                .params(tenantId, projectId, version)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFound("This project has no schema version " + version + "."));
        return texts.schema.open(tenantId, stored.id(), stored.body());
    }

    public Project changeSettings(ProjectAccess access, String name, String guidelines, Integer leaseSeconds, Integer priority) {
        return changeSettings(access, name, guidelines, leaseSeconds, priority, access.project().deadline());
    }

    /** As above, with the deadline as it shall be afterwards (null: none). */
    public Project changeSettings(ProjectAccess access, String name, String guidelines, Integer leaseSeconds, Integer priority,
                                  Instant deadline) {
        return changeSettings(access, name, guidelines, leaseSeconds, priority, deadline, null);
    }

    /**
     * As above, with the overlap too (null: unchanged). A new overlap applies to the items already imported, in the
     * same transaction, through {@link OverlapChanged} (the item module owns the slots): raising it opens slots on
     * them, lowering it never discards an answer (see docs/projects.md).
     */
    public Project changeSettings(ProjectAccess access, String name, String guidelines, Integer leaseSeconds, Integer priority,
                                  Instant deadline, Integer overlap) {
        requireManage(access);
        requireWritable(access);
        Project p = access.project();
        String newName = name == null ? p.name() : name.strip();
        if (newName.isEmpty() || newName.length() > 200) {
            throw invalid("name", "Name the project (1 to 200 characters).");
        }
        int lease = leaseSeconds == null ? p.leaseSeconds() : checkLease(leaseSeconds);
        int newOverlap = overlap == null ? p.overlap() : checkOverlap(overlap);
        String newGuidelines = guidelines == null ? p.guidelines() : guidelines;
        boolean guidelinesChanged = !newGuidelines.equals(p.guidelines());
        int guidelinesVersion = guidelinesChanged ? p.guidelinesVersion() + 1 : p.guidelinesVersion();
        var changed = p.with(newName, newGuidelines, guidelinesVersion, newOverlap, lease,
                priority == null ? p.priority() : priority, deadline == null ? null : deadline.truncatedTo(ChronoUnit.MICROS));
        var fields = new ArrayList<String>();
        if (!changed.name().equals(p.name())) {
            fields.add("name");
        }
        if (guidelinesChanged) {
            fields.add("guidelines=v" + guidelinesVersion);
        }
        if (changed.overlap() != p.overlap()) {
            fields.add("overlap=" + changed.overlap());
        }
        if (changed.leaseSeconds() != p.leaseSeconds()) {
            fields.add("leaseSeconds=" + changed.leaseSeconds());
        }
        if (changed.priority() != p.priority()) {
            fields.add("priority=" + changed.priority());
        }
        if (!java.util.Objects.equals(changed.deadline(), p.deadline())) {
            fields.add("deadline=" + changed.deadline());
        }
        String sealedName = texts.name.seal(p.tenantId(), p.id(), changed.name());
        String sealedGuidelines = texts.guidelines.seal(p.tenantId(), p.id(), changed.guidelines());
        // Both sealed before the transaction, like at creation; the first is stored only for a project made before
        // versions were kept (its version 1 exists only as projects.guidelines).
        var previousVersion = guidelinesChanged ? sealedGuidelinesVersion(p.tenantId(), p.guidelines()) : null;
        var nextVersion = guidelinesChanged ? sealedGuidelinesVersion(p.tenantId(), changed.guidelines()) : null;
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        tenants.write(p.tenantId(), () -> {
            if (guidelinesChanged) {
                storeGuidelinesVersion(p, guidelinesVersion, previousVersion, nextVersion, access.caller().id(), at);
            }
            jdbc.sql("""
                            update projects set name = ?, guidelines = ?, guidelines_version = ?, overlap = ?, lease_seconds = ?,
                            priority = ?, deadline = ? where tenant_id = ? and id = ?""")
                    .params(sealedName, sealedGuidelines, guidelinesVersion, changed.overlap(), changed.leaseSeconds(), changed.priority(),
                            changed.deadline() == null ? null : Timestamp.from(changed.deadline()), p.tenantId(), p.id())
                    .update();
            if (changed.overlap() != p.overlap()) {
                events.publishEvent(new OverlapChanged(p.tenantId(), p.id(), p.overlap(), changed.overlap()));
            }
            // Names the changed settings, never the new name or guidelines text.
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.SETTINGS_CHANGED,
                    access.caller().id(), access.caller().orgId(), null, String.join(",", fields), Instant.now(clock)));
        });
        return changed;
    }

    /**
     * Refuses a change to an archived project (read-only: no imports, no schema or settings changes, no item changes)
     * with the reason and the way out.
     */
    public static void requireWritable(ProjectAccess access) {
        if (access.project().status() == ProjectStatus.ARCHIVED) {
            throw new Conflict("This project is archived, so it is read-only; resume it to change it.")
                    .with("status", ProjectStatus.ARCHIVED.name());
        }
    }

    /** Stores a new schema version; annotations made before keep the version they were checked against. */
    public int changeSchema(ProjectAccess access, tools.jackson.databind.JsonNode schema) {
        requireManage(access);
        requireWritable(access);
        checkSchema(access.project().taskType(), schema);
        Project p = access.project();
        var sealed = sealedSchema(p.tenantId(), schema.toString());
        return tenants.write(p.tenantId(), () -> {
            int next = jdbc.sql("select max(version) from label_schemas where tenant_id = ? and project_id = ?")
                    .params(p.tenantId(), p.id()).query(Integer.class).single() + 1;
            insertSchema(p.tenantId(), p.id(), next, sealed, access.caller().id(), Instant.now(clock));
            jdbc.sql("update projects set schema_version = ? where tenant_id = ? and id = ?").params(next, p.tenantId(), p.id()).update();
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.SCHEMA_CHANGED,
                    access.caller().id(), access.caller().orgId(), null, "version=" + next, Instant.now(clock)));
            return next;
        });
    }

    /** Saves new guidelines as the next version (an unchanged text keeps the current one); managers only. */
    public Project changeGuidelines(ProjectAccess access, String markdown) {
        if (markdown == null) {
            throw invalid("markdown", "Send the guidelines as Markdown text (it may be empty).");
        }
        return changeSettings(access, null, markdown, null, null);
    }

    /** Every version of the label schema, oldest first, without their documents. */
    public List<Version> schemaVersions(ProjectAccess access) {
        requireManage(access);
        Project p = access.project();
        return tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select version, created_by, created_at from label_schemas where tenant_id = ? and project_id = ?
                        order by version""")
                .params(p.tenantId(), p.id()).query(Projects::version).list());
    }

    /** Every version of the guidelines, oldest first, without their texts. */
    public List<Version> guidelinesVersions(ProjectAccess access) {
        requireManage(access);
        Project p = access.project();
        var stored = tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select version, created_by, created_at from project_guidelines where tenant_id = ? and project_id = ?
                        order by version""")
                .params(p.tenantId(), p.id()).query(Projects::version).list());
        // A project made before versions were kept and never changed since: its one version is projects.guidelines.
        return stored.isEmpty() ? List.of(new Version(p.guidelinesVersion(), p.createdBy(), p.createdAt())) : stored;
    }

    /** One version of the guidelines as the manager wrote it; {@link ProjectNotFound} for a version that does not exist. */
    public String guidelines(ProjectAccess access, int version) {
        requireManage(access);
        Project p = access.project();
        var stored = tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select id, body from project_guidelines where tenant_id = ? and project_id = ? and version = ?""")
                .params(p.tenantId(), p.id(), version)
                .query((rs, n) -> texts.guidelinesVersion.open(p.tenantId(), rs.getObject(1, UUID.class), rs.getString(2)))
                .optional());
        if (stored.isPresent()) {
            return stored.get();
        }
        if (version == p.guidelinesVersion()) {
            return p.guidelines();
        }
        throw new NotFound("This project has no guidelines version " + version + ".");
    }

    /** A version of a project's schema or guidelines: its number, who saved it and when. */
    public record Version(int version, UUID createdBy, Instant createdAt) {
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getInt(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant());
    }

    private SealedText sealedGuidelinesVersion(UUID tenant, String markdown) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        return new SealedText(id, texts.guidelinesVersion.seal(tenant, id, markdown));
    }

    /**
     * Inserts version {@code next}; inside the tenant's transaction. Writes the previous version first when the project
     * has none stored yet. Two managers saving at once both ask for the same number: the second gets a conflict.
     */
    private void storeGuidelinesVersion(Project p, int next, SealedText previous, SealedText text, UUID by, Instant at) {
        boolean noneStored = jdbc.sql("select count(*) from project_guidelines where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query(Long.class).single() == 0;
        try {
            if (noneStored) {
                insertGuidelines(p.tenantId(), p.id(), p.guidelinesVersion(), previous, p.createdBy(), p.createdAt());
            }
            insertGuidelines(p.tenantId(), p.id(), next, text, by, at);
        } catch (DuplicateKeyException e) {
            throw new Conflict("The guidelines were changed meanwhile: reload them and save again.");
        }
    }

    private void insertGuidelines(UUID tenant, UUID project, int version, SealedText text, UUID by, Instant at) {
        jdbc.sql("""
                        insert into project_guidelines (tenant_id, id, project_id, version, body, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, text.id(), project, version, text.body(), by, Timestamp.from(at)).update();
    }

    public Engagement engage(ProjectAccess access, UUID workforceOrgId) {
        requireManage(access);
        var workforce = organizations.find(workforceOrgId)
                .filter(org -> org.kind() == OrganizationKind.WORKFORCE)
                .orElseThrow(() -> invalid("workforceOrgId", "No workforce organization with that id."));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Project p = access.project();
        try {
            tenants.write(p.tenantId(), () -> {
                jdbc.sql("insert into engagements (tenant_id, project_id, workforce_org_id, created_by, created_at) values (?, ?, ?, ?, ?)")
                        .params(p.tenantId(), p.id(), workforce.id(), access.caller().id(), Timestamp.from(now)).update();
                jdbc.sql("insert into project_directory (project_id, org_id, tenant_id) values (?, ?, ?)")
                        .params(p.id(), workforce.id(), p.tenantId()).update();
                events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.ENGAGEMENT_STARTED,
                        access.caller().id(), access.caller().orgId(), workforce.id(), null, now));
            });
        } catch (DuplicateKeyException e) {
            throw new Conflict(workforce.name() + " is already engaged on this project.");
        }
        return new Engagement(p.id(), workforce.id(), workforce.name(), now);
    }

    public void disengage(ProjectAccess access, UUID workforceOrgId) {
        requireManage(access);
        Project p = access.project();
        int removed = tenants.write(p.tenantId(), () -> {
            int n = jdbc.sql("delete from engagements where tenant_id = ? and project_id = ? and workforce_org_id = ?")
                    .params(p.tenantId(), p.id(), workforceOrgId).update();
            jdbc.sql("delete from project_directory where project_id = ? and org_id = ? and tenant_id = ?")
                    .params(p.id(), workforceOrgId, p.tenantId()).update();
            // Its share ends with it; the others' targets then count relative to their sum (VendorShares).
            jdbc.sql("delete from project_shares where tenant_id = ? and project_id = ? and workforce_org_id = ?")
                    .params(p.tenantId(), p.id(), workforceOrgId).update();
            if (n > 0) {
                events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.ENGAGEMENT_ENDED,
                        access.caller().id(), access.caller().orgId(), workforceOrgId, null, Instant.now(clock)));
            }
            return n;
        });
        if (removed == 0) {
            throw new NotFound("That organization is not engaged on this project.");
        }
    }

    public List<Engagement> engagements(ProjectAccess access) {
        requireManage(access);
        Project p = access.project();
        var names = organizations.all().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        return tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select workforce_org_id, created_at from engagements where tenant_id = ? and project_id = ? order by created_at""")
                .params(p.tenantId(), p.id())
                .query((rs, n) -> {
                    UUID org = rs.getObject(1, UUID.class);
                    return new Engagement(p.id(), org, names.getOrDefault(org, "?"), rs.getTimestamp(2).toInstant());
                })
                .list());
    }

    /**
     * Turns leak marks on or off (docs/trust.md, "Leaks traced to their source"): the owner's admins and managers, on
     * a project that is not archived; an administrative event in the access log when it changes.
     */
    public Project markLeaks(ProjectAccess access, boolean on) {
        requireManage(access);
        requireWritable(access);
        Project p = access.project();
        if (p.leakMarks() == on) {
            return p;
        }
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        tenants.write(p.tenantId(), () -> {
            jdbc.sql("update projects set leak_marks = ? where tenant_id = ? and id = ?").params(on, p.tenantId(), p.id()).update();
            events.publishEvent(new ProjectChanged(p.tenantId(), p.id(), ProjectChanged.Change.SETTINGS_CHANGED,
                    access.caller().id(), access.caller().orgId(), null, "leakMarks=" + on, at));
        });
        return p.withLeakMarks(on);
    }

    public static void requireManage(ProjectAccess access) {
        if (!access.manage()) {
            throw new ProjectForbidden("Only admins and managers of the owning organization may do this.");
        }
    }

    /** Parses a schema document and checks it fits the task type; throws {@link InvalidLabelSchema}. */
    static LabelSchema checkSchema(TaskType type, tools.jackson.databind.JsonNode document) {
        LabelSchema schema = LabelSchema.parse(document);
        var violations = type.checkSchema(schema);
        if (!violations.isEmpty()) {
            throw new InvalidLabelSchema(violations);
        }
        return schema;
    }

    /**
     * A schema or guidelines version's row id and its text sealed under it, made before the transaction that stores
     * them.
     */
    private record SealedText(UUID id, String body) {
    }

    private SealedText sealedSchema(UUID tenant, String body) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        return new SealedText(id, texts.schema.seal(tenant, id, body));
    }

    private void insertSchema(UUID tenant, UUID project, int version, SealedText schema, UUID by, Instant at) {
        jdbc.sql("""
                        insert into label_schemas (tenant_id, id, project_id, version, body, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, schema.id(), project, version, schema.body(), by, Timestamp.from(at)).update();
    }

    private static int checkOverlap(int overlap) {
        if (overlap < 1 || overlap > 100) {
            throw invalid("overlap", "Overlap is how many distinct annotators label each item: 1 to 100.");
        }
        return overlap;
    }

    private static int checkLease(Integer seconds) {
        int lease = seconds == null ? DEFAULT_LEASE_SECONDS : seconds;
        if (lease < 10 || lease > 86400) {
            throw invalid("leaseSeconds", "A lease lasts 10 to 86400 seconds.");
        }
        return lease;
    }

    /** One row of {@link #PROJECT_WITH_SHARES}: the project and one of its shares, or none. */
    private record Row(Project project, ProjectShare share) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID org = rs.getObject("share_org", UUID.class);
        var share = org == null ? null
                : new ProjectShare(org, rs.getBigDecimal("share_target"), (Integer) rs.getObject("share_cap", Integer.class));
        return new Row(map(rs, n), share);
    }

    /** The projects of these rows, in their order, each with its shares. */
    private static List<Project> folded(List<Row> rows) {
        var projects = new java.util.LinkedHashMap<UUID, Project>();
        var shares = new java.util.HashMap<UUID, List<ProjectShare>>();
        for (Row row : rows) {
            projects.putIfAbsent(row.project().id(), row.project());
            if (row.share() != null) {
                shares.computeIfAbsent(row.project().id(), id -> new ArrayList<>()).add(row.share());
            }
        }
        return projects.values().stream()
                .map(p -> shares.containsKey(p.id()) ? p.withShares(shares.get(p.id())) : p)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** A project as stored: its name and guidelines are opened when first asked for (see {@link Project}). */
    private Project map(ResultSet rs, int row) throws SQLException {
        UUID tenant = rs.getObject("tenant_id", UUID.class);
        UUID id = rs.getObject("id", UUID.class);
        String name = rs.getString("name");
        String guidelines = rs.getString("guidelines");
        return Project.opening(tenant, id, () -> texts.name.open(tenant, id, name),
                () -> texts.guidelines.open(tenant, id, guidelines), rs.getInt("guidelines_version"), TaskType.of(rs.getString("task_type")), rs.getInt("schema_version"),
                rs.getInt("overlap"), rs.getInt("lease_seconds"), rs.getInt("priority"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("deadline") == null ? null : rs.getTimestamp("deadline").toInstant(),
                ProjectStatus.valueOf(rs.getString("status")), rs.getString("status_note"),
                rs.getTimestamp("deleted_at") == null ? null : rs.getTimestamp("deleted_at").toInstant())
                .withLeakMarks(rs.getBoolean("leak_marks"));
    }

    static Failure invalid(String field, String message) {
        return new Invalid("Invalid project settings", message).with("field", field);
    }

    private record SchemaKey(UUID tenant, UUID project, int version) {
    }
}
