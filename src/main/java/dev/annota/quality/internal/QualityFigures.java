package dev.annota.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.project.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind the quality report, an annotator's own quality page and the rankings. Run inside the project's
 * tenant transaction, which the caller opens.
 */
@Component
class QualityFigures {

    private final JdbcClient jdbc;

    QualityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> annotatorsWithGoldResults(Project p) {
        return jdbc.sql("select distinct annotator_id from gold_results where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query(UUID.class).list();
    }

    List<UUID> annotatorsWithAnswers(Project p) {
        return jdbc.sql("select distinct annotator_id from annotations where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query(UUID.class).list();
    }

    long goldItems(Project p) {
        return jdbc.sql("select count(*) from items where tenant_id = ? and project_id = ? and state = 'GOLD'")
                .params(p.tenantId(), p.id()).query(Long.class).single();
    }

    long answers(Project p, UUID annotator) {
        return jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ? and annotator_id = ?")
                .params(p.tenantId(), p.id(), annotator).query(Long.class).single();
    }

    /** When the annotator's last {@code limit} answers were made, newest first. */
    List<Instant> recentAnswerTimes(Project p, UUID annotator, int limit) {
        return jdbc.sql("""
                        select created_at from annotations where tenant_id = ? and project_id = ? and annotator_id = ?
                        order by created_at desc limit ?""")
                .params(p.tenantId(), p.id(), annotator, limit).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** Each gold result of the annotator: whether it was correct, and when. */
    List<Map.Entry<Boolean, Instant>> goldResults(Project p, UUID annotator) {
        return jdbc.sql("""
                        select correct, created_at from gold_results where tenant_id = ? and project_id = ? and annotator_id = ?""")
                .params(p.tenantId(), p.id(), annotator)
                .query((rs, n) -> Map.entry(rs.getBoolean(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** A gold item the annotator missed, with the answer and the expected answer still sealed. */
    record SealedMiss(UUID itemId, Instant answeredAt, String sealedAnswer, String sealedGoldAnswer, UUID annotationId) {
    }

    /** The gold items the annotator missed that have an expected answer, newest first. */
    List<SealedMiss> missedGold(Project p, UUID annotator) {
        return jdbc.sql("""
                        select g.item_id, g.created_at, a.answer, i.gold_answer, a.id from gold_results g
                        join annotations a on a.tenant_id = g.tenant_id and a.assignment_id = g.assignment_id
                        join items i on i.tenant_id = g.tenant_id and i.id = g.item_id
                        where g.tenant_id = ? and g.project_id = ? and g.annotator_id = ? and g.correct = false
                          and i.gold_answer is not null
                        order by g.created_at desc""")
                .params(p.tenantId(), p.id(), annotator)
                .query((rs, n) -> new SealedMiss(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class)))
                .list();
    }

    /** An item with at least one answer, its external id and payload still sealed. */
    record SealedAnsweredItem(UUID itemId, String sealedExternalId, String sealedPayload) {
    }

    List<SealedAnsweredItem> answeredItems(Project p) {
        return jdbc.sql("""
                        select i.id, i.external_id, i.payload from items i where i.tenant_id = ? and i.project_id = ?
                        and exists (select 1 from annotations a where a.tenant_id = i.tenant_id and a.item_id = i.id)""")
                .params(p.tenantId(), p.id())
                .query((rs, n) -> new SealedAnsweredItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }
}
