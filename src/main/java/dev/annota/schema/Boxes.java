package dev.annota.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Boxes and polygons on the item's image ({@code data.image}: {@code url}, and {@code width}/{@code height} in
 * pixels unless the answer carries them). Coordinates are image pixels, origin top-left, x right, y down, fractions
 * allowed. Answer:
 * <pre>{"width": 1280, "height": 720, "objects": [
 *   {"type": "box", "class": "car", "x": 10, "y": 20, "width": 100, "height": 50, "attributes": {"occluded": true}},
 *   {"type": "polygon", "class": "pedestrian", "points": [[1, 2], [30, 2], [15, 40]]}]}</pre>
 */
public record Boxes(String name, String title, boolean required, LabelSchema.Condition when, List<String> classes,
                    List<String> shapes, List<Attribute> attributes, int minObjects, int maxObjects)
        implements LabelSchema.Question {

    /** A per-object attribute: a flag (no options; true/false) or one of {@code options}. */
    public record Attribute(String name, String title, List<String> options) {
    }

    static Boxes parse(JsonNode q, String at, String name, String title, boolean required, LabelSchema.Condition when,
                       SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("classes", "shapes", "attributes", "min_objects", "max_objects")));
        List<String> classes = reader.strings(q, "classes", at, 1, true);
        List<String> shapes = reader.strings(q, "shapes", at, 1, false);
        for (String shape : shapes) {
            if (!shape.equals("box") && !shape.equals("polygon")) {
                reader.add(at + ".shapes", "'" + shape + "' is not a shape; known: box, polygon");
            }
        }
        var attributes = new ArrayList<Attribute>();
        JsonNode list = q.get("attributes");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                reader.add(at + ".attributes", "must be a list of {\"name\", \"title\", \"options\"?}");
            } else {
                Set<String> names = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    JsonNode a = list.get(i);
                    String aat = at + ".attributes[" + i + "]";
                    if (!a.isObject()) {
                        reader.add(aat, "must be {\"name\", \"title\", \"options\"?}");
                        continue;
                    }
                    reader.onlyKnown(a, aat, List.of("name", "title", "options"));
                    String aname = a.path("name").asString("");
                    if (!aname.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                        reader.add(aat + ".name", "must be an identifier (letters, digits, _; up to 64)");
                    } else if (!names.add(aname)) {
                        reader.add(aat + ".name", "'" + aname + "' is listed twice");
                    }
                    List<String> options = a.has("options") ? reader.strings(a, "options", aat, 2, true) : null;
                    attributes.add(new Attribute(aname, reader.string(a, "title", aat, aname), options));
                }
            }
        }
        return new Boxes(name, title, required, when, classes, shapes.isEmpty() ? List.of("box", "polygon") : shapes,
                List.copyOf(attributes), reader.integer(q, "min_objects", at, 0, 0, 100_000),
                reader.integer(q, "max_objects", at, 5000, 1, 100_000));
    }

    @Override
    public String type() {
        return "boxes";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        if (!LabelSchema.objectOf(value, field, "{\"width\", \"height\", \"objects\": [...]}", List.of("width", "height", "objects"),
                violations)) {
            return;
        }
        JsonNode image = data.path("image");
        Double width = size(image.get("width"), value.get("width"), field + ".width", violations);
        Double height = size(image.get("height"), value.get("height"), field + ".height", violations);
        JsonNode objects = value.get("objects");
        if (objects == null || !objects.isArray()) {
            violations.add(new Violation(field + ".objects", "must be a list of boxes and polygons (may be empty)"));
            return;
        }
        if (!LabelSchema.countWithin(objects, minObjects, maxObjects, field + ".objects", "draw", "object", mode, violations)) {
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            JsonNode object = objects.get(i);
            String at = field + ".objects[" + i + "]";
            if (!object.isObject()) {
                violations.add(new Violation(at, "must be a box or polygon object"));
                continue;
            }
            String type = object.path("type").asString("");
            if (!shapes.contains(type)) {
                violations.add(new Violation(at + ".type", "must be one of " + shapes));
                continue;
            }
            JsonNode cls = object.get("class");
            if (cls == null || !cls.isString() || !classes.contains(cls.stringValue())) {
                violations.add(new Violation(at + ".class", "must be one of " + classes));
            }
            if (type.equals("box")) {
                LabelSchema.onlyKnown(object, at, List.of("id", "type", "class", "x", "y", "width", "height", "attributes"), violations);
                Double x = coordinate(object.get("x"), at + ".x", width, violations);
                Double y = coordinate(object.get("y"), at + ".y", height, violations);
                Double w = extent(object.get("width"), at + ".width", violations);
                Double h = extent(object.get("height"), at + ".height", violations);
                if (x != null && w != null && width != null && x + w > width + 1e-9) {
                    violations.add(new Violation(at + ".width", "x + width is " + (x + w) + ", beyond the image width " + fmt(width)));
                }
                if (y != null && h != null && height != null && y + h > height + 1e-9) {
                    violations.add(new Violation(at + ".height", "y + height is " + (y + h) + ", beyond the image height " + fmt(height)));
                }
            } else {
                LabelSchema.onlyKnown(object, at, List.of("id", "type", "class", "points", "attributes"), violations);
                JsonNode points = object.get("points");
                if (points == null || !points.isArray() || points.size() < 3 || points.size() > 10_000) {
                    violations.add(new Violation(at + ".points", "must list 3 to 10000 points [x, y]"));
                } else {
                    for (int p = 0; p < points.size(); p++) {
                        JsonNode point = points.get(p);
                        String pat = at + ".points[" + p + "]";
                        if (!point.isArray() || point.size() != 2) {
                            violations.add(new Violation(pat, "must be [x, y]"));
                            continue;
                        }
                        coordinate(point.get(0), pat + "[0]", width, violations);
                        coordinate(point.get(1), pat + "[1]", height, violations);
                    }
                }
            }
            JsonNode id = object.get("id");
            if (id != null && !id.isNull() && (!id.isString() || id.stringValue().length() > 64)) {
                violations.add(new Violation(at + ".id", "must be a string of up to 64 characters"));
            }
            checkAttributes(object.get("attributes"), at + ".attributes", violations);
        }
    }

    private void checkAttributes(JsonNode values, String at, List<Violation> violations) {
        if (values == null || values.isNull()) {
            return;
        }
        if (!values.isObject()) {
            violations.add(new Violation(at, "must be an object of attribute values"));
            return;
        }
        for (var entry : values.properties()) {
            Attribute attribute = attributes.stream().filter(a -> a.name().equals(entry.getKey())).findFirst().orElse(null);
            JsonNode v = entry.getValue();
            if (attribute == null) {
                violations.add(new Violation(at + "." + entry.getKey(), "is not an attribute of this schema; known: "
                        + attributes.stream().map(Attribute::name).toList()));
            } else if (attribute.options() == null ? !v.isBoolean() : !(v.isString() && attribute.options().contains(v.stringValue()))) {
                violations.add(new Violation(at + "." + entry.getKey(),
                        attribute.options() == null ? "must be true or false" : "must be one of " + attribute.options()));
            }
        }
    }

    /** The image's size: from the item when it has it (the answer may repeat it, equal), else from the answer. */
    private static Double size(JsonNode fromItem, JsonNode fromAnswer, String field, List<Violation> violations) {
        boolean itemHas = fromItem != null && fromItem.isNumber() && fromItem.doubleValue() > 0;
        boolean answerHas = fromAnswer != null && !fromAnswer.isNull();
        if (answerHas && (!fromAnswer.isIntegralNumber() || !fromAnswer.canConvertToInt() || fromAnswer.intValue() <= 0)) {
            violations.add(new Violation(field, "must be a whole number of pixels > 0"));
            return itemHas ? fromItem.doubleValue() : null;
        }
        if (itemHas) {
            if (answerHas && fromAnswer.doubleValue() != fromItem.doubleValue()) {
                violations.add(new Violation(field, "is " + fromAnswer + " but the item's image is " + fromItem + " pixels"));
            }
            return fromItem.doubleValue();
        }
        if (!answerHas) {
            violations.add(new Violation(field, "is required: the item does not give the image's size"));
            return null;
        }
        return fromAnswer.doubleValue();
    }

    private static Double coordinate(JsonNode node, String field, Double limit, List<Violation> violations) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            violations.add(new Violation(field, "must be a number of pixels"));
            return null;
        }
        double v = node.doubleValue();
        if (v < 0 || (limit != null && v > limit)) {
            violations.add(new Violation(field, "is " + node + ", outside the image (0.." + (limit == null ? "?" : fmt(limit)) + ")"));
            return null;
        }
        return v;
    }

    private static Double extent(JsonNode node, String field, List<Violation> violations) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue()) || node.doubleValue() <= 0) {
            violations.add(new Violation(field, "must be a number of pixels > 0"));
            return null;
        }
        return node.doubleValue();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
