package dev.annota.review;

import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.review.internal.ReviewTexts;
import dev.annota.tenancy.MovedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's review settings, reviews and decisions as they travel in a project bundle (docs/bundles.md), the
 * decisions' texts opened from the sender's keys and sealed again under the receiver's. A review leased at export
 * time arrives pending: the lease belonged to a reviewer of the sending instance.
 */
@Component
public record ReviewTransfer(JdbcClient jdbc, JsonMapper json, ReviewTexts texts) {

    /** The project's review settings, or null when it never set any. */
    public ObjectNode settings(UUID tenant, UUID project) {
        return jdbc.sql("""
                        select stages, review_share, qa_share, first_answers, target_disagreement, target_missed_gold, max_rounds,
                               updated_at
                        from review_settings where tenant_id = ? and project_id = ?""")
                .params(tenant, project).query((rs, n) -> {
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "stages", rs.getString("stages"));
                    MovedRow.put(row, "review_share", rs.getInt("review_share"));
                    MovedRow.put(row, "qa_share", rs.getInt("qa_share"));
                    MovedRow.put(row, "first_answers", rs.getInt("first_answers"));
                    MovedRow.put(row, "target_disagreement", rs.getBoolean("target_disagreement"));
                    MovedRow.put(row, "target_missed_gold", rs.getBoolean("target_missed_gold"));
                    MovedRow.put(row, "max_rounds", rs.getInt("max_rounds"));
                    MovedRow.put(row, "updated_at", rs.getTimestamp("updated_at"));
                    return row;
                }).optional().orElse(null);
    }

    public void reviews(UUID tenant, UUID project, Consumer<ObjectNode> out) {
        jdbc.sql("""
                        select id, item_id, annotation_id, annotator_id, annotator_org_id, stage, reason, state, reviewer_id,
                               created_at, decided_at, round, rework
                        from reviews where tenant_id = ? and project_id = ? order by id""")
                .params(tenant, project).query(rs -> {
                    ObjectNode row = json.createObjectNode();
                    for (String id : new String[] {"id", "item_id", "annotation_id", "annotator_id", "annotator_org_id", "reviewer_id"}) {
                        MovedRow.put(row, id, rs.getObject(id, UUID.class));
                    }
                    for (String text : new String[] {"stage", "reason", "state", "rework"}) {
                        MovedRow.put(row, text, rs.getString(text));
                    }
                    MovedRow.put(row, "round", rs.getInt("round"));
                    MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
                    MovedRow.put(row, "decided_at", rs.getTimestamp("decided_at"));
                    out.accept(row);
                });
    }

    public void decisions(UUID tenant, UUID project, Consumer<ObjectNode> out) {
        jdbc.sql("""
                        select id, review_id, item_id, annotation_id, reviewer_id, stage, decision, schema_version, body, decided_at
                        from review_decisions where tenant_id = ? and project_id = ? order by id""")
                .params(tenant, project).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ObjectNode row = json.createObjectNode();
                    for (String ref : new String[] {"id", "review_id", "item_id", "annotation_id", "reviewer_id"}) {
                        MovedRow.put(row, ref, rs.getObject(ref, UUID.class));
                    }
                    MovedRow.put(row, "stage", rs.getString("stage"));
                    MovedRow.put(row, "decision", rs.getString("decision"));
                    MovedRow.put(row, "schema_version", rs.getInt("schema_version"));
                    MovedRow.put(row, "body", texts.open(tenant, id, rs.getString("body")));
                    MovedRow.put(row, "decided_at", rs.getTimestamp("decided_at"));
                    out.accept(row);
                });
    }

    public void restoreSettings(UUID tenant, UUID project, MovedRow row) {
        jdbc.sql("""
                        insert into review_settings (tenant_id, project_id, stages, review_share, qa_share, first_answers,
                                                     target_disagreement, target_missed_gold, max_rounds, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, project, row.required("stages", row.text("stages")), row.required("review_share", row.integer("review_share")),
                        row.required("qa_share", row.integer("qa_share")), row.required("first_answers", row.integer("first_answers")),
                        row.required("target_disagreement", row.flag("target_disagreement")),
                        row.required("target_missed_gold", row.flag("target_missed_gold")),
                        row.required("max_rounds", row.integer("max_rounds")), row.required("updated_at", row.time("updated_at")))
                .update();
    }

    public void restoreReview(UUID tenant, UUID project, MovedRow row) {
        String state = row.required("state", row.text("state"));
        jdbc.sql("""
                        insert into reviews (tenant_id, id, project_id, item_id, annotation_id, annotator_id, annotator_org_id, stage,
                                             reason, state, reviewer_id, created_at, decided_at, round, rework)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, row.required("id", row.id("id")), project, row.required("item_id", row.id("item_id")),
                        row.required("annotation_id", row.id("annotation_id")), row.required("annotator_id", row.id("annotator_id")),
                        row.required("annotator_org_id", row.id("annotator_org_id")), row.required("stage", row.text("stage")),
                        row.required("reason", row.text("reason")), state.equals("LEASED") ? "PENDING" : state,
                        state.equals("LEASED") ? null : row.id("reviewer_id"), row.required("created_at", row.time("created_at")),
                        row.time("decided_at"), row.required("round", row.integer("round")), row.text("rework"))
                .update();
    }

    public void restoreDecision(UUID tenant, UUID project, MovedRow row) {
        UUID id = row.required("id", row.id("id"));
        jdbc.sql("""
                        insert into review_decisions (tenant_id, id, review_id, project_id, item_id, annotation_id, reviewer_id, stage,
                                                      decision, schema_version, body, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, row.required("review_id", row.id("review_id")), project, row.required("item_id", row.id("item_id")),
                        row.required("annotation_id", row.id("annotation_id")), row.required("reviewer_id", row.id("reviewer_id")),
                        row.required("stage", row.text("stage")), row.required("decision", row.text("decision")),
                        row.required("schema_version", row.integer("schema_version")),
                        texts.seal(tenant, id, row.required("body", row.json("body"))), row.required("decided_at", row.time("decided_at")))
                .update();
    }
}
