package dev.annota.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.RoundTrip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the review queue and its decisions (tables reviews, review_decisions); inside the caller's tenant transaction. */
@Component
class ReviewStore {

    /** A review as the queue holds it. */
    record Review(UUID id, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId, UUID annotatorOrgId,
                  ReviewStage stage, String state, UUID reviewerId, long fencingToken, Instant leaseExpiresAt, int round,
                  String rework) {
    }

    private static final String COLUMNS = "r.id, r.project_id, r.item_id, r.annotation_id, r.annotator_id, r.annotator_org_id, "
            + "r.stage, r.state, r.reviewer_id, r.fencing_token, r.lease_expires_at, r.round, r.rework";

    private static final String LIVE = "select " + COLUMNS + " from reviews r where r.tenant_id = ? and r.project_id = ? "
            + "and r.reviewer_id = ? and r.state = 'LEASED' and r.lease_expires_at > ? limit 1";

    /**
     * The next review for a reviewer: waiting, or leased to someone whose lease expired; never their own annotation;
     * FOR UPDATE SKIP LOCKED, so two reviewers never wait on each other nor take the same one. On H2 without ORDER BY,
     * which would make H2 lock every matching row before the LIMIT (see the work queue's Claiming).
     */
    private static final String ELIGIBLE = "from reviews r where r.tenant_id = ? and r.project_id = ? "
            + "and (r.state = 'WAITING' or (r.state = 'LEASED' and r.lease_expires_at <= ?)) and r.annotator_id <> ? %s ";
    private static final String NEXT = "select " + COLUMNS + " " + ELIGIBLE + "%s limit 1 for update skip locked";

    private final JdbcClient jdbc;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();
    private final boolean h2;

    ReviewStore(JdbcClient jdbc, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.h2 = dialect.isH2();
    }

    /** Puts an annotation into a stage's queue, unless it is there already. */
    void enqueue(UUID tenantId, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId, UUID annotatorOrgId,
                 ReviewStage stage, Sampling.Reason reason, Instant at) {
        enqueue(tenantId, projectId, itemId, annotationId, annotatorId, annotatorOrgId, stage, reason, at, 1);
    }

    /** The same for an annotation of a later round (a rework's resubmission). */
    void enqueue(UUID tenantId, UUID projectId, UUID itemId, UUID annotationId, UUID annotatorId, UUID annotatorOrgId,
                 ReviewStage stage, Sampling.Reason reason, Instant at, int round) {
        jdbc.sql("""
                        insert into reviews (tenant_id, id, project_id, item_id, annotation_id, annotator_id, annotator_org_id,
                                             stage, reason, state, created_at, round)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)
                        on conflict do nothing""")
                .params(tenantId, IDS.generate(), projectId, itemId, annotationId, annotatorId, annotatorOrgId, stage.name(),
                        reason.name(), Timestamp.from(at), round).update();
    }

    /** Where a rejected review's rework stands: OPEN, DONE (resubmitted) or CLOSED (no rework). */
    void rework(UUID tenantId, UUID reviewId, String rework) {
        jdbc.sql("update reviews set rework = ? where tenant_id = ? and id = ?").params(rework, tenantId, reviewId).update();
    }

