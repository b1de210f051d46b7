package dev.annota.item.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.item.Image;
import dev.annota.item.ItemAssignments;
import dev.annota.item.ItemPayloads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of project_images; every method runs inside the tenant's transaction its caller opened. */
@Component
public record ImageStore(JdbcClient jdbc, ItemPayloads payloads, ItemAssignments assignments) {

    /** A stored image row: what {@link Image} says plus its sealed bytes. */
    public record Stored(Image image, String content) {
    }

    public void insert(UUID tenantId, Image image, String sealedName, String sealedContent, UUID by) {
        jdbc.sql("""
                insert into project_images (tenant_id, id, project_id, name, media_type, width, height, byte_count, content,
                                            uploaded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, image.id(), image.projectId(), sealedName, image.mediaType(), image.width(), image.height(),
                        image.bytes(), sealedContent, by, Timestamp.from(image.createdAt()))
                .update();
    }

    public Optional<Stored> find(UUID tenantId, UUID projectId, UUID imageId) {
        return jdbc.sql("""
                select id, project_id, name, media_type, width, height, byte_count, created_at, content from project_images
                where tenant_id = ? and project_id = ? and id = ?""")
                .params(tenantId, projectId, imageId)
                .query((rs, n) -> new Stored(map(tenantId, rs), rs.getString("content"))).optional();
    }

    /** Upload order (ids are time-ordered), after {@code after}; the bytes stay in the database. */
    public List<Image> page(UUID tenantId, UUID projectId, UUID after, int limit) {
        return jdbc.sql("""
                select id, project_id, name, media_type, width, height, byte_count, created_at from project_images
                where tenant_id = ? and project_id = ? and id > ? order by id limit ?""")
                .params(tenantId, projectId, after == null ? new UUID(0, 0) : after, limit)
                .query((rs, n) -> map(tenantId, rs)).list();
    }

    /** Every image of the project (names opened), for an import resolving {"upload": id} references. */
    Map<UUID, Image> uploads(UUID tenantId, UUID projectId) {
        return page(tenantId, projectId, null, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(Image::id, image -> image));
    }

    /**
     * The live lease the annotator holds on an item of the project that shows the image, if any: {item, assignment}.
     * Starts from the annotator's own live leases (the queue's, a handful at most), then asks which of their items
     * show the image.
     */
    public Optional<UUID[]> leaseShowing(UUID tenantId, UUID projectId, UUID imageId, UUID annotatorId, Instant now) {
        var leases = assignments.liveLeases(tenantId, projectId, annotatorId, now);
        if (leases.isEmpty()) {
            return Optional.empty();
        }
        var showing = jdbc.sql("select id from items where tenant_id = :tenant and id in (:items) and image_id = :image")
                .param("tenant", tenantId).param("items", leases.stream().map(ItemAssignments.Lease::itemId).toList())
                .param("image", imageId)
                .query(UUID.class).set();
        return leases.stream().filter(lease -> showing.contains(lease.itemId())).findFirst()
                .map(lease -> new UUID[] {lease.itemId(), lease.assignmentId()});
    }

    private Image map(UUID tenantId, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Image(id, rs.getObject("project_id", UUID.class), payloads.openImageName(tenantId, id, rs.getString("name")),
                rs.getString("media_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_count"),
                rs.getTimestamp("created_at").toInstant());
    }
}
