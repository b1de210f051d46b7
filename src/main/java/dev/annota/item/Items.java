package dev.annota.item;

import java.io.InputStream;
import java.util.UUID;

import dev.annota.failure.Conflict;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.item.internal.ItemEdit;
import dev.annota.item.internal.ItemImport;
import dev.annota.item.internal.ItemRemoval;
import dev.annota.operations.DomainMetrics;
import dev.annota.schema.LabelSchema;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
public record Items(ItemImport importer, JdbcClient jdbc, TenantScope tenants, Projects projects, ItemPayloads payloads,
        JsonMapper json, ItemAssignments assignments, ItemAnswers answers, ItemRemoval removal, ItemEdit edit,
        DomainMetrics metrics, ItemRows rows) {

    /**
     * An item's payload in its stored (sealed) form, for a caller that shows it through {@link PayloadViews} or checks an
     * answer against it (a review); inside the caller's tenant transaction.
     */
    public java.util.Optional<String> storedPayload(UUID tenantId, UUID projectId, UUID itemId) {
        return jdbc.sql("select payload from items where tenant_id = ? and project_id = ? and id = ?")
                .params(tenantId, projectId, itemId).query(String.class).optional();
    }

    /**
     * Makes an item a gold item (honeypot) with a known answer, checked against the project's current schema as an
     * annotator's answer would be; or changes the known answer of a gold item. An ordinary item already served to
     * someone cannot become gold: its answers were given as ordinary work, and its slots are in use.
     */
    public void markGold(ProjectAccess access, UUID itemId, JsonNode answer) {
        Projects.requireManage(access);
        var p = access.project();
        LabelSchema schema = projects.schema(p.tenantId(), p.id(), p.schemaVersion());
        tenants.write(p.tenantId(), () -> {
            var row = jdbc.sql("select payload, state from items where tenant_id = ? and project_id = ? and id = ? for update")
                    .params(p.tenantId(), p.id(), itemId)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                    .orElseThrow(Items::noItem);
            var wrong = answer == null || !answer.isObject() ? java.util.List.of(new dev.annota.schema.Violation("answer",
                    "the known answer, in the shape of an annotation")) : schema.check(answer, json.readTree(payloads.open(p.tenantId(), itemId, row[0])));
            if (!wrong.isEmpty()) {
                throw new Invalid("The known answer does not fit the project's schema: " + wrong.getFirst().field() + ": "
                        + wrong.getFirst().message()).with("violations", wrong);
            }
            if (!"GOLD".equals(row[1])) {
                long served = assignments.everAssigned(p.tenantId(), itemId);
                if (served > 0) {
                    throw new Conflict("This item was already served as ordinary work; mark items gold before annotators "
                            + "see them (or import them with a \"gold\" answer).");
                }
            }
            jdbc.sql("update items set gold_answer = ?, state = 'GOLD', open_slots = 0 where tenant_id = ? and id = ?")
                    .params(payloads.seal(p.tenantId(), itemId, answer.toString()), p.tenantId(), itemId).update();
        });
    }

    /**
     * Makes a gold item ordinary again: it rejoins the queue with the slots its overlap leaves after the answers it
     * already has (gold answers given so far keep counting for the annotators' accuracy).
     */
    public void unmarkGold(ProjectAccess access, UUID itemId) {
        Projects.requireManage(access);
        var p = access.project();
        tenants.write(p.tenantId(), () -> {
            String state = jdbc.sql("select state from items where tenant_id = ? and project_id = ? and id = ? for update")
                    .params(p.tenantId(), p.id(), itemId).query(String.class).optional().orElseThrow(Items::noItem);
            if (!"GOLD".equals(state)) {
                throw new NotFound("This item is not a gold item.");
            }
            int done = answers.count(p.tenantId(), itemId);
            int held = assignments.holdingSlots(p.tenantId(), itemId);
            int open = Math.max(0, p.overlap() - held);
            String next = done >= p.overlap() ? "DONE" : open > 0 ? "OPEN" : "FULL";
            jdbc.sql("update items set gold_answer = null, state = ?, open_slots = ?, done_count = ? where tenant_id = ? and id = ?")
                    .params(next, open, done, p.tenantId(), itemId).update();
        });
    }

    /** The number of gold items of the project (they are not in {@link #counts}, which counts the queue). */
    public long goldCount(ProjectAccess access) {
        var p = access.project();
        return tenants.read(p.tenantId(), () -> rows.goldCount(p.tenantId(), p.id()));
    }

    private static NotFound noItem() {
        return new NotFound("No item with that id in this project.");
    }

    /**
     * Deletes items of the project (at most {@link ItemRemoval#MAX_IDS} per call) with everything recorded about them;
     * the reason goes into the access log with each item. Ids of no item of the project are reported, not refused.
     */
    public ItemsRemoved delete(ProjectAccess access, java.util.List<UUID> ids, String reason) {
        return removal.delete(access, ids, reason);
    }

    /** Replaces an item nobody was served yet with a record in the import's format (409 once someone was). */
    public void edit(ProjectAccess access, UUID itemId, JsonNode record) {
        edit.replace(access, itemId, record);
    }

    /** Imports JSONL or a JSON array atomically: all records stored, or none and the first bad line named. */
    public ImportReport importItems(ProjectAccess access, InputStream in) {
        ImportReport report = importer.run(access, in);
        metrics.imported(report.added());
        return report;
    }

    public ItemCounts counts(ProjectAccess access) {
        var p = access.project();
        return tenants.read(p.tenantId(), () -> {
            var byState = rows.countsByState(p.tenantId(), p.id());
            long open = byState.getOrDefault("OPEN", 0L), full = byState.getOrDefault("FULL", 0L), done = byState.getOrDefault("DONE", 0L);
            return new ItemCounts(open + full + done, open, full, done);
        });
    }
}
