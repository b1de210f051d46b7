package dev.annota.item.internal;

import java.util.Map;
import java.util.UUID;

import dev.annota.item.Image;
import dev.annota.item.ImportRejected;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves an item's reference to an uploaded image, {@code "image": {"upload": "<id>"}}, against the images of the
 * project being imported into: an id of another project (or of nothing) rejects the file at that line. The reference
 * is completed in place with the image's URL, pixel size and file name (unless the item names it itself), so the
 * stored item has the shape of an item whose image is referenced by URL, and the workbench, the item view and the COCO
 * export (whose {@code file_name} is the name) need nothing else.
 */
final class ImageReferences {

    static final String UPLOAD = "upload";

    private final UUID projectId;
    private final Map<UUID, Image> uploads;

    ImageReferences(UUID projectId, Map<UUID, Image> uploads) {
        this.projectId = projectId;
        this.uploads = uploads;
    }

    /**
     * The uploaded image of this file name, for formats that name images by file (COCO); null when none has it.
     * Several uploads of one name are ambiguous: the caller names the line.
     */
    java.util.List<UUID> named(String name) {
        return uploads.values().stream().filter(i -> i.name().equals(name)).map(Image::id).toList();
    }

    /** The uploaded image the record shows (its data completed), or null when it refers to its image by URL. */
    UUID resolve(ImportReader.ItemRecord record) {
        JsonNode image = record.data().get("image");
        if (image == null || !image.isObject() || !image.has(UPLOAD)) {
            return null;
        }
        JsonNode ref = image.get(UPLOAD);
        UUID id = null;
        if (ref.isString()) {
            try {
                id = UUID.fromString(ref.stringValue());
            } catch (IllegalArgumentException e) {
                id = null;
            }
        }
        Image upload = id == null ? null : uploads.get(id);
        if (upload == null) {
            throw new ImportRejected(record.line(), "data.image.upload",
                    "no image with this id was uploaded to this project (upload it first: POST /api/v1/projects/{id}/images)");
        }
        if (image.has("url")) {
            throw new ImportRejected(record.line(), "data.image.url",
                    "an image is either uploaded ('upload') or referenced by 'url', not both");
        }
        for (var side : Map.of("width", upload.width(), "height", upload.height()).entrySet()) {
            JsonNode given = image.get(side.getKey());
            if (given != null && !given.isNull() && !(given.isIntegralNumber() && given.canConvertToInt()
                    && given.intValue() == side.getValue())) {
                throw new ImportRejected(record.line(), "data.image." + side.getKey(), "the uploaded image is "
                        + side.getValue() + " pixels " + (side.getKey().equals("width") ? "wide" : "high")
                        + "; leave the size out, the server reads it from the image");
            }
        }
        ObjectNode completed = (ObjectNode) image;
        completed.put("url", Image.contentPath(projectId, id));
        completed.put("width", upload.width());
        completed.put("height", upload.height());
        JsonNode name = image.get("name");
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            completed.put("name", upload.name());
        }
        return id;
    }
}
