package dev.annota.item.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.annota.failure.Invalid.Kind;
import dev.annota.item.ImportRejected;
import dev.annota.schema.Boxes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A COCO document ({@code images}, {@code categories}, {@code annotations}) as image-boxes items: one item per image,
 * its annotations a prediction of the project's first boxes question (model {@code coco}, or {@code ?model=}). A
 * polygon segmentation becomes a polygon per ring when the question allows polygons; otherwise, and for RLE masks, the
 * {@code bbox} becomes a box. An image's URL is its {@code coco_url}, or {@code imageRoot} followed by its
 * {@code file_name}; without either, the image uploaded to the project under that file name. The external id is the image's {@code external_id} (as Annota's COCO export writes it), else its
 * file name.
 *
 * <p>Unlike the line formats, COCO is one document whose annotations refer to images (and categories) anywhere in it:
 * the reader keeps the images' records and annotations (not their pixels) until the document ends, then hands them on
 * one image at a time. Its memory grows with the document's size.
 */
final class CocoDocument implements RecordSource {

    static final String DEFAULT_MODEL = "coco";

    private final JsonMapper json;
    private final Boxes question;
    private final ImageReferences uploads;
    private final String imageRoot;
    private final String model;
    private final long maxItemBytes;

    CocoDocument(JsonMapper json, Boxes question, ImageReferences uploads, String imageRoot, String model, long maxItemBytes) {
        this.json = json;
        this.question = question;
        this.uploads = uploads;
        this.imageRoot = imageRoot;
        this.model = model;
        this.maxItemBytes = maxItemBytes;
    }

    private record Entry(long line, JsonNode node) {
    }

