package dev.annota.item;

import java.time.Instant;
import java.util.UUID;

/**
 * An image uploaded to a project: what the server read from it (format, pixel size, bytes), never its content.
 * Items refer to it as {@code {"image": {"upload": "<id>"}}} (docs/label-schema.md).
 */
public record Image(UUID id, UUID projectId, String name, String mediaType, int width, int height, long bytes,
                    Instant createdAt) {

    /** The path the image's bytes are served from; import writes it into the items that refer to the image. */
    public static String contentPath(UUID projectId, UUID imageId) {
        return "/api/v1/projects/" + projectId + "/images/" + imageId + "/content";
    }

    public String url() {
        return contentPath(projectId, id);
    }
}
