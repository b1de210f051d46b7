package dev.annota.item;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.annota.failure.Invalid;
import dev.annota.tenancy.MovedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's items and uploaded images as they travel in a project bundle (docs/bundles.md): payloads, predictions,
 * gold answers, external ids and image bytes opened from the sender's keys, sealed again under the receiver's. Reads
 * stream in the caller's tenant transaction; restores run inside the importer's one transaction.
 */
@Component
public record ItemTransfer(JdbcClient jdbc, JsonMapper json, ItemPayloads payloads) {

    /** The project's images, in id order: each one's row and its bytes (one image in memory at a time). */
    public void images(UUID tenant, UUID project, BiConsumer<ObjectNode, byte[]> out) {
        jdbc.sql("""
                        select id, name, media_type, width, height, byte_count, content, uploaded_by, created_at
                        from project_images where tenant_id = ? and project_id = ? order by id""")
                .params(tenant, project).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "id", id);
                    MovedRow.put(row, "name", payloads.openImageName(tenant, id, rs.getString("name")));
                    MovedRow.put(row, "media_type", rs.getString("media_type"));
                    MovedRow.put(row, "width", rs.getInt("width"));
                    MovedRow.put(row, "height", rs.getInt("height"));
                    MovedRow.put(row, "byte_count", rs.getLong("byte_count"));
                    MovedRow.put(row, "uploaded_by", rs.getObject("uploaded_by", UUID.class));
                    MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
                    out.accept(row, payloads.openImage(tenant, id, rs.getString("content")));
                });
    }

    /** The project's items in id order, payload, predictions and gold answer as JSON. */
    public void items(UUID tenant, UUID project, Consumer<ObjectNode> out) {
        jdbc.sql("""
                        select id, external_id, payload, state, open_slots, done_count, created_at, predictions, gold_answer,
                               extra_slots, image_id
                        from items where tenant_id = ? and project_id = ? order by id""")
                .params(tenant, project).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ObjectNode row = json.createObjectNode();
                    MovedRow.put(row, "id", id);
                    String externalId = rs.getString("external_id");
                    MovedRow.put(row, "external_id", externalId == null ? null : payloads.openExternalId(tenant, project, externalId));
                    MovedRow.put(row, "payload", json.readTree(payloads.open(tenant, id, rs.getString("payload"))));
                    MovedRow.put(row, "state", rs.getString("state"));
                    MovedRow.put(row, "open_slots", rs.getInt("open_slots"));
                    MovedRow.put(row, "done_count", rs.getInt("done_count"));
                    MovedRow.put(row, "extra_slots", rs.getInt("extra_slots"));
                    MovedRow.put(row, "created_at", rs.getTimestamp("created_at"));
                    MovedRow.put(row, "predictions", opened(tenant, id, rs.getString("predictions")));
                    MovedRow.put(row, "gold_answer", opened(tenant, id, rs.getString("gold_answer")));
                    MovedRow.put(row, "image_id", rs.getObject("image_id", UUID.class));
                    out.accept(row);
                });
    }

    /** Predictions and gold answers are sealed under the payload's binding (ItemPayloads.PREDICTIONS). */
    private JsonNode opened(UUID tenant, UUID item, String stored) {
        return stored == null ? null : json.readTree(payloads.open(tenant, item, stored));
    }

    public void restoreImage(UUID tenant, UUID project, MovedRow row, byte[] content) {
        UUID id = row.required("id", row.id("id"));
        long bytes = row.required("byte_count", row.number("byte_count"));
        if (bytes != content.length) {
            throw new Invalid("Invalid row", "byte_count says " + bytes + " bytes; the image has " + content.length + ".")
                    .with("field", "byte_count");
        }
        jdbc.sql("""
                        insert into project_images (tenant_id, id, project_id, name, media_type, width, height, byte_count, content,
                                                    uploaded_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, project, payloads.sealImageName(tenant, id, row.required("name", row.text("name"))),
                        row.required("media_type", row.text("media_type")), row.required("width", row.integer("width")),
                        row.required("height", row.integer("height")), bytes, payloads.sealImage(tenant, id, content),
                        row.id("uploaded_by"), row.required("created_at", row.time("created_at")))
                .update();
    }

    /**
     * One item under the receiver's ids. An uploaded image's reference in the payload ({@code image.upload} and its
     * URL) is rewritten to the image's new id, restored before.
     */
    public void restoreItem(UUID tenant, UUID project, MovedRow row) {
        UUID id = row.required("id", row.id("id"));
        JsonNode payload = row.required("payload", row.json("payload"));
        UUID imageId = row.id("image_id");
        if (imageId != null && payload.get("image") instanceof ObjectNode image) {
            image.put("upload", imageId.toString());
            image.put("url", Image.contentPath(project, imageId));
        }
        String state = row.required("state", row.text("state"));
        if (!java.util.Set.of("OPEN", "FULL", "DONE", "GOLD").contains(state)) {
            throw new Invalid("Invalid row", "An item's state is OPEN, FULL, DONE or GOLD.").with("field", "state");
        }
        String externalId = row.text("external_id");
        JsonNode predictions = row.json("predictions");
        JsonNode gold = row.json("gold_answer");
        jdbc.sql("""
                        insert into items (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at,
                                           predictions, gold_answer, extra_slots, image_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, id, project, externalId == null ? null : payloads.sealExternalId(tenant, project, externalId),
                        payloads.seal(tenant, id, payload.toString()), state, row.required("open_slots", row.integer("open_slots")),
                        row.required("done_count", row.integer("done_count")), row.required("created_at", row.time("created_at")),
                        predictions == null ? null : payloads.seal(tenant, id, predictions.toString()),
                        gold == null ? null : payloads.seal(tenant, id, gold.toString()),
                        row.required("extra_slots", row.integer("extra_slots")), imageId)
                .update();
    }
}
