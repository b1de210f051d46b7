package dev.annota.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.uuid.Generators;
import dev.annota.annotation.internal.AnswerCodec;
import dev.annota.identity.Users;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
public record Annotations(JdbcClient jdbc, Projects projects, TenantScope tenants, Users users, AnswerCodec answers,
        JsonMapper json, AnswerFigures figures) {

    private static final String COLUMNS = "id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at, "
            + "prediction_changed, derived, guidelines_version";

    /** Throws {@link InvalidAnswer} unless the answer fits the given schema version of the project. */
    public void check(UUID tenantId, UUID projectId, int schemaVersion, JsonNode answer) {
        check(tenantId, projectId, schemaVersion, answer, json.createObjectNode());
    }

    /**
     * Throws {@link InvalidAnswer} unless the answer fits the given schema version of the project for the item with
     * {@code itemData} (spans within its text, a ranking of its responses, boxes within its image...).
     */
    public void check(UUID tenantId, UUID projectId, int schemaVersion, JsonNode answer, JsonNode itemData) {
        var violations = projects.schema(tenantId, projectId, schemaVersion).check(answer, itemData);
        if (!violations.isEmpty()) {
            throw new InvalidAnswer(violations);
        }
    }

    /** Stores a checked answer for an item without data or predictions at hand (kept for existing callers). */
    public Annotation store(UUID tenantId, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId,
                            int schemaVersion, JsonNode answer, String idempotencyKey, Instant at) {
        return store(tenantId, projectId, itemId, assignmentId, annotatorId, schemaVersion, null, answer, null, null,
                idempotencyKey, at);
    }

    /**
     * Stores a checked answer; runs inside the caller's tenant transaction (the submit's). Records whether the answer
     * changed the item's first prediction, what the schema derives from it (a demonstration's edit from the draft), and
     * the version of the guidelines the annotator saw (null: unknown).
     */
    public Annotation store(UUID tenantId, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId,
                            int schemaVersion, Integer guidelinesVersion, JsonNode answer, JsonNode itemData,
                            JsonNode predictions, String idempotencyKey, Instant at) {
        return store(tenantId, projectId, itemId, assignmentId, annotatorId, schemaVersion, guidelinesVersion, answer, itemData,
                predictions, idempotencyKey, at, null, 1);
    }

    /**
     * The same, for a rework: {@code supersedes} names the rejected annotation this one replaces (kept as it was),
     * {@code round} is this answer's round (1 for ordinary work).
     */
    public Annotation store(UUID tenantId, UUID projectId, UUID itemId, UUID assignmentId, UUID annotatorId,
                            int schemaVersion, Integer guidelinesVersion, JsonNode answer, JsonNode itemData,
                            JsonNode predictions, String idempotencyKey, Instant at, UUID supersedes, int round) {
        var schema = projects.schema(tenantId, projectId, schemaVersion);
        Boolean changed = predictions == null || !predictions.isArray() || predictions.isEmpty() ? null
                : !schema.sameAnswer(predictions.get(0).get("answer"), answer);
        JsonNode derived = itemData == null ? null : schema.derive(answer, itemData);
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
                insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                         answer, idempotency_key, created_at, prediction_changed, derived, guidelines_version,
                                         supersedes, round)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, projectId, itemId, assignmentId, annotatorId, schemaVersion, answers.seal(tenantId, id, answer),
                        idempotencyKey, Timestamp.from(at), changed,
                        // The edit from a draft quotes the texts: sealed like the answer it was derived from.
                        derived == null ? null : answers.seal(tenantId, id, derived), guidelinesVersion, supersedes, round)
                .update();
        return new Annotation(id, projectId, itemId, assignmentId, annotatorId, schemaVersion, answer, at, changed, derived,
                guidelinesVersion);
    }

    /**
     * An annotation already stored for this assignment, or under this annotator's idempotency key: what a retried
     * submit is answered with. Runs inside the caller's tenant transaction.
     */
    public Optional<Annotation> earlier(UUID tenantId, UUID assignmentId, UUID annotatorId, String idempotencyKey) {
        return jdbc.sql(EARLIER).params(tenantId, assignmentId, annotatorId, idempotencyKey == null ? "" : idempotencyKey)
                .query((rs, row) -> map(tenantId, rs)).list().stream().findFirst();
    }

    /** The same look-up, sent in the caller's round trip; read its result once the round trip was sent. */
    public Supplier<Optional<Annotation>> earlier(RoundTrip trip, UUID tenantId, UUID assignmentId, UUID annotatorId,
                                                  String idempotencyKey) {
        var rows = trip.query(EARLIER, (rs, row) -> map(tenantId, rs), tenantId, assignmentId, annotatorId,
                idempotencyKey == null ? "" : idempotencyKey);
        return () -> rows.get().stream().findFirst();
    }

    private static final String EARLIER = "select " + COLUMNS + " from annotations where tenant_id = ? and (assignment_id = ? "
            + "or (annotator_id = ? and idempotency_key = ?))";

    /**
     * The annotations of some items of a project, oldest first per item, answers readable whatever their stored form
     * (the items browser filters on them in Java, page by page). Runs inside the caller's tenant transaction.
     */
    public List<Annotation> ofItems(UUID tenantId, UUID projectId, java.util.Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from annotations where tenant_id = :tenant and project_id = :project "
                        + "and item_id in (:items) order by item_id, created_at")
                .param("tenant", tenantId).param("project", projectId).param("items", itemIds)
                .query((rs, row) -> map(tenantId, rs)).list();
    }

    /**
     * The annotations stored under some assignments (one each at most), answers readable. Runs inside the caller's
     * tenant transaction.
     */
    public List<Annotation> ofAssignments(UUID tenantId, java.util.Collection<UUID> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from annotations where tenant_id = :tenant and assignment_id in (:assignments)")
                .param("tenant", tenantId).param("assignments", assignmentIds)
                .query((rs, row) -> map(tenantId, rs)).list();
    }

    /**
     * When some annotations of a project were submitted, by id (answers not read); in batches of 1000 ids so the IN
     * list stays small. Inside the caller's tenant transaction.
     */
    public java.util.Map<UUID, java.time.Instant> submittedAt(UUID tenantId, UUID projectId, java.util.Collection<UUID> annotationIds) {
        var result = new java.util.HashMap<UUID, java.time.Instant>();
        var ids = List.copyOf(annotationIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select id, created_at from annotations where tenant_id = :tenant and project_id = :project and id in (:ids)")
                    .param("tenant", tenantId).param("project", projectId).param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        result.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                    });
        }
        return result;
    }

    /** One annotation of the tenant, answer opened; inside the caller's tenant transaction. */
    public Optional<Annotation> find(UUID tenantId, UUID annotationId) {
        return jdbc.sql("select " + COLUMNS + " from annotations where tenant_id = ? and id = ?")
                .params(tenantId, annotationId).query((rs, row) -> map(tenantId, rs)).optional();
    }

    /**
     * How many first answers (round 1) the annotator gave on the project before this one (ids are time-ordered): 0 for
     * their first. A rework's resubmission is not counted: it is not a new item, and whether it came before or after the
     * annotator's next fresh item is a race between a reviewer and the annotator. Inside the caller's tenant transaction.
     */
    public long earlierOf(UUID tenantId, UUID projectId, UUID annotatorId, UUID annotationId) {
        return jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ? and annotator_id = ? and round = 1 and id < ?")
                .params(tenantId, projectId, annotatorId, annotationId).query(Long.class).single();
    }

    /** An answer as stored (sealed) back to JSON, for modules that select answers with their own SQL. */
    public JsonNode openAnswer(UUID tenantId, UUID annotationId, String stored) {
        return answers.open(tenantId, annotationId, stored);
    }

    public List<AnnotatorCount> perAnnotator(ProjectAccess access) {
        Projects.requireManage(access);
        var p = access.project();
        var counts = tenants.read(p.tenantId(), () -> jdbc.sql(
                        // Kept per annotator by a trigger on annotations (annotation_counts, V43): no count over the project.
                        "select annotator_id, annotations from annotation_counts where tenant_id = ? and project_id = ? and annotations > 0")
                .params(p.tenantId(), p.id())
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list());
        var names = users.displayNames(counts.stream().map(java.util.Map.Entry::getKey).collect(Collectors.toSet()));
        return counts.stream()
                .map(e -> new AnnotatorCount(e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue()))
                .sorted(Comparator.comparing(AnnotatorCount::annotations).reversed())
                .toList();
    }

    /**
     * The caller's own answers on the project, oldest first, {@code limit} at a time after the annotation id
     * {@code after} (keyset paging; ids are time-ordered). Answers only, never item payloads: an annotator reads the
     * item leased to them now and nothing else of the project's data.
     */
    public List<Annotation> mine(ProjectAccess access, UUID after, int limit) {
        var p = access.project();
        UUID annotator = access.caller().id();
        return tenants.read(p.tenantId(), () -> jdbc.sql("select " + COLUMNS + " from annotations "
                        + "where tenant_id = ? and project_id = ? and annotator_id = ? and id > ? order by id limit ?")
                .params(p.tenantId(), p.id(), annotator, after == null ? new UUID(0, 0) : after, limit)
                .query((rs, row) -> map(p.tenantId(), rs)).list());
    }

    public long count(ProjectAccess access) {
        var p = access.project();
        return tenants.read(p.tenantId(), () -> figures.totals(p.tenantId(), p.id()).annotations());
    }

    private Annotation map(UUID tenantId, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Annotation(id, rs.getObject("project_id", UUID.class),
                rs.getObject("item_id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("annotator_id", UUID.class), rs.getInt("schema_version"), answers.open(tenantId, id, rs.getString("answer")),
                rs.getTimestamp("created_at").toInstant(), (Boolean) rs.getObject("prediction_changed"),
                rs.getString("derived") == null ? null : answers.open(tenantId, id, rs.getString("derived")),
                (Integer) rs.getObject("guidelines_version"));
    }
}
