package dev.annota.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.annotation.AnswerFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's gold results for reports of other modules (the vendor comparison): who answered a gold item, rightly or
 * not, and when. Every method runs inside the tenant transaction its caller opened.
 */
@Component
public record GoldResults(JdbcClient jdbc, AnswerFigures answers) {

    /**
     * Gold results of an annotator's most recent submits that their own figures leave out while right: watching a count
     * move after each submit would otherwise tell which items are gold (a miss is told at submit anyway).
     */
    public static final int HOLDBACK = 5;

    /** One gold answer: right or not, and when it was submitted. */
    public record Result(UUID annotatorId, boolean correct, Instant at) {
    }

    /** Every gold result of the project in {@code [from, to)}, oldest first. */
    public List<Result> between(UUID tenantId, UUID projectId, Instant from, Instant to) {
        return jdbc.sql("""
                        select annotator_id, correct, created_at from gold_results
                        where tenant_id = ? and project_id = ? and created_at >= ? and created_at < ?
                        order by created_at""")
                .params(tenantId, projectId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Result(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * The annotator's own gold results in {@code [from, to)} as they may see them: misses at once, right answers only
     * once {@link #HOLDBACK} later answers of theirs followed (as on their quality page).
     */
    public List<Result> shownTo(UUID tenantId, UUID projectId, UUID annotator, Instant from, Instant to) {
        var recent = answers.latestTimes(tenantId, projectId, annotator, HOLDBACK);
        Instant cutoff = recent.size() < HOLDBACK ? Instant.MIN : recent.getLast();
        return jdbc.sql("""
                        select annotator_id, correct, created_at from gold_results
                        where tenant_id = ? and project_id = ? and annotator_id = ? and created_at >= ? and created_at < ?
                        order by created_at""")
                .params(tenantId, projectId, annotator, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Result(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getTimestamp(3).toInstant()))
                .list().stream()
                .filter(r -> !r.correct() || r.at().isBefore(cutoff))
                .toList();
    }
}
