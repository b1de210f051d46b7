package dev.annota.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

import dev.annota.failure.Failure;
import dev.annota.failure.Forbidden;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.statistics.BetaPosterior;
import dev.annota.quality.AnnotatorStanding;
import dev.annota.quality.AnnotatorStandingChanged;
import dev.annota.quality.AnnotatorStanding.Status;
import dev.annota.quality.GoldFeedback;
import dev.annota.quality.GoldStep.Pick;
import dev.annota.quality.QualitySettings;
import dev.annota.tenancy.DatabaseDialect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gold step of the claim and of the submit (called through {@link GoldStep}), kept apart from the queue's own SQL
 * (work's Claiming keeps its SKIP LOCKED design; this step only adds a choice before it).
 *
 * <p>Gold items sit in queue state GOLD and have no slots: any number of annotators may be served the same gold item
 * (each at most once, by the assignments' unique index), and serving one uses none of the project's overlap. A claim
 * first decides the annotator's standing from their gold results (qualifying, active, failed, paused); a blocked
 * annotator gets 403 with the reason. A qualifying annotator gets gold items only; an active one gets an unseen gold
 * item with probability goldRate while ordinary work is left for them, otherwise the ordinary queue.
 *
 * <p>Indistinguishable: the task of a gold item is built by the same code from the same columns as any other (no
 * field, the same JSON shape); its known answer never leaves this class before a submit. The unseen-gold lookup runs
 * on every claim of a project that uses gold, whether or not the draw picks gold, so the claim's work (and time) does
 * not depend on the outcome. Limits: item ids are time-ordered UUIDs, so gold items imported in a separate file carry
 * a different creation time in their id; import gold items in the same file as ordinary ones (docs/quality.md).
 */
@Component
public class GoldQueue {

    private static final String UNSEEN_GOLD = """
            select i.id, i.payload, i.predictions from items i
            where i.tenant_id = ? and i.project_id = ? and i.state = 'GOLD'
              and not exists (select 1 from assignments b
                              where b.tenant_id = i.tenant_id and b.item_id = i.id and b.annotator_id = ?)
            %s
            limit 1""";

    private final JdbcClient jdbc;
    private final QualitySettingsStore settings;
    private final Projects projects;
    private final ItemPayloads payloads;
    private final JsonMapper json;
    private final RandomGenerator random;
    private final String unseenGold;
    private final ApplicationEventPublisher events;

    GoldQueue(JdbcClient jdbc, QualitySettingsStore settings, Projects projects, ItemPayloads payloads, JsonMapper json,
              DatabaseDialect dialect, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.settings = settings;
        this.projects = projects;
        this.payloads = payloads;
        this.json = json;
        this.random = new java.security.SecureRandom();
        // Random order among unseen gold items on PostgreSQL, so gold items do not come in the same order to everyone;
        // H2 (tests, demo) takes the first.
        this.unseenGold = UNSEEN_GOLD.formatted(dialect.isH2() ? "" : "order by random()");
    }

    /**
     * Inside the claim's transaction: a gold item to serve, or empty for the ordinary queue. Throws 403 (problem+json
     * saying why) when the annotator failed qualification or is paused on the project. {@code ordinaryVisible}: the
     * queue's answer whether an ordinary slot is visible to this annotator (asked only when unseen gold is left).
     */
    public Optional<Pick> pick(Project p, UUID annotator, QualitySettings s, BooleanSupplier ordinaryVisible) {
        if (!s.goldInUse()) {
            return Optional.empty();
        }
        Optional<Pick> unseen = jdbc.sql(unseenGold).params(p.tenantId(), p.id(), annotator)
                .query((rs, n) -> new Pick(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
        AnnotatorStanding standing = standing(s, results(p, annotator), unseen.isPresent());
        if (standing.blocked()) {
            throw blocked(standing);
        }
        if (standing.status() == Status.QUALIFYING) {
            return unseen;
        }
        // Gold is mixed into ordinary work only: were it served once the ordinary queue is empty for this annotator,
        // "items that still come after the project looked finished" would be exactly the gold items.
        boolean ordinaryLeft = unseen.isPresent() && ordinaryVisible.getAsBoolean();
        double draw = random.nextDouble();
        return ordinaryLeft && draw < s.goldRate() ? unseen : Optional.empty();
    }

    /** The annotator's gold results in the order given (true = right); joins the caller's transaction. */
    List<Boolean> results(Project p, UUID annotator) {
        return jdbc.sql("""
                        select correct from gold_results where tenant_id = ? and project_id = ? and annotator_id = ?
                        order by created_at, assignment_id""")
                .params(p.tenantId(), p.id(), annotator).query(Boolean.class).list();
    }

    /** Whether a gold item remains that the annotator has not been served. */
    boolean goldLeft(Project p, UUID annotator) {
        return jdbc.sql(unseenGold).params(p.tenantId(), p.id(), annotator).query((rs, n) -> 1).optional().isPresent();
    }

    /**
     * The standing from the results. Qualification: the first N gold answers, judged once N are in (or earlier when
     * no unseen gold item is left, on those answered; a project without gold items qualifies everyone). Pausing: the
     * share of all gold answers right, once pauseMinAnswers are in. Thresholds compare the observed share; the Beta
     * posterior gives the uncertainty shown beside it.
     */
    static AnnotatorStanding standing(QualitySettings s, List<Boolean> results, boolean goldLeft) {
        int n = results.size();
        long right = results.stream().filter(Boolean::booleanValue).count();
        BetaPosterior accuracy = BetaPosterior.of(right, n);
        int qualifying = s.qualificationItems();
        if (qualifying > 0) {
            if (n < qualifying && goldLeft) {
                return new AnnotatorStanding(Status.QUALIFYING, accuracy, null);
            }
            int judged = Math.min(n, qualifying);
            if (judged > 0) {
                long qualifiedRight = results.subList(0, judged).stream().filter(Boolean::booleanValue).count();
                if ((double) qualifiedRight / judged < s.qualificationThreshold()) {
                    return new AnnotatorStanding(Status.FAILED, accuracy, String.format(Locale.ROOT,
                            "You answered %d of the %d qualification items of this project correctly (%s); it asks for "
                                    + "at least %s before you take its tasks. Ask your project manager for guidance.",
                            qualifiedRight, judged, percent((double) qualifiedRight / judged), percent(s.qualificationThreshold())));
                }
            }
        }
        if (s.pauseThreshold() > 0 && n > 0 && n >= s.pauseMinAnswers() && (double) right / n < s.pauseThreshold()) {
            return new AnnotatorStanding(Status.PAUSED, accuracy, String.format(Locale.ROOT,
                    "You are paused on this project: %d of your %d answers to check items (items whose answer the project "
                            + "knows) were right (%s), below the %s it asks for. Your project manager has been alerted and "
                            + "can review your answers with you.",
                    right, n, percent((double) right / n), percent(s.pauseThreshold())));
        }
        return new AnnotatorStanding(Status.ACTIVE, accuracy, null);
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }

    private static Failure blocked(AnnotatorStanding standing) {
        return new Forbidden(standing.status() == Status.FAILED ? "Qualification not passed" : "Paused on this project",
                standing.message())
                .with("reason", standing.status() == Status.FAILED ? "qualification_failed" : "paused_low_accuracy")
                .with("goldAnswered", standing.accuracy().answered())
                .with("goldCorrect", standing.accuracy().correct());
    }

    /**
     * At submit, inside its transaction, for an item in state GOLD: records whether the answer matches the known
     * answer (every question the known answer holds, compared as the schema normalises answers) and returns the
     * feedback for a miss, null for a hit.
     */
    public GoldFeedback record(Project p, UUID assignment, UUID item, UUID annotator, JsonNode answer, String sealedGold, Instant now) {
        JsonNode expected = json.readTree(payloads.open(p.tenantId(), item, sealedGold));
        boolean correct = projects.schema(p.tenantId(), p.id(), p.schemaVersion()).sameAnswer(expected, answer);
        var before = results(p, annotator);
        jdbc.sql("""
                insert into gold_results (tenant_id, assignment_id, project_id, item_id, annotator_id, correct, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(p.tenantId(), assignment, p.id(), item, annotator, correct, Timestamp.from(now)).update();
        announceChange(p, annotator, before, correct, now);
        return correct ? null : feedback(expected);
    }

    /**
     * Publishes {@link AnnotatorStandingChanged} when this answer moved the annotator's standing (qualification passed
     * or failed, paused). Before the answer, this gold item was still unseen at its claim, so gold was left then.
     */
    private void announceChange(Project p, UUID annotator, List<Boolean> before, boolean correct, Instant now) {
        QualitySettings s = settings.load(p);
        var after = new java.util.ArrayList<>(before);
        after.add(correct);
        Status was = standing(s, before, true).status();
        Status is = standing(s, after, goldLeft(p, annotator)).status();
        if (was != is && (is == Status.ACTIVE && was == Status.QUALIFYING || is == Status.FAILED || is == Status.PAUSED)) {
            events.publishEvent(new AnnotatorStandingChanged(p.tenantId(), p.id(), annotator, was, is, now));
        }
    }

    /** The feedback a retried submit of a missed gold item gets again (null otherwise). */
    public GoldFeedback replayed(Project p, UUID assignment) {
        return jdbc.sql("""
                        select i.id, i.gold_answer from gold_results g join items i on i.tenant_id = g.tenant_id and i.id = g.item_id
                        where g.tenant_id = ? and g.assignment_id = ? and g.correct = false and i.gold_answer is not null""")
                .params(p.tenantId(), assignment)
                .query((rs, n) -> feedback(json.readTree(payloads.open(p.tenantId(), rs.getObject(1, UUID.class), rs.getString(2)))))
                .optional().orElse(null);
    }

    /**
     * The gold items the annotator missed in this tenant, newest first, older than {@code before} (null: the newest),
     * with the expected answer opened. Inside the tenant's transaction.
     */
    public java.util.List<dev.annota.quality.MissedGold> missedBy(UUID tenantId, UUID annotator, UUID before, int limit) {
        return jdbc.sql("""
                        select g.assignment_id, g.project_id, g.item_id, i.gold_answer, g.created_at from gold_results g
                        join items i on i.tenant_id = g.tenant_id and i.id = g.item_id
                        where g.tenant_id = ? and g.annotator_id = ? and g.correct = false and i.gold_answer is not null
                          and (cast(? as uuid) is null or g.assignment_id < ?)
                        order by g.assignment_id desc limit ?""")
                .params(tenantId, annotator, before, before, limit)
                .query((rs, n) -> new dev.annota.quality.MissedGold(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), json.readTree(payloads.open(tenantId, rs.getObject(3, UUID.class), rs.getString(4))),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    static GoldFeedback feedback(JsonNode expected) {
        return new GoldFeedback("This was a check item with a known answer, and your answer differed from it. "
                + "The expected answer is shown here so you can compare.", expected);
    }
}
