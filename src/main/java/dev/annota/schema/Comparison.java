package dev.annota.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RLHF comparison of the item's {@code responses} (2..N, to a {@code prompt} or a {@code messages} conversation).
 * Responses are referred to by their 0-based position in the item's {@code responses} list, whatever order the
 * annotator saw them in. Answer:
 * <pre>{"shown_order": [1, 0, 2], "preferred": 1, "strength": "much better",
 *  "scores": [{"helpfulness": 4, "honesty": 5}, ...one per response...], "rationale": "..."}</pre>
 * or, in {@code "mode": "ranking"}, {@code "ranking": [2, 1, 2]} (rank per response, 1 = best, ties share a rank,
 * ranks dense). {@code shown_order[k]} is the response shown at position k: required in annotations, so position bias
 * can be measured, optional in predictions.
 */
public record Comparison(String name, String title, boolean required, LabelSchema.Condition when, String mode,
                         boolean ties, List<String> strength, List<Criterion> rubric, Rationale rationale)
        implements LabelSchema.Question {

    /** A rubric criterion each response is scored on. */
    public record Criterion(String name, String title, Scale scale) {
    }

    /** The written justification: asked when the schema has {@code rationale}. */
    public record Rationale(boolean required, int minLength, int maxLength) {
    }

    public static final String TIE = "tie";

    static Comparison parse(JsonNode q, String at, String name, String title, boolean required,
                            LabelSchema.Condition when, SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("mode", "ties", "strength", "rubric", "rationale")));
        String mode = reader.string(q, "mode", at, "preferred");
        if (!mode.equals("preferred") && !mode.equals("ranking")) {
            reader.add(at + ".mode", "must be \"preferred\" (pick the best response) or \"ranking\" (rank them all)");
        }
        List<String> strength = reader.strings(q, "strength", at, 2, false);
        var rubric = new ArrayList<Criterion>();
        JsonNode criteria = q.get("rubric");
        if (criteria != null && !criteria.isNull()) {
            if (!criteria.isArray()) {
                reader.add(at + ".rubric", "must be a list of {\"name\", \"title\", \"scale\"}");
            } else {
                Set<String> names = new HashSet<>();
                for (int i = 0; i < criteria.size(); i++) {
                    JsonNode c = criteria.get(i);
                    String cat = at + ".rubric[" + i + "]";
                    if (!c.isObject()) {
                        reader.add(cat, "must be {\"name\", \"title\", \"scale\"}");
                        continue;
                    }
                    reader.onlyKnown(c, cat, List.of("name", "title", "scale", "description"));
                    String cname = c.path("name").asString("");
                    if (!cname.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                        reader.add(cat + ".name", "must be an identifier (letters, digits, _; up to 64)");
                    } else if (!names.add(cname)) {
                        reader.add(cat + ".name", "'" + cname + "' is listed twice");
                    }
                    Scale scale = reader.scale(c, "scale", cat, true);
                    rubric.add(new Criterion(cname, reader.string(c, "title", cat, cname), scale));
                }
            }
        }
        Rationale rationale = null;
        JsonNode r = q.get("rationale");
        if (r != null && !r.isNull() && !(r.isBoolean() && !r.booleanValue())) {
            if (r.isBoolean()) {
                rationale = new Rationale(true, 1, 5000);
            } else if (r.isObject()) {
                reader.onlyKnown(r, at + ".rationale", List.of("required", "min_length", "max_length"));
                rationale = new Rationale(reader.bool(r, "required", at + ".rationale", true),
                        reader.integer(r, "min_length", at + ".rationale", 1, 0, 100_000),
                        reader.integer(r, "max_length", at + ".rationale", 5000, 1, 100_000));
            } else {
                reader.add(at + ".rationale", "must be true, false or {\"required\", \"min_length\", \"max_length\"}");
            }
        }
        return new Comparison(name, title, required, when, mode, reader.bool(q, "ties", at, false), strength,
                List.copyOf(rubric), rationale);
    }

    @Override
    public String type() {
        return "comparison";
    }

    public boolean ranking() {
        return mode.equals("ranking");
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode checkMode, List<Violation> violations) {
        JsonNode responses = data.get("responses");
        if (responses == null || !responses.isArray() || responses.size() < 2) {
            violations.add(new Violation(field, "the item has no list of responses to compare"));
            return;
        }
        if (!LabelSchema.objectOf(value, field, "an object such as {\"shown_order\": [...], \"preferred\": 0}",
                List.of("shown_order", "preferred", "ranking", "strength", "scores", "rationale"), violations)) {
            return;
        }
        int n = responses.size();
        JsonNode order = value.get("shown_order");
        if (order == null || order.isNull()) {
            if (checkMode == LabelSchema.Mode.ANSWER) {
                violations.add(new Violation(field + ".shown_order", "is required: the response positions (0.." + (n - 1)
                        + ") in the order they were shown"));
            }
        } else if (!isPermutation(order, n)) {
            violations.add(new Violation(field + ".shown_order", "must list each response position 0.." + (n - 1) + " once"));
        }
        boolean tie = false;
        if (ranking()) {
            if (value.has("preferred")) {
                violations.add(new Violation(field + ".preferred", "this comparison asks for a ranking, not a preferred response"));
            }
            JsonNode ranks = value.get("ranking");
            if (ranks == null || !ranks.isArray() || ranks.size() != n) {
                violations.add(new Violation(field + ".ranking", "must give a rank (1 = best) for each of the " + n + " responses"));
            } else {
                var distinct = new TreeSet<Integer>();
                int best = 0;
                for (int i = 0; i < n; i++) {
                    JsonNode rank = ranks.get(i);
                    if (!rank.isIntegralNumber() || !rank.canConvertToInt() || rank.intValue() < 1 || rank.intValue() > n) {
                        violations.add(new Violation(field + ".ranking[" + i + "]", "must be a rank from 1 to " + n));
                        distinct = null;
                        break;
                    }
                    distinct.add(rank.intValue());
                    best += rank.intValue() == 1 ? 1 : 0;
                }
                if (distinct != null) {
                    if (distinct.size() < n && !ties) {
                        violations.add(new Violation(field + ".ranking", "ties are not allowed: give each response its own rank 1.." + n));
                    } else if (distinct.first() != 1 || distinct.last() != distinct.size()) {
                        violations.add(new Violation(field + ".ranking", "ranks must start at 1 and leave no gaps (e.g. [1, 2, 2, 3])"));
                    }
                    tie = best > 1;
                }
            }
        } else {
            if (value.has("ranking")) {
                violations.add(new Violation(field + ".ranking", "this comparison asks for the preferred response, not a ranking"));
            }
            JsonNode preferred = value.get("preferred");
            if (preferred != null && preferred.isString() && preferred.stringValue().equals(TIE) && ties) {
                tie = true;
            } else if (preferred == null || !preferred.isIntegralNumber() || !preferred.canConvertToInt()
                    || preferred.intValue() < 0 || preferred.intValue() >= n) {
                violations.add(new Violation(field + ".preferred", "must be the position of a response, 0.." + (n - 1)
                        + (ties ? ", or \"tie\"" : "")));
            }
        }
        JsonNode strengthValue = value.get("strength");
        if (strength.isEmpty()) {
            if (strengthValue != null && !strengthValue.isNull()) {
                violations.add(new Violation(field + ".strength", "this schema does not ask for a preference strength"));
            }
        } else if (tie) {
            if (strengthValue != null && !strengthValue.isNull()) {
                violations.add(new Violation(field + ".strength", "a tie has no preference strength"));
            }
        } else if (strengthValue == null || strengthValue.isNull()) {
            if (checkMode == LabelSchema.Mode.ANSWER) {
                violations.add(new Violation(field + ".strength", "is required: one of " + strength));
            }
        } else if (!strengthValue.isString() || !strength.contains(strengthValue.stringValue())) {
            violations.add(new Violation(field + ".strength", "must be one of " + strength));
        }
        JsonNode scores = value.get("scores");
        if (rubric.isEmpty()) {
            if (scores != null && !scores.isNull()) {
                violations.add(new Violation(field + ".scores", "this schema has no rubric to score"));
            }
        } else if (scores == null || scores.isNull()) {
            if (checkMode == LabelSchema.Mode.ANSWER) {
                violations.add(new Violation(field + ".scores", "is required: one object of rubric scores per response"));
            }
        } else if (!scores.isArray() || scores.size() != n) {
            violations.add(new Violation(field + ".scores", "must hold one object of rubric scores for each of the " + n + " responses"));
        } else {
            List<String> names = rubric.stream().map(Criterion::name).toList();
            for (int i = 0; i < n; i++) {
                JsonNode one = scores.get(i);
                String at = field + ".scores[" + i + "]";
                if (!one.isObject()) {
                    violations.add(new Violation(at, "must be an object with a score per criterion " + names));
                    continue;
                }
                LabelSchema.onlyKnown(one, at, names, violations);
                for (Criterion criterion : rubric) {
                    JsonNode score = one.get(criterion.name());
                    if (score == null || score.isNull()) {
                        if (checkMode == LabelSchema.Mode.ANSWER) {
                            violations.add(new Violation(at + "." + criterion.name(), "is required"));
                        }
                    } else {
                        criterion.scale().check(score, at + "." + criterion.name(), violations);
                    }
                }
            }
        }
        JsonNode text = value.get("rationale");
        if (rationale == null) {
            if (text != null && !text.isNull()) {
                violations.add(new Violation(field + ".rationale", "this schema does not ask for a rationale"));
            }
        } else {
            LabelSchema.checkText(text, field + ".rationale", rationale.required() && checkMode == LabelSchema.Mode.ANSWER,
                    rationale.minLength(), rationale.maxLength(), violations);
        }
    }

    /** Without the order the responses were shown in: that is a fact of presentation, not of judgement. */
    @Override
    public JsonNode normalize(JsonNode value) {
        if (!value.isObject()) {
            return value;
        }
        ObjectNode copy = ((ObjectNode) value).deepCopy();
        copy.remove("shown_order");
        return copy;
    }

    private static boolean isPermutation(JsonNode order, int n) {
        if (!order.isArray() || order.size() != n) {
            return false;
        }
        var seen = new HashSet<Integer>();
        for (JsonNode position : order) {
            if (!position.isIntegralNumber() || !position.canConvertToInt() || position.intValue() < 0
                    || position.intValue() >= n || !seen.add(position.intValue())) {
                return false;
            }
        }
        return true;
    }

    /** A response's text: the entry itself when a string, else its {@code content}. */
    public static String responseContent(JsonNode response) {
        if (response == null) {
            return null;
        }
        if (response.isString()) {
            return response.stringValue();
        }
        JsonNode content = response.get("content");
        return content != null && content.isString() ? content.stringValue() : null;
    }
}