    @Override
    public long read(InputStream in, ImportReader.Sink sink) {
        var images = new ArrayList<Entry>();
        var categories = new HashMap<Long, String>();
        var annotations = new LinkedHashMap<Long, List<Entry>>();
        long line = 1;
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportRejected(1, null, "a COCO file is one JSON object with 'images', 'categories' and 'annotations'");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                line = parser.currentTokenLocation().getLineNr();
                if (!name.equals("images") && !name.equals("categories") && !name.equals("annotations")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new ImportRejected(line, name, "must be a list");
                }
                int index = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    String at = name + "[" + index++ + "]";
                    switch (name) {
                        case "images" -> images.add(new Entry(line, node));
                        case "categories" -> categories.put(id(line, at, node.get("id")), text(line, at + ".name", node.get("name")));
                        default -> annotations.computeIfAbsent(id(line, at + ".image_id", node.get("image_id")), k -> new ArrayList<>())
                                .add(new Entry(line, node));
                    }
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw new ImportRejected(parser.currentTokenLocation().getLineNr(), name, "each entry must be an object");
                }
            }
        } catch (JacksonException e) {
            long at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? line : e.getLocation().getLineNr();
            throw new ImportRejected(at, null, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (images.isEmpty()) {
            throw new ImportRejected(1, "images", "the document holds no images");
        }
        var known = new HashMap<Long, Boolean>();
        for (int i = 0; i < images.size(); i++) {
            Entry image = images.get(i);
            long id = id(image.line(), "images[" + i + "].id", image.node().get("id"));
            known.put(id, true);
            ImportReader.ItemRecord record;
            try {
                record = toRecord(image, "images[" + i + "]", annotations.getOrDefault(id, List.of()), categories);
            } catch (JacksonException e) {
                throw new ImportRejected(image.line(), "images[" + i + "]", "a value is not of the type COCO has there ("
                        + e.getOriginalMessage() + ")");
            }
            if (record.toString().length() > maxItemBytes) {
                throw new ImportRejected(image.line(), "images[" + i + "]", "the image with its annotations is larger than "
                        + maxItemBytes + " bytes (ANNOTA_IMPORT_MAX_ITEM_BYTES)", Kind.TOO_LARGE);
            }
            sink.accept(record);
        }
        for (var byImage : annotations.entrySet()) {
            if (!known.containsKey(byImage.getKey())) {
                throw new ImportRejected(byImage.getValue().getFirst().line(), "annotations", "image_id "
                        + byImage.getKey() + " is not one of the document's images");
            }
        }
        return images.size();
    }

    private ImportReader.ItemRecord toRecord(Entry image, String at, List<Entry> annotations, Map<Long, String> categories) {
        JsonNode node = image.node();
        long line = image.line();
        String fileName = node.path("file_name").asString(null);
        String url = node.path("coco_url").asString(null);
        if (!isUrl(url)) {
            url = imageRoot != null && fileName != null ? imageRoot + (imageRoot.endsWith("/") ? "" : "/") + fileName
                    : isUrl(fileName) ? fileName : null;
        }
        List<java.util.UUID> uploaded = url == null && fileName != null ? uploads.named(fileName) : List.of();
        if (url == null && uploaded.size() != 1) {
            throw new ImportRejected(line, at, uploaded.isEmpty()
                    ? "the image has no URL: give it a 'coco_url', upload an image of that file_name to the project first, "
                    + "or give the request an imageRoot (e.g. ?imageRoot=https://data.example/images/) to put before its file_name"
                    : "several images named '" + fileName + "' were uploaded to the project; the file name does not say which");
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ObjectNode img = data.putObject("image");
        if (url == null) {
            // An uploaded image: the importer completes the reference (URL, the size read from the image, its name).
            img.put(ImageReferences.UPLOAD, uploaded.getFirst().toString());
            fileName = null;
        } else {
            img.put("url", url);
        }
        for (String side : new String[] {"width", "height"}) {
            if (url != null && node.path(side).isIntegralNumber()) {
                img.put(side, node.get(side).intValue());
            }
        }
        if (fileName != null) {
            img.put("name", fileName);
        }
        String externalId = node.path("external_id").isString() ? node.get("external_id").stringValue()
                : node.path("file_name").asString(null);
        ArrayNode predictions = null;
        if (!annotations.isEmpty()) {
            ObjectNode prediction = JsonNodeFactory.instance.objectNode();
            prediction.put("model", model);
            ArrayNode objects = prediction.putObject("answer").putObject(question.name()).putArray("objects");
            for (Entry a : annotations) {
                addObjects(a, categories, objects);
            }
            predictions = JsonNodeFactory.instance.arrayNode().add(prediction);
        }
        return new ImportReader.ItemRecord(line, externalId, data, predictions, null);
    }

    private void addObjects(Entry annotation, Map<Long, String> categories, ArrayNode objects) {
        JsonNode a = annotation.node();
        long line = annotation.line();
        long category = id(line, "annotations.category_id", a.get("category_id"));
        String name = categories.get(category);
        if (name == null) {
            throw new ImportRejected(line, "annotations.category_id", "category " + category + " is not one of the document's categories");
        }
        JsonNode segmentation = a.path("segmentation");
        if (question.shapes().contains("polygon") && segmentation.isArray() && !segmentation.isEmpty()
                && segmentation.get(0).isArray()) {
            for (JsonNode ring : segmentation) {
                ObjectNode polygon = object(a, name, "polygon");
                ArrayNode points = polygon.putArray("points");
                for (int k = 0; k + 1 < ring.size(); k += 2) {
                    points.addArray().add(coordinate(line, "annotations.segmentation", ring.get(k)))
                            .add(coordinate(line, "annotations.segmentation", ring.get(k + 1)));
                }
                objects.add(polygon);
            }
            return;
        }
        JsonNode bbox = a.path("bbox");
        if (!bbox.isArray() || bbox.size() != 4) {
            throw new ImportRejected(line, "annotations.bbox", "must be [x, y, width, height]");
        }
        ObjectNode box = object(a, name, "box");
        box.put("x", coordinate(line, "annotations.bbox", bbox.get(0)));
        box.put("y", coordinate(line, "annotations.bbox", bbox.get(1)));
        box.put("width", coordinate(line, "annotations.bbox", bbox.get(2)));
        box.put("height", coordinate(line, "annotations.bbox", bbox.get(3)));
        objects.add(box);
    }

    private static ObjectNode object(JsonNode annotation, String category, String type) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", type);
        o.put("class", category);
        if (annotation.get("attributes") instanceof ObjectNode attributes && !attributes.isEmpty()) {
            o.set("attributes", attributes);
        }
        return o;
    }

    private static double coordinate(long line, String field, JsonNode n) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw new ImportRejected(line, field, "coordinates are numbers of pixels");
        }
        return n.doubleValue();
    }

    private static boolean isUrl(String s) {
        return s != null && (s.startsWith("https://") || s.startsWith("http://") || s.startsWith("/"));
    }

    private static long id(long line, String field, JsonNode id) {
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new ImportRejected(line, field, "must be a whole number");
        }
        return id.longValue();
    }

    private static String text(long line, String field, JsonNode s) {
        if (s == null || !s.isString() || s.stringValue().isBlank()) {
            throw new ImportRejected(line, field, "required: a non-empty string");
        }
        return s.stringValue();
    }
}
