package dev.annota.item.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.annota.item.ImportRejected;
import dev.annota.schema.Boxes;
import dev.annota.schema.Choice;
import dev.annota.schema.Comparison;
import dev.annota.schema.Demonstration;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.Spans;
import dev.annota.schema.TextQuestion;
import dev.annota.schema.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Label Studio {@code result} list (of a prediction or an annotation) into an answer of the project's schema.
 * Each result names its control ({@code from_name}); the question it answers is the one the request maps it to
 * ({@code question.<from_name>=<question>}), else the question of that name, else the only question of the fitting
 * type. Label Studio's text offsets (UTF-16 units, as JavaScript counts) become code points, its image coordinates
 * (percent of the image) pixels of the image's original size.
 */
final class LabelStudioResults {

    private final LabelSchema schema;
    private final Map<String, String> questions;

    LabelStudioResults(LabelSchema schema, Map<String, String> questions) {
        this.schema = schema;
        this.questions = questions;
    }

    /** Where an error is: the file's line, the task ("task 17") and the result list's path in it. */
    record At(long line, String task, String where) {
        ImportRejected rejected(String field, String message) {
            var e = new ImportRejected(line, field, task + ": " + message);
            e.with("task", task);
            return e;
        }
    }

    ObjectNode answer(At at, JsonNode results, ObjectNode data) {
        if (results == null || !results.isArray()) {
            throw at.rejected(at.where() + ".result", "must be a list of results");
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> firstResult = new HashMap<>();
        for (int j = 0; j < results.size(); j++) {
            String field = at.where() + ".result[" + j + "]";
            JsonNode r = results.get(j);
            String type = r.path("type").asString("");
            String from = r.path("from_name").asString("");
            JsonNode value = r.get("value");
            if (value == null || !value.isObject()) {
                throw at.rejected(field, "result without a 'value'");
            }
            Comparison part = comparisonPart(from);
            if (part != null) {
                firstResult.putIfAbsent(part.name(), j);
                comparisonPart(at, field, part, from.substring(part.name().length() + 1), type, value, verdict(answer, part.name()),
                        data.path("responses").size());
                continue;
            }
            LabelSchema.Question q = question(at, field, from, type);
            firstResult.putIfAbsent(q.name(), j);
            String name = q.name();
            switch (q) {
                case Choice c when type.equals("choices") -> {
                    JsonNode choices = value.path("choices");
                    if (!choices.isArray() || choices.isEmpty() || !c.multiple() && choices.size() != 1) {
                        throw at.rejected(field, "'" + from + "' must give " + (c.multiple() ? "one or more choices" : "exactly one choice")
                                + " for question '" + name + "'");
                    }
                    once(at, field, answer, name);
                    answer.set(name, c.multiple() ? choices : choices.get(0));
                }
                case Spans s when type.equals("labels") -> spans(at, field, value, s, data, array(answer, name));
                case Boxes b when type.equals("rectanglelabels") || type.equals("polygonlabels") ->
                        shape(at, field, r, value, type, data, objects(answer, name));
                case TextQuestion t when type.equals("textarea") -> {
                    once(at, field, answer, name);
                    answer.put(name, text(at, field, value));
                }
                case Demonstration d when type.equals("textarea") -> {
                    once(at, field, answer, name);
                    answer.putObject(name).put("text", text(at, field, value));
                }
                case Rating g when type.equals("rating") -> {
                    JsonNode rating = value.path("rating");
                    if (!rating.isIntegralNumber()) {
                        throw at.rejected(field, "a rating must be a whole number");
                    }
                    once(at, field, answer, name);
                    answer.put(name, rating.intValue());
                }
                case Comparison c when type.equals("pairwise") -> {
                    String selected = value.path("selected").asString("");
                    if (!selected.equals("left") && !selected.equals("right")) {
                        throw at.rejected(field, "a pairwise result selects 'left' or 'right'");
                    }
                    ObjectNode verdict = verdict(answer, name);
                    once(at, field, verdict, c.ranking() ? "ranking" : "preferred", name);
                    if (c.ranking()) {
                        verdict.putArray("ranking").add(selected.equals("left") ? 1 : 2).add(selected.equals("left") ? 2 : 1);
                    } else {
                        verdict.put("preferred", selected.equals("left") ? 0 : 1);
                    }
                }
                case Comparison c when type.equals("ranker") -> {
                    ObjectNode verdict = verdict(answer, name);
                    once(at, field, verdict, c.ranking() ? "ranking" : "preferred", name);
                    ArrayNode ranks = ranking(at, field, value, data);
                    if (c.ranking()) {
                        verdict.set("ranking", ranks);
                    } else {
                        // A comparison that asks for one preferred response: the ranker's first is the one.
                        for (int k = 0; k < ranks.size(); k++) {
                            if (ranks.get(k).intValue() == 1) {
                                verdict.put("preferred", k);
                            }
                        }
                    }
                }
                default -> throw at.rejected(field, "'" + from + "' (" + type + ") cannot answer question '" + name
                        + "' (" + q.type() + ")");
            }
        }
        List<Violation> wrong = schema.check(answer, data, LabelSchema.Mode.PREDICTION);
        if (!wrong.isEmpty()) {
            Violation first = wrong.getFirst();
            String question = first.field().replaceFirst("^answer\\.", "").split("[.\\[]")[0];
            Integer j = firstResult.get(question);
            throw at.rejected(j == null ? at.where() : at.where() + ".result[" + j + "]", first.field() + " " + first.message());
        }
        return answer;
    }

    private LabelSchema.Question question(At at, String field, String from, String type) {
        String mapped = questions.get(from);
        if (mapped != null) {
            LabelSchema.Question q = schema.question(mapped);
            if (q == null) {
                throw at.rejected(field, "question." + from + "=" + mapped + " names no question of the project's schema");
            }
            return q;
        }
        LabelSchema.Question same = schema.question(from);
        if (same != null && fits(same, type)) {
            return same;
        }
        List<LabelSchema.Question> fitting = schema.questions().stream().filter(q -> fits(q, type)).toList();
        if (fitting.size() == 1) {
            return fitting.getFirst();
        }
        throw at.rejected(field, "no question to put '" + from + "' (" + type + ") in: "
                + (fitting.isEmpty() ? "the schema has no question of a fitting type" : "several questions fit, "
                + fitting.stream().map(LabelSchema.Question::name).toList())
                + "; name one with question." + from + "=<question>");
    }

    private static boolean fits(LabelSchema.Question q, String type) {
        return switch (type) {
            case "choices" -> q instanceof Choice;
            case "labels" -> q instanceof Spans;
            case "rectanglelabels", "polygonlabels" -> q instanceof Boxes;
            case "textarea" -> q instanceof TextQuestion || q instanceof Demonstration;
            case "rating" -> q instanceof Rating;
            case "pairwise" -> q instanceof Comparison;
            case "ranker" -> q instanceof Comparison;
            default -> false;
        };
    }

    /**
     * The comparison a result named {@code <comparison>_<part>} belongs to, as Annota's own export writes the parts of a
     * comparison beside its pairwise or ranker result (rationale, strength, rubric scores); null for a name that maps
     * to a question of its own.
     */
    private Comparison comparisonPart(String from) {
        if (questions.containsKey(from) || schema.question(from) != null) {
            return null;
        }
        for (LabelSchema.Question q : schema.questions()) {
            if (q instanceof Comparison c && from.startsWith(c.name() + "_")) {
                return c;
            }
        }
        return null;
    }

    /** {@code rationale} (textarea), {@code strength} (choices), {@code <criterion>_<response position>} (rating). */
    private static void comparisonPart(At at, String field, Comparison c, String part, String type, JsonNode value,
                                       ObjectNode verdict, int responses) {
        switch (type) {
            case "textarea" -> {
                once(at, field, verdict, "rationale", c.name());
                verdict.put("rationale", text(at, field, value));
            }
            case "choices" -> {
                JsonNode choices = value.path("choices");
                if (!choices.isArray() || choices.size() != 1) {
                    throw at.rejected(field, "a comparison's strength is exactly one choice");
                }
                once(at, field, verdict, "strength", c.name());
                verdict.set("strength", choices.get(0));
            }
            case "rating" -> {
                int cut = part.lastIndexOf('_');
                String criterion = cut < 0 ? part : part.substring(0, cut);
                int position = cut < 0 ? -1 : position(part.substring(cut + 1));
                if (c.rubric().stream().noneMatch(k -> k.name().equals(criterion)) || position < 0 || position >= responses) {
                    throw at.rejected(field, "a rating of comparison '" + c.name() + "' is named <comparison>_<criterion>_<response"
                            + " position>, with a criterion of its rubric and a position below " + responses);
                }
                JsonNode rating = value.path("rating");
                if (!rating.isIntegralNumber()) {
                    throw at.rejected(field, "a rating must be a whole number");
                }
                ArrayNode scores = verdict.get("scores") instanceof ArrayNode list ? list : verdict.putArray("scores");
                while (scores.size() < responses) {
                    scores.addObject();
                }
                once(at, field, (ObjectNode) scores.get(position), criterion, c.name());
                ((ObjectNode) scores.get(position)).put(criterion, rating.intValue());
            }
            default -> throw at.rejected(field, "'" + c.name() + "_" + part + "' (" + type + ") is no part of comparison '"
                    + c.name() + "'");
        }
    }

    private static int position(String digits) {
        return digits.matches("[0-9]{1,4}") ? Integer.parseInt(digits) : -1;
    }

    private static ObjectNode verdict(ObjectNode answer, String name) {
        return answer.get(name) instanceof ObjectNode o ? o : answer.putObject(name);
    }

    private static void once(At at, String field, ObjectNode verdict, String key, String name) {
        if (verdict.has(key)) {
            throw at.rejected(field, "answers '" + key + "' of question '" + name + "' a second time");
        }
    }

    private static void once(At at, String field, ObjectNode answer, String name) {
        if (answer.has(name)) {
            throw at.rejected(field, "answers question '" + name + "' a second time");
        }
    }

    private static ArrayNode array(ObjectNode answer, String name) {
        return answer.get(name) instanceof ArrayNode list ? list : answer.putArray(name);
    }

    private static ArrayNode objects(ObjectNode answer, String name) {
        ObjectNode boxes = answer.get(name) instanceof ObjectNode o ? o : answer.putObject(name);
        return boxes.get("objects") instanceof ArrayNode list ? list : boxes.putArray("objects");
    }

    private static String text(At at, String field, JsonNode value) {
        JsonNode text = value.path("text");
        if (text.isString()) {
            return text.stringValue();
        }
        if (text.isArray() && !text.isEmpty()) {
            var joined = new StringBuilder();
            for (JsonNode line : text) {
                if (!joined.isEmpty()) {
                    joined.append('\n');
                }
                joined.append(line.asString());
            }
            return joined.toString();
        }
        throw at.rejected(field, "a textarea result needs 'text'");
    }

    /** Label Studio counts text offsets in UTF-16 units; Annota in code points. */
    private static void spans(At at, String field, JsonNode value, Spans question, ObjectNode data, ArrayNode out) {
        String text = data.path(question.field()).asString(null);
        JsonNode start = value.get("start");
        JsonNode end = value.get("end");
        JsonNode labels = value.path("labels");
        if (text == null) {
            throw at.rejected(field, "the item has no text '" + question.field() + "' for the spans of '" + question.name() + "'");
        }
        if (start == null || end == null || !start.isIntegralNumber() || !end.isIntegralNumber()
                || start.intValue() < 0 || start.intValue() > end.intValue() || end.intValue() > text.length()) {
            throw at.rejected(field, "a labels result needs character offsets 'start' and 'end' within the text");
        }
        if (!labels.isArray() || labels.isEmpty()) {
            throw at.rejected(field, "a labels result needs 'labels'");
        }
        for (JsonNode label : labels) {
            ObjectNode span = out.addObject();
            span.put("start", text.codePointCount(0, start.intValue()));
            span.put("end", text.codePointCount(0, end.intValue()));
            span.put("label", label.asString());
        }
    }

    /** Percent of the image's original size (the result's, else the item's) to pixels, kept inside the image. */
    private static void shape(At at, String field, JsonNode result, JsonNode value, String type, ObjectNode data, ArrayNode out) {
        double width = size(result.get("original_width"), data.path("image").get("width"));
        double height = size(result.get("original_height"), data.path("image").get("height"));
        if (width <= 0 || height <= 0) {
            throw at.rejected(field, "the image's size is unknown: neither the result's original_width/original_height "
                    + "nor the item's image width/height give it");
        }
        JsonNode labels = value.path(type);
        if (!labels.isArray() || labels.size() != 1) {
            throw at.rejected(field, "a shape needs exactly one label in '" + type + "'");
        }
        if (value.path("rotation").asDouble(0) != 0) {
            throw at.rejected(field, "a rotated rectangle cannot be imported: Annota's boxes are axis-aligned");
        }
        ObjectNode shape = out.addObject();
        if (type.equals("rectanglelabels")) {
            double x = clamp(number(at, field, value, "x") * width / 100, width);
            double y = clamp(number(at, field, value, "y") * height / 100, height);
            shape.put("type", "box");
            shape.put("class", labels.get(0).asString());
            shape.put("x", x);
            shape.put("y", y);
            shape.put("width", clamp(number(at, field, value, "width") * width / 100, width - x));
            shape.put("height", clamp(number(at, field, value, "height") * height / 100, height - y));
        } else {
            JsonNode points = value.path("points");
            if (!points.isArray()) {
                throw at.rejected(field, "a polygon needs 'points'");
            }
            shape.put("type", "polygon");
            shape.put("class", labels.get(0).asString());
            ArrayNode pixels = shape.putArray("points");
            for (JsonNode p : points) {
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw at.rejected(field, "a polygon's points are [x, y] pairs in percent");
                }
                pixels.addArray().add(clamp(p.get(0).doubleValue() * width / 100, width))
                        .add(clamp(p.get(1).doubleValue() * height / 100, height));
            }
        }
        if (result.has("id") && result.get("id").isString() && result.get("id").stringValue().length() <= 64) {
            shape.put("id", result.get("id").stringValue());
        }
    }

