package dev.annota.work.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;
import dev.annota.work.Writing;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header {@value #HEADER} of a submit: a JSON object, question name -> the aggregates of how that free-text answer
 * was written ({@link Writing}). Sent beside the answer as Active-Millis is, so the answer's body keeps the schema's
 * shape. Absent is none (API clients, old workbenches); anything else is checked field by field before anything is
 * stored: a header that is not JSON is malformed (400), an unknown field or a value out of bounds breaks a rule (422).
 */
final class WritingHeader {

    static final String HEADER = "Answer-Writing";
    static final int MAX_CHARS = 16_000;
    static final int MAX_QUESTIONS = 50;

    private static final Set<String> FIELDS = Set.of("length", "pastes", "pastedChars", "pastedShare", "keystrokes",
            "medianKeyMs", "typingMs", "firstKeyMs", "draftDistance");
    private static final long DAY_MS = 86_400_000L;

    private WritingHeader() {
    }

    /** The aggregates per question, in the header's order; empty for no header. */
    static Map<String, Writing> read(String header, JsonMapper json) {
        var result = new LinkedHashMap<String, Writing>();
        if (header == null || header.isBlank()) {
            return result;
        }
        if (header.length() > MAX_CHARS) {
            throw new Invalid(HEADER + " is at most " + MAX_CHARS + " characters.").with("field", HEADER);
        }
        JsonNode root;
        try {
            root = json.readTree(header);
        } catch (JacksonException e) {
            throw new Invalid(Kind.MALFORMED, null, HEADER + " is a JSON object: question name -> how its answer was written.")
                    .with("field", HEADER);
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(HEADER + " is a JSON object: question name -> how its answer was written.").with("field", HEADER);
        }
        if (root.size() > MAX_QUESTIONS) {
            throw new Invalid(HEADER + " names at most " + MAX_QUESTIONS + " questions.").with("field", HEADER);
        }
        for (var entry : root.properties()) {
            String question = entry.getKey();
            String at = HEADER + "." + question;
            if (question.isEmpty() || question.length() > 100) {
                throw new Invalid("A question name in " + HEADER + " is 1 to 100 characters.").with("field", HEADER);
            }
            JsonNode w = entry.getValue();
            if (!w.isObject()) {
                throw new Invalid(at + " is an object of writing aggregates.").with("field", at);
            }
            for (String name : w.propertyNames()) {
                if (!FIELDS.contains(name)) {
                    throw new Invalid("Unknown field '" + name + "' in " + at + ": it takes " + String.join(", ",
                            FIELDS.stream().sorted().toList()) + ".").with("field", at + "." + name);
                }
            }
            int length = (int) whole(w, at, "length", 1_000_000);
            long pastedChars = whole(w, at, "pastedChars", 100_000_000);
            Writing writing = new Writing(length, (int) whole(w, at, "pastes", 100_000), pastedChars,
                    share(w, at), whole(w, at, "keystrokes", 100_000_000), optionalInt(w, at, "medianKeyMs", DAY_MS),
                    whole(w, at, "typingMs", 7 * DAY_MS), optional(w, at, "firstKeyMs", 7 * DAY_MS),
                    optionalInt(w, at, "draftDistance", 1_000_000));
            result.put(question, writing);
        }
        return result;
    }

    private static double share(JsonNode w, String at) {
        JsonNode v = w.get("pastedShare");
        if (v == null || !v.isNumber() || v.doubleValue() < 0 || v.doubleValue() > 1) {
            throw new Invalid(at + ".pastedShare is a number from 0 to 1.").with("field", at + ".pastedShare");
        }
        return v.doubleValue();
    }

    private static Integer optionalInt(JsonNode w, String at, String field, long max) {
        Long v = optional(w, at, field, max);
        return v == null ? null : v.intValue();
    }

    private static Long optional(JsonNode w, String at, String field, long max) {
        JsonNode v = w.get(field);
        return v == null || v.isNull() ? null : whole(w, at, field, max);
    }

    private static long whole(JsonNode w, String at, String field, long max) {
        JsonNode v = w.get(field);
        if (v == null || !v.isIntegralNumber() || v.longValue() < 0 || v.longValue() > max) {
            throw new Invalid(at + "." + field + " is a whole number from 0 to " + max + ".").with("field", at + "." + field);
        }
        return v.longValue();
    }
}
