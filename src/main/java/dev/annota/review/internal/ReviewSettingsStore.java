package dev.annota.review.internal;

import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.review.ReviewSettings;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** A project's review settings (table review_settings; no row: {@link ReviewSettings#defaults}). */
@Component
public record ReviewSettingsStore(JdbcClient jdbc, Clock clock, Projects projects, TenantScope tenants) {

    private static final RowMapper<ReviewSettings> ROW = (rs, n) -> new ReviewSettings(
            ReviewSettings.Stages.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5),
            rs.getBoolean(6), rs.getInt(7));

    /** The settings, for the owner's admins and managers and for reviewers. */
    public ReviewSettings read(CurrentUser caller, UUID projectId) {
        var access = projects.access(caller, projectId);
        ReviewHistory.readScope(access);
        return tenants.read(access.tenantId(), () -> load(access.tenantId(), projectId));
    }

    /** Changes the settings (the owner's admins and managers): the body's fields, checked; the others keep their value. */
    public ReviewSettings change(CurrentUser caller, UUID projectId, JsonNode body) {
        return projects.writeIn(caller, projectId, access -> {
            if (!access.manage()) {
                throw new ProjectForbidden("Only admins and managers of the owning organization change review settings.");
            }
            var changed = applied(load(access.tenantId(), projectId), body);
            save(access.tenantId(), projectId, changed);
            return changed;
        });
    }

    /** The settings read on the caller's round trip (inside its tenant transaction), once it was sent. */
    public java.util.function.Supplier<ReviewSettings> load(dev.annota.tenancy.RoundTrip trip, UUID tenantId, UUID projectId) {
        var row = trip.queryOptional("""
                        select stages, review_share, qa_share, first_answers, target_disagreement, target_missed_gold, max_rounds
                        from review_settings where tenant_id = ? and project_id = ?""", ROW, tenantId, projectId);
        return () -> row.get().orElseGet(ReviewSettings::defaults);
    }

    /** Inside the caller's tenant transaction. */
    public ReviewSettings load(UUID tenantId, UUID projectId) {
        return jdbc.sql("""
                        select stages, review_share, qa_share, first_answers, target_disagreement, target_missed_gold, max_rounds
                        from review_settings where tenant_id = ? and project_id = ?""")
                .params(tenantId, projectId).query(ROW).optional().orElseGet(ReviewSettings::defaults);
    }

    /** The settings with the body's fields applied (fields left out keep their value), checked; 422 names the field. */
    static ReviewSettings applied(ReviewSettings old, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "The review settings are a JSON object.");
        }
        ReviewSettings.Stages stages = old.stages();
        JsonNode s = body.get("stages");
        if (s != null) {
            try {
                stages = ReviewSettings.Stages.valueOf(s.asString());
            } catch (RuntimeException e) {
                throw invalid("stages", "stages is NONE, REVIEW or REVIEW_AND_QA.");
            }
        }
        return new ReviewSettings(stages,
                integer(body, "reviewShare", old.reviewShare(), 1, 100, "reviewShare is a percentage from 1 to 100."),
                integer(body, "qaShare", old.qaShare(), 1, 100, "qaShare is a percentage from 1 to 100."),
                integer(body, "firstAnswers", old.firstAnswers(), 0, 10000, "firstAnswers is 0 to 10000 answers."),
                bool(body, "targetDisagreement", old.targetDisagreement()),
                bool(body, "targetMissedGold", old.targetMissedGold()),
                integer(body, "maxRounds", old.maxRounds(), 1, 10, "maxRounds is 1 to 10."));
    }

    /** Inside the caller's tenant write transaction. */
    void save(UUID tenantId, UUID projectId, ReviewSettings s) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("""
                        update review_settings set stages = ?, review_share = ?, qa_share = ?, first_answers = ?,
                               target_disagreement = ?, target_missed_gold = ?, max_rounds = ?, updated_at = ?
                        where tenant_id = ? and project_id = ?""")
                .params(s.stages().name(), s.reviewShare(), s.qaShare(), s.firstAnswers(), s.targetDisagreement(),
                        s.targetMissedGold(), s.maxRounds(), now, tenantId, projectId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into review_settings (tenant_id, project_id, stages, review_share, qa_share, first_answers,
                                                         target_disagreement, target_missed_gold, max_rounds, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, projectId, s.stages().name(), s.reviewShare(), s.qaShare(), s.firstAnswers(),
                            s.targetDisagreement(), s.targetMissedGold(), s.maxRounds(), now).update();
        }
    }

    private static int integer(JsonNode body, String field, int old, int min, int max, String message) {
        JsonNode v = body.get(field);
        if (v == null) {
            return old;
        }
        if (!v.isIntegralNumber() || v.intValue() < min || v.intValue() > max) {
            throw invalid(field, message);
        }
        return v.intValue();
    }

    private static boolean bool(JsonNode body, String field, boolean old) {
        JsonNode v = body.get(field);
        if (v == null) {
            return old;
        }
        if (!v.isBoolean()) {
            throw invalid(field, field + " is true or false.");
        }
        return v.booleanValue();
    }

    static Failure invalid(String field, String message) {
        return new Invalid("Invalid review request", message).with("field", field);
    }
}
