package dev.annota.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.annotation.Annotation;
import dev.annota.annotation.Annotations;
import dev.annota.failure.Conflict;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.quality.GoldStep;
import dev.annota.review.FeedbackInbox;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewStage;
import dev.annota.tenancy.TenantScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The annotator's feedback inbox and their replies. An annotator's answers live in the tenants of the projects they
 * work on (their own organization's, and the customers' that engaged their workforce): each is read in its own tenant
 * transaction, only rows whose annotator is the caller, and the pages merged newest first (ids are time-ordered).
 * No item data is shown: the entries hold the caller's own answers and the feedback on them, as {@code my-annotations}.
 */
@Component
public record Feedback(Projects projects, TenantScope tenants, JdbcClient jdbc, ReviewTexts texts,
        Annotations annotations, GoldStep gold, Clock clock) {

    public static final int MAX_TEXT = 2000;

    /** The tenants holding the caller's work: those of the projects their organization owns or is engaged on. */
    private List<UUID> tenantsOf(CurrentUser caller) {
        var ids = new LinkedHashSet<UUID>();
        for (Project p : projects.visibleTo(caller)) {
            ids.add(p.tenantId());
        }
        return List.copyOf(ids);
    }

    private static final String DECISIONS = """
            select d.id, d.project_id, d.item_id, d.stage, d.decision, d.body, d.decided_at, d.annotation_id, p.body, p.created_at
            from review_decisions d
            join reviews r on r.tenant_id = d.tenant_id and r.id = d.review_id
            left join review_replies p on p.tenant_id = d.tenant_id and p.id = d.id
            where d.tenant_id = ? and r.annotator_id = ? and (cast(? as uuid) is null or d.id < ?)
            order by d.id desc limit ?""";

    public FeedbackInbox inbox(CurrentUser caller, UUID before, int limit) {
        int n = Math.clamp(limit, 1, 100);
        var entries = new ArrayList<FeedbackInbox.Entry>();
        long[] counts = new long[4];
        for (UUID tenant : tenantsOf(caller)) {
            tenants.read(tenant, () -> {
                entries.addAll(decisions(tenant, caller.id(), before, n));
                gold.missedBy(tenant, caller.id(), before, n).forEach(m -> entries.add(new FeedbackInbox.Entry(m.assignmentId(),
                        FeedbackInbox.Kind.GOLD, m.projectId(), m.itemId(), null, null, null, null,
                        annotations.ofAssignments(tenant, List.of(m.assignmentId())).stream().findFirst().map(Annotation::answer)
                                .orElse(null), null, m.expected(), m.at(), null, false)));
                jdbc.sql("""
                                select d.decision, count(*) from review_decisions d
                                join reviews r on r.tenant_id = d.tenant_id and r.id = d.review_id
                                where d.tenant_id = ? and r.annotator_id = ? group by d.decision""")
                        .params(tenant, caller.id())
                        .query((rs, row) -> {
                            long c = rs.getLong(2);
                            counts[0] += c;
                            counts[1 + ReviewOutcome.valueOf(rs.getString(1)).ordinal()] += c;
                            return null;
                        }).list();
                return null;
            });
        }
        entries.sort(Comparator.comparing(FeedbackInbox.Entry::id, DATABASE_ORDER).reversed());
        var page = entries.size() > n ? List.copyOf(entries.subList(0, n)) : List.copyOf(entries);
        var acceptance = new FeedbackInbox.Acceptance(counts[0], counts[1], counts[2], counts[3],
                counts[0] == 0 ? null : (double) counts[1] / counts[0]);
        return new FeedbackInbox(page, acceptance, page.size() == n ? page.getLast().id() : null);
    }

    /** As the databases order uuids (unsigned, byte by byte), which {@link UUID#compareTo} (signed) does not. */
    private static final Comparator<UUID> DATABASE_ORDER = Comparator.comparing(UUID::toString);

    private List<FeedbackInbox.Entry> decisions(UUID tenant, UUID annotator, UUID before, int n) {
        record Row(UUID id, UUID project, UUID item, String stage, String decision, String body, Instant at, UUID annotation,
                   String reply, Instant repliedAt) {
        }
        var rows = jdbc.sql(DECISIONS).params(tenant, annotator, before, before, n)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, UUID.class), rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
        var result = new ArrayList<FeedbackInbox.Entry>();
        for (Row row : rows) {
            var body = DecisionBody.of(texts.open(tenant, row.id(), row.body()));
            var reply = row.reply() == null ? null : new FeedbackInbox.Reply(texts.openReply(tenant, row.id(), row.reply()), row.repliedAt());
            result.add(new FeedbackInbox.Entry(row.id(), FeedbackInbox.Kind.REVIEW, row.project(), row.item(),
                    ReviewOutcome.valueOf(row.decision()), ReviewStage.valueOf(row.stage()),
                    body.feedback(), body.questionFeedback(),
                    annotations.find(tenant, row.annotation()).map(Annotation::answer).orElse(null), body.answer(), null, row.at(), reply, reply == null));
        }
        return result;
    }

    /**
     * The caller's one reply to a decision on their own answer: 404 for any other decision (another annotator's,
     * another tenant's), 409 for a second reply, 422 for an empty or too long text.
     */
    public FeedbackInbox.Reply reply(CurrentUser caller, UUID decisionId, JsonNode body) {
        JsonNode text = body == null ? null : body.get("text");
        if (text == null || !text.isString() || text.asString().isBlank() || text.asString().length() > MAX_TEXT) {
            throw ReviewSettingsStore.invalid("text", "A reply is a text of 1 to " + MAX_TEXT + " characters.");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (UUID tenant : tenantsOf(caller)) {
            Optional<FeedbackInbox.Reply> stored = tenants.write(tenant, () -> {
                boolean own = jdbc.sql("""
                                select count(*) from review_decisions d join reviews r on r.tenant_id = d.tenant_id and r.id = d.review_id
                                where d.tenant_id = ? and d.id = ? and r.annotator_id = ?""")
                        .params(tenant, decisionId, caller.id()).query(Long.class).single() > 0;
                if (!own) {
                    return Optional.<FeedbackInbox.Reply>empty();
                }
                try {
                    jdbc.sql("insert into review_replies (tenant_id, id, annotator_id, body, created_at) values (?, ?, ?, ?, ?)")
                            .params(tenant, decisionId, caller.id(), texts.sealReply(tenant, decisionId, text.asString()),
                                    Timestamp.from(now)).update();
                } catch (DuplicateKeyException twice) {
                    throw new Conflict("Already replied", "You replied to this decision already; a decision takes one reply.");
                }
                return Optional.of(new FeedbackInbox.Reply(text.asString(), now));
            });
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw new NotFound("No decision on your answers with that id.");
    }
}
