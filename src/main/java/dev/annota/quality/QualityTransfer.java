package dev.annota.quality;

import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.tenancy.MovedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's quality settings and gold results as they travel in a project bundle (docs/bundles.md). The gold
 * answers themselves travel with their items.
 */
@Component
public record QualityTransfer(JdbcClient jdbc, JsonMapper json) {

    /** The project's quality settings, or null when it never set any. */
    public ObjectNode settings(UUID tenant, UUID project) {
        return jdbc.sql("""
                        select gold_rate, qualification_items, qualification_threshold, pause_threshold, pause_min_answers,
                               adaptive_threshold, max_overlap, updated_at
                        from quality_settings where tenant_id = ? and project_id = ?""")
                .params(tenant, project).query((rs, n) -> {
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "gold_rate", rs.getDouble("gold_rate"));
                    MovedRow.put(row, "qualification_items", rs.getInt("qualification_items"));
                    MovedRow.put(row, "qualification_threshold", rs.getDouble("qualification_threshold"));
                    MovedRow.put(row, "pause_threshold", rs.getDouble("pause_threshold"));
                    MovedRow.put(row, "pause_min_answers", rs.getInt("pause_min_answers"));
                    MovedRow.put(row, "adaptive_threshold", (Double) rs.getObject("adaptive_threshold", Double.class));
                    MovedRow.put(row, "max_overlap", rs.getInt("max_overlap"));
                    MovedRow.put(row, "updated_at", rs.getTimestamp("updated_at"));
                    return row;
                }).optional().orElse(null);
    }

    /** The annotators' answers to gold items, whether each was right. */
    public void goldResults(UUID tenant, UUID project, Consumer<ObjectNode> out) {
        jdbc.sql("""
                        select assignment_id, item_id, annotator_id, correct, created_at
                        from gold_results where tenant_id = ? and project_id = ? order by assignment_id""")
                .params(tenant, project).query(rs -> {
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "assignment_id", rs.getObject("assignment_id", UUID.class));
                    MovedRow.put(row, "item_id", rs.getObject("item_id", UUID.class));
                    MovedRow.put(row, "annotator_id", rs.getObject("annotator_id", UUID.class));
                    MovedRow.put(row, "correct", rs.getBoolean("correct"));
                    MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
                    out.accept(row);
                });
    }

    public void restoreSettings(UUID tenant, UUID project, MovedRow row) {
        jdbc.sql("""
                        insert into quality_settings (tenant_id, project_id, gold_rate, qualification_items, qualification_threshold,
                                                      pause_threshold, pause_min_answers, adaptive_threshold, max_overlap, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, project, row.required("gold_rate", row.decimal("gold_rate")),
                        row.required("qualification_items", row.integer("qualification_items")),
                        row.required("qualification_threshold", row.decimal("qualification_threshold")),
                        row.required("pause_threshold", row.decimal("pause_threshold")),
                        row.required("pause_min_answers", row.integer("pause_min_answers")), row.decimal("adaptive_threshold"),
                        row.required("max_overlap", row.integer("max_overlap")), row.required("updated_at", row.time("updated_at")))
                .update();
    }

    public void restoreGoldResult(UUID tenant, UUID project, MovedRow row) {
        jdbc.sql("""
                        insert into gold_results (tenant_id, assignment_id, project_id, item_id, annotator_id, correct, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, row.required("assignment_id", row.id("assignment_id")), project, row.required("item_id", row.id("item_id")),
                        row.required("annotator_id", row.id("annotator_id")), row.required("correct", row.flag("correct")),
                        row.required("created_at", row.time("created_at")))
                .update();
    }
}
