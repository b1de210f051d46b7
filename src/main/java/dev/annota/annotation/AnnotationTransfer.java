package dev.annota.annotation;

import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.annotation.internal.AnswerCodec;
import dev.annota.tenancy.MovedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's annotations as they travel in a project bundle (docs/bundles.md): every version (a correction's
 * {@code supersedes}, rework rounds), answers opened from the sender's keys and sealed again under the receiver's.
 * The idempotency keys of submits stay behind: they only guard a retry on the instance that served it.
 */
@Component
public record AnnotationTransfer(JdbcClient jdbc, JsonMapper json, AnswerCodec answers) {

    /** Every annotation of the project in id order; inside a tenant transaction of its tenant. */
    public void annotations(UUID tenant, UUID project, Consumer<ObjectNode> out) {
        jdbc.sql("""
                        select id, item_id, assignment_id, annotator_id, schema_version, answer, created_at, prediction_changed,
                               derived, supersedes, round, guidelines_version
                        from annotations where tenant_id = ? and project_id = ? order by id""")
                .params(tenant, project).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "id", id);
                    MovedRow.put(row, "item_id", rs.getObject("item_id", UUID.class));
                    MovedRow.put(row, "assignment_id", rs.getObject("assignment_id", UUID.class));
                    MovedRow.put(row, "annotator_id", rs.getObject("annotator_id", UUID.class));
                    MovedRow.put(row, "schema_version", rs.getInt("schema_version"));
                    MovedRow.put(row, "guidelines_version", (Integer) rs.getObject("guidelines_version", Integer.class));
                    MovedRow.put(row, "answer", answers.open(tenant, id, rs.getString("answer")));
                    String derived = rs.getString("derived");
                    MovedRow.put(row, "derived", derived == null ? null : answers.open(tenant, id, derived));
                    MovedRow.put(row, "prediction_changed", (Boolean) rs.getObject("prediction_changed", Boolean.class));
                    MovedRow.put(row, "supersedes", rs.getObject("supersedes", UUID.class));
                    MovedRow.put(row, "round", rs.getInt("round"));
                    MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
                    out.accept(row);
                });
    }

    /** One annotation under the receiver's ids; its item is restored before. */
    public void restore(UUID tenant, UUID project, MovedRow row) {
        UUID id = row.required("id", row.id("id"));
        JsonNode answer = row.required("answer", row.json("answer"));
        JsonNode derived = row.json("derived");
        jdbc.sql("""
                        insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                                 answer, created_at, prediction_changed, derived, supersedes, round, guidelines_version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, project, row.required("item_id", row.id("item_id")),
                        row.required("assignment_id", row.id("assignment_id")), row.required("annotator_id", row.id("annotator_id")),
                        row.required("schema_version", row.integer("schema_version")), answers.seal(tenant, id, answer),
                        row.required("created_at", row.time("created_at")), row.flag("prediction_changed"),
                        derived == null ? null : answers.seal(tenant, id, derived), row.id("supersedes"),
                        row.required("round", row.integer("round")), row.integer("guidelines_version"))
                .update();
    }
}