    /** A ranker's first list, by the ids of the item's responses ({@code {"content", "id"}}), as ranks 1..n. */
    private static ArrayNode ranking(At at, String field, JsonNode value, ObjectNode data) {
        JsonNode buckets = value.path("ranker");
        JsonNode ranked = buckets.isObject() && !buckets.isEmpty() ? buckets.iterator().next() : null;
        JsonNode responses = data.path("responses");
        if (ranked == null || !ranked.isArray() || ranked.size() != responses.size()) {
            throw at.rejected(field, "a ranker result must rank every response of the item in one list");
        }
        ArrayNode ranks = JsonNodeFactory.instance.arrayNode();
        for (int position = 0; position < responses.size(); position++) {
            JsonNode response = responses.get(position);
            // Responses without ids (plain strings) are named by their position, as Annota's export names them.
            String id = response.path("id").asString(String.valueOf(position));
            int rank = 0;
            for (int k = 0; k < ranked.size() && id != null; k++) {
                if (ranked.get(k).asString().equals(id)) {
                    rank = k + 1;
                }
            }
            if (rank == 0) {
                throw at.rejected(field, "the ranker does not rank the response with id " + id);
            }
            ranks.add(rank);
        }
        return ranks;
    }

    private static double size(JsonNode fromResult, JsonNode fromItem) {
        JsonNode size = fromResult != null && fromResult.isNumber() ? fromResult : fromItem;
        return size != null && size.isNumber() ? size.doubleValue() : 0;
    }

    private static double number(At at, String field, JsonNode value, String name) {
        JsonNode n = value.get(name);
        if (n == null || !n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw at.rejected(field + ".value." + name, "must be a number (percent of the image)");
        }
        return n.doubleValue();
    }

    /** Rounded to a hundredth of a pixel (percentages carry float noise), inside 0..max. */
    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(Math.round(v * 100) / 100.0, max));
    }
}
