package dev.annota.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SFT demonstration: the ideal assistant reply to the item's {@code prompt} or {@code messages}, in Markdown, of
 * {@code min_length..max_length} code points, with every heading of {@code required_sections} present (a Markdown
 * heading line whose text matches, case-insensitively, outside code blocks). Answer: {@code {"text": "..."}}. When
 * the item carries a model draft ({@code data.draft}), the server stores the edit from the draft next to the answer
 * (see {@link #derive}).
 */
public record Demonstration(String name, String title, boolean required, LabelSchema.Condition when, int minLength,
                            int maxLength, List<String> requiredSections) implements LabelSchema.Question {

    public static final String DRAFT_FIELD = "draft";

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    static Demonstration parse(JsonNode q, String at, String name, String title, boolean required,
                               LabelSchema.Condition when, SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("min_length", "max_length", "required_sections")));
        int min = reader.integer(q, "min_length", at, 1, 0, 200_000);
        int max = reader.integer(q, "max_length", at, 20_000, 1, 200_000);
        if (max < min) {
            reader.add(at + ".max_length", "must not be below min_length");
        }
        return new Demonstration(name, title, required, when, min, max, reader.strings(q, "required_sections", at, 1, false));
    }

    @Override
    public String type() {
        return "demonstration";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        if (!LabelSchema.objectOf(value, field, "{\"text\": \"...\"}", List.of("text"), violations)) {
            return;
        }
        JsonNode text = value.get("text");
        int before = violations.size();
        LabelSchema.checkText(text, field + ".text", true, minLength, maxLength, violations);
        if (violations.size() > before) {
            return;
        }
        List<String> headings = headings(text.stringValue());
        for (String section : requiredSections) {
            if (!headings.contains(section.strip().toLowerCase(Locale.ROOT))) {
                violations.add(new Violation(field + ".text", "lacks the required section '" + section
                        + "' (a Markdown heading such as '## " + section + "')"));
            }
        }
    }

    /**
     * With a draft in the item: {@code {"draft_field": "draft", "changed": bool, "word_edit_distance": n,
     * "draft_words": n, "final_words": n, "unified_diff": "--- draft\n+++ final\n@@ ..."}}; null without a draft.
     */
    @Override
    public JsonNode derive(JsonNode value, JsonNode data) {
        JsonNode draft = data == null ? null : data.get(DRAFT_FIELD);
        JsonNode text = value.get("text");
        if (draft == null || !draft.isString() || text == null || !text.isString()) {
            return null;
        }
        String from = draft.stringValue();
        String to = text.stringValue();
        ObjectNode edit = JsonNodeFactory.instance.objectNode();
        edit.put("draft_field", DRAFT_FIELD);
        edit.put("changed", !from.equals(to));
        List<String> fromWords = Edits.words(from);
        List<String> toWords = Edits.words(to);
        edit.put("word_edit_distance", Edits.distance(fromWords, toWords));
        edit.put("draft_words", fromWords.size());
        edit.put("final_words", toWords.size());
        edit.put("unified_diff", Edits.unifiedDiff(from, to, "draft", "final"));
        return edit;
    }

    /** Heading texts of a Markdown document, lower-cased, skipping fenced code blocks. */
    static List<String> headings(String markdown) {
        var result = new ArrayList<String>();
        boolean inFence = false;
        for (String line : markdown.split("\r?\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!inFence && m.matches()) {
                result.add(m.group(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }
}
