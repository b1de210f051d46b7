package dev.annota.project;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.MovedRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A project's own rows as they travel in a project bundle (docs/bundles.md): the project, every label schema version
 * and every guidelines version, opened from the sender's keys and sealed again under the receiver's. Reads run in the
 * caller's tenant transaction, restores inside the importer's one transaction (so a bundle arrives whole or not at all).
 */
@Component
public record ProjectTransfer(JdbcClient jdbc, JsonMapper json, ProjectTexts texts, ApplicationEventPublisher events,
        Clock clock) {

    /** The project's settings (project.json); inside a tenant transaction of its tenant. */
    public ObjectNode project(Project p) {
        ObjectNode row = json.createObjectNode();
        MovedRow.put(row, "id", p.id());
        MovedRow.put(row, "name", p.name());
        MovedRow.put(row, "guidelines", p.guidelines());
        MovedRow.put(row, "guidelines_version", p.guidelinesVersion());
        MovedRow.put(row, "task_type", p.taskType().id());
        MovedRow.put(row, "schema_version", p.schemaVersion());
        MovedRow.put(row, "overlap", p.overlap());
        MovedRow.put(row, "lease_seconds", p.leaseSeconds());
        MovedRow.put(row, "priority", p.priority());
        MovedRow.put(row, "created_by", p.createdBy());
        MovedRow.put(row, "created_at", p.createdAt());
        MovedRow.put(row, "deadline", p.deadline());
        MovedRow.put(row, "status", p.status().name());
        MovedRow.put(row, "status_note", p.statusNote());
        return row;
    }

    /** Every label schema version, oldest first, its document as JSON. */
    public void schemas(Project p, Consumer<ObjectNode> out) {
        versions("select id, version, body, created_by, created_at from label_schemas where tenant_id = ? and project_id = ? order by version",
                p, (id, stored) -> json.readTree(texts.schema.open(p.tenantId(), id, stored)), out);
    }

    /** Every guidelines version, oldest first, as Markdown. */
    public void guidelines(Project p, Consumer<ObjectNode> out) {
        versions("select id, version, body, created_by, created_at from project_guidelines where tenant_id = ? and project_id = ? order by version",
                p, (id, stored) -> StringNode.valueOf(texts.guidelinesVersion.open(p.tenantId(), id, stored)), out);
    }

    /** Versioned texts (schemas, guidelines): id, version, the opened body, who saved it and when. */
    private void versions(String select, Project p, BiFunction<UUID, String, JsonNode> opened, Consumer<ObjectNode> out) {
        jdbc.sql(select).params(p.tenantId(), p.id()).query(rs -> {
            ObjectNode row = json.createObjectNode();
            UUID id = rs.getObject("id", UUID.class);
            MovedRow.put(row, "id", id);
            MovedRow.put(row, "version", rs.getInt("version"));
            MovedRow.put(row, "body", opened.apply(id, rs.getString("body")));
            MovedRow.put(row, "created_by", rs.getObject("created_by", UUID.class));
            MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
            out.accept(row);
        });
    }

    /**
     * Creates the project from its row under the receiver's ids, owned by the caller's organization; inside the
     * importer's tenant transaction. Published as created (the access log records it) with the bundle named.
     */
    public UUID restoreProject(CurrentUser caller, MovedRow row) {
        UUID tenant = caller.orgId();
        UUID id = row.required("id", row.id("id"));
        String name = row.required("name", row.text("name"));
        if (name.isBlank() || name.length() > 200) {
            throw new Invalid("Invalid row", "A project's name has 1 to 200 characters.").with("field", "name");
        }
        TaskType type;
        try {
            type = TaskType.of(row.required("task_type", row.text("task_type")));
        } catch (RuntimeException e) {
            throw new Invalid("Invalid row", "Unknown task type.").with("field", "task_type");
        }
        String status = row.required("status", row.text("status"));
        try {
            ProjectStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Invalid row", "Unknown project status.").with("field", "status");
        }
        String guidelines = row.text("guidelines") == null ? "" : row.text("guidelines");
        jdbc.sql("""
                        insert into projects (tenant_id, id, name, guidelines, task_type, schema_version, overlap, lease_seconds,
                                              priority, created_by, created_at, deadline, guidelines_version, status, status_note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, texts.name.seal(tenant, id, name), texts.guidelines.seal(tenant, id, guidelines), type.id(),
                        row.required("schema_version", row.integer("schema_version")), row.required("overlap", row.integer("overlap")),
                        row.required("lease_seconds", row.integer("lease_seconds")), row.required("priority", row.integer("priority")),
                        row.id("created_by"), row.required("created_at", row.time("created_at")), row.time("deadline"),
                        row.required("guidelines_version", row.integer("guidelines_version")), status, row.text("status_note"))
                .update();
        jdbc.sql("insert into project_directory (project_id, org_id, tenant_id) values (?, ?, ?)").params(id, tenant, tenant).update();
        events.publishEvent(new ProjectChanged(tenant, id, ProjectChanged.Change.CREATED, caller.id(), caller.orgId(), null,
                type.id(), Instant.now(clock)));
        return id;
    }

    /** One schema version of a project restored by {@link #restoreProject}; the document must fit the task type. */
    public void restoreSchema(UUID tenant, UUID project, TaskType type, MovedRow row) {
        UUID id = row.required("id", row.id("id"));
        var body = row.required("body", row.json("body"));
        Projects.checkSchema(type, body);
        jdbc.sql("insert into label_schemas (tenant_id, id, project_id, version, body, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenant, id, project, row.required("version", row.integer("version")), texts.schema.seal(tenant, id, body.toString()),
                        row.id("created_by"), row.required("created_at", row.time("created_at"))).update();
    }

    public void restoreGuidelines(UUID tenant, UUID project, MovedRow row) {
        UUID id = row.required("id", row.id("id"));
        jdbc.sql("insert into project_guidelines (tenant_id, id, project_id, version, body, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenant, id, project, row.required("version", row.integer("version")),
                        texts.guidelinesVersion.seal(tenant, id, row.required("body", row.text("body"))),
                        row.id("created_by"), row.required("created_at", row.time("created_at"))).update();
    }
}