    /** The decision on a review and its sealed texts, if decided. */
    Optional<DecisionTexts> decisionOf(UUID tenantId, UUID reviewId) {
        return jdbc.sql("select id, body from review_decisions where tenant_id = ? and review_id = ?").params(tenantId, reviewId)
                .query((rs, n) -> new DecisionTexts(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    /** A decision's id and its sealed texts (feedback, per-question feedback, correction). */
    record DecisionTexts(UUID id, String body) {
    }

    /** The reviewer's live lease on the project, sent in the caller's round trip. */
    RoundTrip.Result<Optional<Review>> live(RoundTrip trip, UUID tenantId, UUID projectId, UUID reviewerId, Instant now) {
        return trip.queryOptional(LIVE, this::map, tenantId, projectId, reviewerId, Timestamp.from(now));
    }

    /**
     * Whether a review this reviewer may take is visible without locking: SKIP LOCKED passes over one that another
     * transaction holds for a moment (a lease changing hands), and "nothing waits" would then be wrong.
     */
    boolean anyEligible(UUID tenantId, UUID projectId, UUID reviewerId, UUID onlyOrg, Instant now) {
        String sql = "select count(*) from (select r.id " + ELIGIBLE.formatted(onlyOrg == null ? "" : "and r.annotator_org_id = ?")
                + "limit 1) x";
        Timestamp at = Timestamp.from(now);
        return jdbc.sql(sql).params(eligibleParams(tenantId, projectId, reviewerId, onlyOrg, at)).query(Long.class).single() > 0;
    }

    private static Object[] eligibleParams(UUID tenantId, UUID projectId, UUID reviewerId, UUID onlyOrg, Timestamp at) {
        return onlyOrg == null ? new Object[] {tenantId, projectId, at, reviewerId}
                : new Object[] {tenantId, projectId, at, reviewerId, onlyOrg};
    }

    /** Takes the next review under a new lease: its fencing token rises, so the earlier holder's decision fails. */
    Optional<Review> lease(UUID tenantId, UUID projectId, UUID reviewerId, UUID onlyOrg, Instant now, Instant expires) {
        String sql = NEXT.formatted(onlyOrg == null ? "" : "and r.annotator_org_id = ?", h2 ? "" : "order by r.id");
        return jdbc.sql(sql).params(eligibleParams(tenantId, projectId, reviewerId, onlyOrg, Timestamp.from(now))).query(this::map).optional().map(r -> {
            jdbc.sql("""
                            update reviews set state = 'LEASED', reviewer_id = ?, fencing_token = ?, lease_expires_at = ?
                            where tenant_id = ? and id = ?""")
                    .params(reviewerId, r.fencingToken() + 1, Timestamp.from(expires), tenantId, r.id()).update();
            return new Review(r.id(), r.projectId(), r.itemId(), r.annotationId(), r.annotatorId(), r.annotatorOrgId(), r.stage(),
                    "LEASED", reviewerId, r.fencingToken() + 1, expires, r.round(), r.rework());
        });
    }

    Optional<Review> find(UUID tenantId, UUID projectId, UUID reviewId) {
        return jdbc.sql("select " + COLUMNS + " from reviews r where r.tenant_id = ? and r.project_id = ? and r.id = ?")
                .params(tenantId, projectId, reviewId).query(this::map).optional();
    }

    /**
     * Ends the lease with the decision's state if the reviewer still holds it under this token and it is live: the check
     * and the write are one UPDATE, so a stale holder cannot slip in between. 1 when it ended, 0 otherwise.
     */
    int decide(UUID tenantId, UUID reviewId, UUID reviewerId, long fencingToken, ReviewOutcome outcome, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                        update reviews set state = ?, decided_at = ?
                        where tenant_id = ? and id = ? and reviewer_id = ? and fencing_token = ? and state = 'LEASED'
                          and lease_expires_at > ?""")
                .params(outcome.state(), at, tenantId, reviewId, reviewerId, fencingToken, at).update();
    }

    /** Appends the decision; {@code body} is sealed already. Returns its id. */
    void record(UUID tenantId, UUID decisionId, Review r, UUID reviewerId, ReviewOutcome outcome, int schemaVersion,
                String body, Instant at) {
        jdbc.sql("""
                        insert into review_decisions (tenant_id, id, review_id, project_id, item_id, annotation_id, reviewer_id,
                                                      stage, decision, schema_version, body, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, decisionId, r.id(), r.projectId(), r.itemId(), r.annotationId(), reviewerId, r.stage().name(),
                        outcome.name(), schemaVersion, body, Timestamp.from(at)).update();
    }

    /** One review of an item with its decision, if any (a left join), in review order. */
    record Entry(Review review, String reason, Instant createdAt, UUID decisionId, String decision, Integer schemaVersion,
                 String body, Instant decidedAt, String reply, Instant repliedAt) {
    }

    List<Entry> ofItem(UUID tenantId, UUID projectId, UUID itemId) {
        return jdbc.sql("select " + COLUMNS + ", r.reason, r.created_at, d.id, d.decision, d.schema_version, d.body, d.decided_at, p.body, p.created_at "
                        + "from reviews r left join review_decisions d on d.tenant_id = r.tenant_id and d.review_id = r.id "
                        + "left join review_replies p on p.tenant_id = d.tenant_id and p.id = d.id "
                        + "where r.tenant_id = ? and r.project_id = ? and r.item_id = ? order by r.id")
                .params(tenantId, projectId, itemId)
                .query((rs, n) -> new Entry(map(rs, n), rs.getString(14), rs.getTimestamp(15).toInstant(),
                        rs.getObject(16, UUID.class), rs.getString(17), (Integer) rs.getObject(18), rs.getString(19),
                        rs.getTimestamp(20) == null ? null : rs.getTimestamp(20).toInstant(), rs.getString(21),
                        rs.getTimestamp(22) == null ? null : rs.getTimestamp(22).toInstant()))
                .list();
    }

    /**
     * Every review of a project with its decision, if any, in annotation then review order: the exports', the
     * aggregation's and the figures' one read of review. {@code onlyOrg}: one workforce's annotators.
     */
    List<Decided> ofProject(UUID tenantId, UUID projectId, UUID onlyOrg) {
        return jdbc.sql("select r.annotation_id, r.item_id, r.annotator_id, r.annotator_org_id, r.stage, r.state, r.created_at, "
                        + "d.id, d.decision, d.reviewer_id, d.schema_version, d.body, d.decided_at "
                        + "from reviews r left join review_decisions d on d.tenant_id = r.tenant_id and d.review_id = r.id "
                        + "where r.tenant_id = ? and r.project_id = ? " + (onlyOrg == null ? "" : "and r.annotator_org_id = ? ")
                        + "order by r.annotation_id, r.id")
                .params(onlyOrg == null ? new Object[] {tenantId, projectId} : new Object[] {tenantId, projectId, onlyOrg})
                .query((rs, n) -> new Decided(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), ReviewStage.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getObject(8, UUID.class),
                        rs.getString(9) == null ? null : ReviewOutcome.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
                        (Integer) rs.getObject(11), rs.getString(12),
                        rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()))
                .list();
    }

    /** A review of a project with its decision (null fields while undecided). */
    record Decided(UUID annotationId, UUID itemId, UUID annotatorId, UUID annotatorOrgId, ReviewStage stage, String state,
                   Instant createdAt, UUID decisionId, ReviewOutcome decision, UUID reviewerId, Integer schemaVersion,
                   String body, Instant decidedAt) {
    }

    /** Counts per stage and state; an expired lease counts as waiting. {@code onlyOrg}: one workforce's annotators. */
    List<Object[]> counts(UUID tenantId, UUID projectId, UUID onlyOrg, Instant now) {
        String state = "case when state = 'LEASED' and lease_expires_at <= ? then 'WAITING' else state end";
        Timestamp at = Timestamp.from(now);
        // The state computed once in a subquery: PostgreSQL takes the same CASE with two parameters in the select list and
        // the GROUP BY for two different expressions (and refuses it).
        return jdbc.sql("select stage, st, count(*) from (select stage, " + state + " as st from reviews "
                        + "where tenant_id = ? and project_id = ? " + (onlyOrg == null ? "" : "and annotator_org_id = ? ")
                        + ") x group by stage, st")
                .params(onlyOrg == null ? new Object[] {at, tenantId, projectId} : new Object[] {at, tenantId, projectId, onlyOrg})
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
    }

    private Review map(ResultSet rs, int n) throws SQLException {
        Timestamp expires = rs.getTimestamp(11);
        return new Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                ReviewStage.valueOf(rs.getString(7)), rs.getString(8), rs.getObject(9, UUID.class), rs.getLong(10),
                expires == null ? null : expires.toInstant(), rs.getInt(12), rs.getString(13));
    }
}
