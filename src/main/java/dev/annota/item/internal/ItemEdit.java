package dev.annota.item.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.failure.NotFound;
import dev.annota.item.ImportRejected;
import dev.annota.item.ItemAssignments;
import dev.annota.item.ItemChanged;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.schema.Violation;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces an item's payload (and predictions, and external id when given) with a record in the import's format,
 * checked exactly as the import checks one line. Only an item nobody was served yet: once an annotator saw it, an
 * answer (or a lease in flight) refers to the payload as it was, so the change is refused with the reason.
 */
@Component
public record ItemEdit(JdbcClient jdbc, TenantScope tenants, ItemPayloads payloads, ItemAssignments assignments,
        ImageStore images, Projects projects, ApplicationEventPublisher events, JsonMapper json, Clock clock) {

    public void replace(ProjectAccess access, UUID itemId, JsonNode body) {
        Projects.requireManage(access);
        Projects.requireWritable(access);
        Project p = access.project();
        var record = oneRecord(body);
        if (record.gold() != null) {
            throw new ImportRejected(1, "gold", "a known answer is set with PUT …/items/{itemId}/gold, not by editing the item");
        }
        Violation wrong = p.taskType().checkItemData(record.data());
        if (wrong != null) {
            throw new ImportRejected(1, wrong.field(), wrong.message());
        }
        ItemImport.checkPredictions(projects.schema(p.tenantId(), p.id(), p.schemaVersion()), record);
        // Sealing may create the keyset, which commits on its own: before the item's transaction (as the import does).
        String payload = payloads.seal(p.tenantId(), itemId, record.data().toString());
        String predictions = record.predictions() == null ? null : payloads.seal(p.tenantId(), itemId, record.predictions().toString());
        String externalId = record.externalId() == null ? null
                : payloads.externalIdSealer(p.tenantId()).seal(p.id(), record.externalId());
        try {
            tenants.write(p.tenantId(), () -> {
                UUID imageId = p.taskType() == TaskType.IMAGE_BOXES
                        ? new ImageReferences(p.id(), images.uploads(p.tenantId(), p.id())).resolve(record) : null;
                String state = jdbc.sql("select state from items where tenant_id = ? and project_id = ? and id = ? for update")
                        .params(p.tenantId(), p.id(), itemId).query(String.class).optional()
                        .orElseThrow(() -> new NotFound("No item with that id in this project."));
                if ("GOLD".equals(state)) {
                    throw new Conflict("This is a gold item: make it ordinary again (DELETE …/gold) before editing it.");
                }
                long served = assignments.everAssigned(p.tenantId(), itemId);
                if (served > 0) {
                    throw new Conflict("This item was already served to annotators (" + served + " assignment"
                            + (served == 1 ? "" : "s") + "): its answers refer to the payload as it is, so it cannot be "
                            + "edited. Delete it and import the corrected item instead.").with("assignments", served);
                }
                jdbc.sql("""
                                update items set payload = ?, predictions = ?, external_id = coalesce(?, external_id), image_id = ?
                                where tenant_id = ? and id = ?""")
                        .params(payload, predictions, externalId, imageId, p.tenantId(), itemId).update();
                events.publishEvent(new ItemChanged(p.tenantId(), p.id(), itemId, ItemChanged.Change.EDITED,
                        access.caller().id(), access.caller().orgId(), null, Instant.now(clock)));
            });
        } catch (DuplicateKeyException e) {
            throw new ImportRejected(1, "external_id", "another item of this project has this external id");
        }
    }

    /** The body as the import reads one line of a file: the same fields, the same messages. */
    private ImportReader.ItemRecord oneRecord(JsonNode body) {
        var record = new ImportReader.ItemRecord[1];
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        new ImportReader(json).read(new ByteArrayInputStream(bytes), r -> record[0] = r);
        return record[0];
    }
}
