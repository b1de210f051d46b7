package dev.annota.masking.internal;

import dev.annota.masking.MaskedItem;
import dev.annota.masking.MaskedText;
import dev.annota.schema.LabelSchema;
import dev.annota.schema.Spans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries the offsets of an answer's spans between the original texts (what is stored and exported) and the masked
 * texts (what the workbench shows). Only spans questions hold offsets; their field is a top-level text of the item.
 * Values that are not whole numbers are left as they are, for the answer's check to name.
 */
final class SpanMapping {

    private SpanMapping() {
    }

    /** A copy of {@code answer} with its spans on the original texts (as submitted on the masked ones). */
    static JsonNode toOriginal(LabelSchema schema, MaskedItem item, JsonNode answer) {
        return map(schema, item, answer, true);
    }

    /** A copy of {@code answer} with its spans on the masked texts (as stored on the original ones). */
    static JsonNode toMasked(LabelSchema schema, MaskedItem item, JsonNode answer) {
        return map(schema, item, answer, false);
    }

    private static JsonNode map(LabelSchema schema, MaskedItem item, JsonNode answer, boolean toOriginal) {
        if (item.texts().isEmpty() || answer == null || !answer.isObject()) {
            return answer;
        }
        JsonNode copy = answer.deepCopy();
        for (LabelSchema.Question q : schema.questions()) {
            MaskedText text = q instanceof Spans s ? item.texts().get(s.field()) : null;
            JsonNode spans = text == null ? null : copy.get(q.name());
            if (spans == null || !spans.isArray()) {
                continue;
            }
            for (JsonNode span : spans) {
                if (span instanceof ObjectNode o && o.path("start").isIntegralNumber() && o.path("end").isIntegralNumber()) {
                    int start = o.get("start").asInt();
                    int end = o.get("end").asInt();
                    int newStart = toOriginal ? text.originalStart(start) : text.maskedStart(start);
                    int newEnd = toOriginal ? text.originalEnd(end) : text.maskedEnd(end);
                    o.put("start", newStart);
                    o.put("end", newEnd);
                    JsonNode sent = o.get("text");
                    // The covered text as the receiving side has it. A submitted text that is not what the masked
                    // text covers stays as sent, so the answer's check still catches offsets counted wrong.
                    boolean carry = sent != null && sent.isString()
                            && (!toOriginal || sent.stringValue().equals(text.maskedBetween(start, end)));
                    String covered = toOriginal ? text.originalBetween(newStart, newEnd) : text.maskedBetween(newStart, newEnd);
                    if (carry && covered != null) {
                        o.put("text", covered);
                    }
                }
            }
        }
        return copy;
    }
}
