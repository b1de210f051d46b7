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
public class AnswerFigures {

    private final JdbcClient jdbc;

    AnswerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who answered on the project. */
    public List<UUID> annotators(UUID tenantId, UUID projectId) {
        return jdbc.sql("select distinct annotator_id from annotations where tenant_id = ? and project_id = ?")
                .params(tenantId, projectId).query(UUID.class).list();
    }

    /** How many answers the annotator gave on the project. */
    public long count(UUID tenantId, UUID projectId, UUID annotator) {
        return jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ? and annotator_id = ?")
                .params(tenantId, projectId, annotator).query(Long.class).single();
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
