package dev.annota.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's label configuration: the questions an annotator answers for each item, each one a control (choice,
 * spans, comparison, demonstration, conversation_rating, rating, text, boxes), optionally shown only when an earlier
 * answer matches. The language is documented in docs/label-schema.md. Example:
 * <pre>{"questions":[{"name":"sentiment","type":"choice","options":["positive","negative"]},
 *  {"name":"why","type":"text","when":{"question":"sentiment","equals":"negative"}}]}</pre>
 * An answer is a JSON object with one property per question name. Controls that work on the item (spans over its
 * text, a comparison of its responses, boxes on its image...) are checked against the item's data.
 */
public record LabelSchema(List<Question> questions) {

    /** Whose answer is being checked: an annotator's, or a model prediction imported with an item. */
    public enum Mode {
        /** Required questions must be answered and presentation facts (the order responses were shown) recorded. */
        ANSWER,
        /** A pre-fill: may leave questions out and carries no presentation facts; values are checked as strictly. */
        PREDICTION
    }

    /** One question of a schema. */
    public sealed interface Question
            permits Choice, Spans, Comparison, Demonstration, ConversationRating, Rating, TextQuestion, Boxes {
        String name();

        String title();

        /** The control's type as written in the schema ({@code choice}, {@code spans}, ...). */
        String type();

        boolean required();

        /** Shown (and answerable) only when this condition holds; null: always shown. */
        Condition when();

        /** Adds what is wrong with a (non-null) answer value; {@code field} is its JSON path, e.g. answer.entities. */
        void check(JsonNode value, JsonNode data, String field, Mode mode, List<Violation> violations);

        /** The value as compared with a prediction: facts of presentation left out, order-free parts sorted. */
        default JsonNode normalize(JsonNode value) {
            return value;
        }

        /** Facts the server computes from an answer and the item (a demonstration's edit from its draft), or null. */
        default JsonNode derive(JsonNode value, JsonNode data) {
            return null;
        }
    }

    /**
     * Show a question only when an earlier choice or rating question's answer is one of {@code values} (for a
     * multiple choice: includes one of them). Written {@code {"question": "a", "equals": "x"}} or
     * {@code {"question": "a", "in": ["x", "y"]}}.
     */
    public record Condition(String question, List<JsonNode> values) {

