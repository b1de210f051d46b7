package dev.annota.annotation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts and ids of a project's answers for other modules' reports (quality, rankings), so that only this module's
 * SQL names {@code annotations}. Every method runs inside the tenant transaction its caller opened.
 */
@Component
public record AnswerFigures(JdbcClient jdbc) {

    /** Everyone who answered on the project (from the kept counts of annotation_counts, V43). */
    public List<UUID> annotators(UUID tenantId, UUID projectId) {
        return jdbc.sql("select annotator_id from annotation_counts where tenant_id = ? and project_id = ? and annotations > 0")
                .params(tenantId, projectId).query(UUID.class).list();
    }

    /** How many answers the annotator gave on the project (kept by a trigger: no count over the project's answers). */
    public long count(UUID tenantId, UUID projectId, UUID annotator) {
        return jdbc.sql("select coalesce(sum(annotations), 0) from annotation_counts where tenant_id = ? and project_id = ? and annotator_id = ?")
                .params(tenantId, projectId, annotator).query(Long.class).single();
    }

    /** A project's answers in all, and those of them imported from another tool. */
    public record Totals(long annotations, long imported) {
    }

    /** The project's answer totals, summed over its annotators' kept counts (annotation_counts, V43). */
    public Totals totals(UUID tenantId, UUID projectId) {
        return jdbc.sql("select coalesce(sum(annotations), 0), coalesce(sum(imported), 0) from annotation_counts "
                        + "where tenant_id = ? and project_id = ?")
                .params(tenantId, projectId).query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2))).single();
    }

    /** One answer, without its content: who gave it, on which item, when. */
    public record Answered(UUID annotationId, UUID itemId, UUID annotatorId, Instant at) {
    }

    /**
     * The project's answers made in {@code [from, to)}, oldest first, contents not read (the vendor comparison counts
     * them per workforce and day).
     */
    public List<Answered> answeredBetween(UUID tenantId, UUID projectId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, item_id, annotator_id, created_at from annotations
                        where tenant_id = ? and project_id = ? and created_at >= ? and created_at < ?
                        order by created_at, id""")
                .params(tenantId, projectId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, n) -> new Answered(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** When the annotator's last {@code limit} answers were made, newest first. */
    public List<Instant> latestTimes(UUID tenantId, UUID projectId, UUID annotator, int limit) {
        return jdbc.sql("""
                        select created_at from annotations where tenant_id = ? and project_id = ? and annotator_id = ?
                        order by created_at desc limit ?""")
                .params(tenantId, projectId, annotator, limit).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** The project's items with at least one answer, each once. */
    public List<UUID> answeredItems(UUID tenantId, UUID projectId) {
        return jdbc.sql("select distinct item_id from annotations where tenant_id = ? and project_id = ?")
                .params(tenantId, projectId).query(UUID.class).list();
    }
}
