package dev.annota.quality.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.annotation.Annotation;
import dev.annota.annotation.AnswerFigures;
import dev.annota.annotation.Annotations;
import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The reads behind the quality report, an annotator's own quality page and the rankings. Run inside the project's
 * tenant transaction, which the caller opens.
 */
@Component
record QualityFigures(JdbcClient jdbc, AnswerFigures answerFigures, Annotations annotations, ItemRows items) {

    List<UUID> annotatorsWithGoldResults(Project p) {
        return jdbc.sql("select distinct annotator_id from gold_results where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query(UUID.class).list();
    }

    List<UUID> annotatorsWithAnswers(Project p) {
        return answerFigures.annotators(p.tenantId(), p.id());
    }

    long goldItems(Project p) {
        return items.goldCount(p.tenantId(), p.id());
    }

    long answers(Project p, UUID annotator) {
        return answerFigures.count(p.tenantId(), p.id(), annotator);
    }

    /** When the annotator's last {@code limit} answers were made, newest first. */
    List<Instant> recentAnswerTimes(Project p, UUID annotator, int limit) {
        return answerFigures.latestTimes(p.tenantId(), p.id(), annotator, limit);
    }

    /** Each gold result of the annotator: whether it was correct, and when. */
    List<Map.Entry<Boolean, Instant>> goldResults(Project p, UUID annotator) {
        return jdbc.sql("""
                        select correct, created_at from gold_results where tenant_id = ? and project_id = ? and annotator_id = ?""")
                .params(p.tenantId(), p.id(), annotator)
                .query((rs, n) -> Map.entry(rs.getBoolean(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** A gold item the annotator missed: the answer given, the item and the expected answer still sealed. */
    record Miss(UUID itemId, UUID assignmentId, Instant answeredAt, JsonNode answer, String sealedPayload, String sealedGoldAnswer) {
    }

    private record MissedResult(UUID itemId, Instant at, UUID assignmentId) {
    }

    /**
     * The gold items the annotator missed that have an expected answer, newest first: the misses from gold_results,
     * their answers from the annotation module and the expected answers from the item module (a report, not a hot
     * path: three statements where one join was).
     */
    List<Miss> missedGold(Project p, UUID annotator) {
        var missed = jdbc.sql("""
                        select item_id, created_at, assignment_id from gold_results
                        where tenant_id = ? and project_id = ? and annotator_id = ? and correct = false
                        order by created_at desc""")
                .params(p.tenantId(), p.id(), annotator)
                .query((rs, n) -> new MissedResult(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class)))
                .list();
        if (missed.isEmpty()) {
            return List.of();
        }
        var answers = annotations.ofAssignments(p.tenantId(), missed.stream().map(MissedResult::assignmentId).toList())
                .stream().collect(Collectors.toMap(Annotation::assignmentId, Annotation::answer));
        var expected = new HashMap<UUID, ItemRows.SealedItem>();
        for (var item : items.sealed(p.tenantId(), p.id(), missed.stream().map(MissedResult::itemId).toList())) {
            if (item.sealedGoldAnswer() != null) {
                expected.put(item.itemId(), item);
            }
        }
        return missed.stream()
                .filter(m -> answers.containsKey(m.assignmentId()) && expected.containsKey(m.itemId()))
                .map(m -> new Miss(m.itemId(), m.assignmentId(), m.at(), answers.get(m.assignmentId()),
                        expected.get(m.itemId()).sealedPayload(), expected.get(m.itemId()).sealedGoldAnswer()))
                .toList();
    }

    /** The items with at least one answer, external ids and payloads still sealed. */
    List<ItemRows.SealedItem> answeredItems(Project p) {
        return items.sealed(p.tenantId(), p.id(), answerFigures.answeredItems(p.tenantId(), p.id()));
    }
}