        boolean matches(JsonNode answer) {
            if (answer == null || answer.isNull()) {
                return false;
            }
            if (answer.isArray()) {
                for (JsonNode element : answer) {
                    if (matches(element)) {
                        return true;
                    }
                }
                return false;
            }
            for (JsonNode value : values) {
                if (sameValue(value, answer)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<String> COMMON = List.of("name", "title", "type", "required", "when", "description");

    /** Reads and checks a schema document; throws {@link InvalidLabelSchema} naming every wrong field. */
    public static LabelSchema parse(JsonNode document) {
        var reader = new SchemaReader();
        var questions = new ArrayList<Question>();
        JsonNode list = document == null ? null : document.get("questions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            reader.add("questions", "list at least one question");
            throw new InvalidLabelSchema(reader.violations);
        }
        if (list.size() > 50) {
            reader.add("questions", "at most 50 questions");
        }
        for (String name : document.propertyNames()) {
            if (!name.equals("questions")) {
                reader.add(name, "is not part of a label schema; a schema is {\"questions\": [...]}");
            }
        }
        Map<String, Question> byName = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode q = list.get(i);
            String at = "questions[" + i + "]";
            if (!q.isObject()) {
                reader.add(at, "must be an object");
                continue;
            }
            String name = q.path("name").asString("");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                reader.add(at + ".name", "must be an identifier (letters, digits, _; up to 64)");
            } else if (byName.containsKey(name)) {
                reader.add(at + ".name", "'" + name + "' is used by another question");
            }
            String title = reader.string(q, "title", at, name);
            boolean required = reader.bool(q, "required", at, true);
            Condition when = condition(q.get("when"), at + ".when", byName, reader);
            String type = q.path("type").asString("");
            Question question = switch (type) {
                case "choice" -> Choice.parse(q, at, name, title, required, when, reader);
                case "spans" -> Spans.parse(q, at, name, title, required, when, reader);
                case "comparison" -> Comparison.parse(q, at, name, title, required, when, reader);
                case "demonstration" -> Demonstration.parse(q, at, name, title, required, when, reader);
                case "conversation_rating" -> ConversationRating.parse(q, at, name, title, required, when, reader);
                case "rating" -> Rating.parse(q, at, name, title, required, when, reader);
                case "text" -> TextQuestion.parse(q, at, name, title, required, when, reader);
                case "boxes" -> Boxes.parse(q, at, name, title, required, when, reader);
                default -> {
                    reader.add(at + ".type", "unknown type '" + type + "'; known: " + TYPES);
                    yield null;
                }
            };
            if (question != null && !byName.containsKey(name)) {
                byName.put(name, question);
                questions.add(question);
            }
        }
        if (!reader.violations.isEmpty()) {
            throw new InvalidLabelSchema(reader.violations);
        }
        return new LabelSchema(List.copyOf(questions));
    }

    static final List<String> TYPES = List.of("choice", "spans", "comparison", "demonstration", "conversation_rating",
            "rating", "text", "boxes");

    private static Condition condition(JsonNode when, String at, Map<String, Question> earlier, SchemaReader reader) {
        if (when == null || when.isNull()) {
            return null;
        }
        if (!when.isObject()) {
            reader.add(at, "must be {\"question\": \"<earlier question>\", \"equals\": <value>} or with \"in\": [values]");
            return null;
        }
        reader.onlyKnown(when, at, List.of("question", "equals", "in"));
        String name = when.path("question").asString("");
        Question target = earlier.get(name);
        if (target == null) {
            reader.add(at + ".question", "'" + name + "' is not a question listed before this one");
            return null;
        }
        if (!(target instanceof Choice) && !(target instanceof Rating)) {
            reader.add(at + ".question", "a condition can depend on a choice or rating question, not on '" + target.type() + "'");
            return null;
        }
        var values = new ArrayList<JsonNode>();
        if (when.has("equals") == when.has("in")) {
            reader.add(at, "give either \"equals\": value or \"in\": [values]");
            return null;
        }
        if (when.has("equals")) {
            values.add(when.get("equals"));
        } else if (!when.get("in").isArray() || when.get("in").isEmpty()) {
            reader.add(at + ".in", "must be a non-empty list of values");
        } else {
            when.get("in").forEach(values::add);
        }
        for (JsonNode value : values) {
            boolean possible = switch (target) {
                case Choice c -> value.isString() && c.options().contains(value.stringValue());
                case Rating r -> r.scale().contains(value);
                default -> false;
            };
            if (!possible) {
                reader.add(at, value + " is not a possible answer of '" + name + "'");
            }
        }
        return new Condition(name, List.copyOf(values));
    }

    public Question question(String name) {
        for (Question question : questions) {
            if (question.name().equals(name)) {
                return question;
            }
        }
        return null;
    }

    /** Compatibility for callers without the item: checks an answer as if the item's data were empty. */
    public List<Violation> check(JsonNode answer) {
        return check(answer, JsonNodeFactory.instance.objectNode(), Mode.ANSWER);
    }

    /** What is wrong with an annotator's answer for an item with {@code data}; empty when the answer is valid. */
    public List<Violation> check(JsonNode answer, JsonNode data) {
        return check(answer, data, Mode.ANSWER);
    }

    /**
     * What is wrong with an answer, as violations naming each field ({@code answer.spans[2].end}). A question whose
     * condition does not hold is hidden: it is not required, and an answer to it is rejected.
     */
    public List<Violation> check(JsonNode answer, JsonNode data, Mode mode) {
        var violations = new ArrayList<Violation>();
        if (answer == null || !answer.isObject()) {
            violations.add(new Violation("answer", "must be an object with one property per question"));
            return violations;
        }
        JsonNode item = data == null ? JsonNodeFactory.instance.objectNode() : data;
        Set<String> known = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (Question question : questions) {
            known.add(question.name());
            String field = "answer." + question.name();
            JsonNode value = answer.get(question.name());
            boolean present = value != null && !value.isNull();
            Condition when = question.when();
            boolean visible = when == null || (shown.contains(when.question()) && when.matches(answer.get(when.question())));
            if (!visible) {
                if (present) {
                    violations.add(new Violation(field, "must not be answered: it is shown only when '" + when.question()
                            + "' is " + (when.values().size() == 1 ? when.values().getFirst() : "one of " + when.values())));
                }
                continue;
            }
            shown.add(question.name());
            if (!present) {
                if (question.required() && mode == Mode.ANSWER) {
                    violations.add(new Violation(field, "is required"));
                }
                continue;
            }
            question.check(value, item, field, mode, violations);
        }
        for (String name : answer.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(new Violation("answer." + name, "is not a question of this schema"));
            }
        }
        return violations;
    }

