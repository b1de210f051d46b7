package dev.annota.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import dev.annota.schema.Boxes;
import dev.annota.schema.Choice;
import dev.annota.schema.Comparison;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import dev.annota.schema.Spans;
import dev.annota.statistics.BoxAgreement.Box;
import dev.annota.statistics.SpanAgreement.Span;
import tools.jackson.databind.JsonNode;

/**
 * Every answer of a project to the questions agreement and aggregation can measure, read once and grouped by
 * question and kind: categorical votes (single choice, rating), label sets (multiple choice; a free-text "other"
 * counts as the label {@code other}, whatever its text), spans, boxes (polygons as their bounding box) and
 * comparisons. Each list holds one entry per annotation that answered the question.
 */
public record AnswersByQuestion(Map<String, List<Consensus.Vote>> categorical, Map<String, List<LabelSet>> labelSets,
                                Map<String, List<SpanAnswer>> spans, Map<String, List<BoxAnswer>> boxes,
                                Map<String, Comparisons> comparisons) {

    public record LabelSet(UUID item, UUID annotator, java.util.Set<String> labels) {
    }

    public record SpanAnswer(UUID item, UUID annotator, List<Span> spans) {
    }

    public record BoxAnswer(UUID item, UUID annotator, List<Box> boxes) {
    }

    /**
     * One comparison answer: {@code preferred} the chosen response's position, −1 for a tie, null in ranking mode;
     * {@code ranking} the rank per response (1 = best) in ranking mode, else null; {@code responses} how many
     * responses the item has (the length of the answer's {@code shown_order}); {@code shownOrder} the answer's
     * {@code shown_order} (null where it has none) and {@code assignment} the lease it was given under (null where
     * not known), which together let position bias be measured and the order audited ({@code schema.ShownOrder}).
     */
    public record ComparisonAnswer(UUID item, UUID annotator, int responses, Integer preferred, int[] ranking,
                                   UUID assignment, int[] shownOrder) {

        public ComparisonAnswer(UUID item, UUID annotator, int responses, Integer preferred, int[] ranking) {
            this(item, annotator, responses, preferred, ranking, null, null);
        }
    }

    public record Comparisons(boolean ranking, List<ComparisonAnswer> answers) {
    }

    /** Empty lists for every measurable question of the schema, in schema order. */
    static AnswersByQuestion empty(LabelSchema schema) {
        var result = new AnswersByQuestion(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
        for (var q : schema.questions()) {
            switch (q) {
                case Choice c when !c.multiple() -> result.categorical.put(q.name(), new ArrayList<>());
                case Rating r -> result.categorical.put(q.name(), new ArrayList<>());
                case Choice c -> result.labelSets.put(q.name(), new ArrayList<>());
                case Spans s -> result.spans.put(q.name(), new ArrayList<>());
                case Boxes b -> result.boxes.put(q.name(), new ArrayList<>());
                case Comparison c -> result.comparisons.put(q.name(), new Comparisons(c.ranking(), new ArrayList<>()));
                default -> {
                }
            }
        }
        return result;
    }

    boolean isEmpty() {
        return categorical.isEmpty() && labelSets.isEmpty() && spans.isEmpty() && boxes.isEmpty() && comparisons.isEmpty();
    }

    /** Adds one annotation's answer; values that do not have the expected shape (an older schema's) are skipped. */
    void add(UUID item, UUID annotator, JsonNode answer) {
        add(item, annotator, null, answer);
    }

    /** As {@link #add(UUID, UUID, JsonNode)}, with the assignment the answer was given under. */
    void add(UUID item, UUID annotator, UUID assignment, JsonNode answer) {
        categorical.forEach((q, list) -> {
            String label = Consensus.label(answer.get(q));
            if (label != null) {
                list.add(new Consensus.Vote(item, annotator, label));
            }
        });
        labelSets.forEach((q, list) -> {
            JsonNode v = answer.get(q);
            if (v != null && v.isArray()) {
                var labels = new TreeSet<String>();
                v.forEach(e -> labels.add(e.isObject() ? "other" : e.asString()));
                list.add(new LabelSet(item, annotator, labels));
            }
        });
        spans.forEach((q, list) -> {
            JsonNode v = answer.get(q);
            if (v != null && v.isArray()) {
                var found = new ArrayList<Span>();
                for (JsonNode s : v) {
                    int start = s.path("start").asInt(-1);
                    int end = s.path("end").asInt(-1);
                    if (start >= 0 && end > start && s.path("label").isString()) {
                        found.add(new Span(start, end, s.get("label").asString()));
                    }
                }
                list.add(new SpanAnswer(item, annotator, found));
            }
        });
        boxes.forEach((q, list) -> {
            JsonNode v = answer.get(q);
            if (v != null && v.isObject() && v.path("objects").isArray()) {
                var found = new ArrayList<Box>();
                for (JsonNode o : v.get("objects")) {
                    Box box = box(o);
                    if (box != null) {
                        found.add(box);
                    }
                }
                list.add(new BoxAnswer(item, annotator, found));
            }
        });
        comparisons.forEach((q, c) -> {
            JsonNode v = answer.get(q);
            if (v == null || !v.isObject()) {
                return;
            }
            int[] shown = positions(v.get("shown_order"));
            int responses = shown == null ? 0 : shown.length;
            if (c.ranking() && v.path("ranking").isArray()) {
                JsonNode r = v.get("ranking");
                int[] ranks = new int[r.size()];
                for (int i = 0; i < ranks.length; i++) {
                    ranks[i] = r.get(i).asInt();
                }
                c.answers().add(new ComparisonAnswer(item, annotator, ranks.length, null, ranks, assignment, shown));
            } else if (!c.ranking() && v.has("preferred")) {
                JsonNode p = v.get("preferred");
                if (p.isNumber() && p.asInt() >= 0) {
                    c.answers().add(new ComparisonAnswer(item, annotator, Math.max(responses, p.asInt() + 1), p.asInt(), null, assignment, shown));
                } else if (Comparison.TIE.equals(p.asString("")) && responses > 0) {
                    c.answers().add(new ComparisonAnswer(item, annotator, responses, -1, null, assignment, shown));
                }
            }
        });
    }

    /** A whole-number array (a shown order), or null where the value is not one. */
    private static int[] positions(JsonNode v) {
        if (v == null || !v.isArray()) {
            return null;
        }
        int[] result = new int[v.size()];
        for (int i = 0; i < result.length; i++) {
            if (!v.get(i).isIntegralNumber()) {
                return null;
            }
            result[i] = v.get(i).asInt();
        }
        return result;
    }

    private static Box box(JsonNode o) {
        String label = o.path("class").asString("");
        if ("polygon".equals(o.path("type").asString("")) && o.path("points").isArray()) {
            var points = new ArrayList<double[]>();
            o.get("points").forEach(p -> points.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
            if (points.isEmpty()) {
                return null;
            }
            return aroundOrNull(label, points);
        }
        double w = o.path("width").asDouble(0);
        double h = o.path("height").asDouble(0);
        return w > 0 && h > 0 ? new Box(label, o.path("x").asDouble(), o.path("y").asDouble(), w, h) : null;
    }

    /** A polygon whose points lie on one line has no area: it cannot be compared by IoU and is left out. */
    private static Box aroundOrNull(String label, List<double[]> points) {
        Box around = Box.around(label, points);
        return around.width() > 0 && around.height() > 0 ? around : null;
    }
}