    /**
     * Whether an annotator's answer keeps the prediction unchanged: every question the prediction answers has the same
     * answer, compared after each control's normalisation (a comparison's shown order left out, spans in any order),
     * numbers by value (2 equals 2.0). Questions the prediction leaves out were completed, not changed: they do not count.
     */
    public boolean sameAnswer(JsonNode prediction, JsonNode answer) {
        ObjectNode predicted = normalize(prediction);
        ObjectNode given = normalize(answer);
        for (var entry : predicted.properties()) {
            JsonNode value = given.get(entry.getKey());
            if (value == null || !entry.getValue().equals(NUMERIC, value)) {
                return false;
            }
        }
        return true;
    }

    private ObjectNode normalize(JsonNode answer) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (answer == null || !answer.isObject()) {
            return result;
        }
        for (var entry : answer.properties()) {
            if (entry.getValue() == null || entry.getValue().isNull()) {
                continue;
            }
            Question question = question(entry.getKey());
            result.set(entry.getKey(), question == null ? entry.getValue() : question.normalize(entry.getValue()));
        }
        return result;
    }

    /** Server-computed facts per question (e.g. a demonstration's edit from the draft), or null when there are none. */
    public JsonNode derive(JsonNode answer, JsonNode data) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (answer == null || !answer.isObject()) {
            return null;
        }
        for (Question question : questions) {
            JsonNode value = answer.get(question.name());
            if (value != null && !value.isNull()) {
                JsonNode derived = question.derive(value, data);
                if (derived != null) {
                    result.set(question.name(), derived);
                }
            }
        }
        return result.isEmpty() ? null : result;
    }

    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = a.decimalValue();
            return x.compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** Length of a string in Unicode code points: the unit of every length and offset in the schema language. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Checks an optional free text: a string within the limits (code points); blank counts as missing. */
    static void checkText(JsonNode value, String field, boolean required, int min, int max, List<Violation> violations) {
        if (value == null || value.isNull()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return;
        }
        if (!value.isString()) {
            violations.add(new Violation(field, "must be a string"));
            return;
        }
        int length = length(value.stringValue());
        if (required && value.stringValue().isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        } else if (length < min || length > max) {
            violations.add(new Violation(field, "must be " + min + " to " + max + " characters (code points); it has " + length));
        }
    }

    /** Adds a violation for each property of {@code value} not in {@code known}. */
    /**
     * Whether an answer is an object: if it is not, one violation saying it must be {@code shape}; if it is, one for
     * each of its properties not {@code known}.
     */
    static boolean objectOf(JsonNode value, String field, String shape, List<String> known, List<Violation> violations) {
        if (!value.isObject()) {
            violations.add(new Violation(field, "must be " + shape));
            return false;
        }
        onlyKnown(value, field, known, violations);
        return true;
    }

    /**
     * Whether a list of marks (boxes, spans) is within its question's {@code max}; a longer one is refused and not checked
     * further. An answer with fewer than {@code min} is refused too; a prediction may hold fewer. {@code verb} and
     * {@code noun} name the act and the mark in the refusal ("draw at least 2 object(s)").
     */
    static boolean countWithin(JsonNode marks, int min, int max, String field, String verb, String noun, Mode mode,
                               List<Violation> violations) {
        if (marks.size() < min && mode == Mode.ANSWER) {
            violations.add(new Violation(field, verb + " at least " + min + " " + noun + "(s)"));
        }
        if (marks.size() > max) {
            violations.add(new Violation(field, "at most " + max + " " + noun + "s"));
            return false;
        }
        return true;
    }

    static void onlyKnown(JsonNode value, String field, List<String> known, List<Violation> violations) {
        for (String name : value.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(new Violation(field + "." + name, "is not part of this answer; known: " + known));
            }
        }
    }
}
