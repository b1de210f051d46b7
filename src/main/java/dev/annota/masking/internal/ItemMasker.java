package dev.annota.masking.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.annota.masking.MaskedItem;
import dev.annota.masking.MaskedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Masks the text fields of one item's data that the rules name, in place, numbering placeholders across the item. */
final class ItemMasker {

    private ItemMasker() {
    }

    static MaskedItem mask(JsonNode data, MaskingRules rules) {
        var texts = new LinkedHashMap<String, MaskedText>();
        var placeholders = new Placeholders();
        for (var rule : rules.fields()) {
            walk(data, rule.segments(), 0, "", rule.detectors(), placeholders, texts);
        }
        return new MaskedItem(texts);
    }

    private static void walk(JsonNode node, List<String> segments, int at, String path, List<Detector> detectors,
                             Placeholders placeholders, Map<String, MaskedText> texts) {
        String segment = segments.get(at);
        boolean last = at == segments.size() - 1;
        if (node instanceof ObjectNode object && !segment.equals("*")) {
            JsonNode child = object.get(segment);
            if (child == null) {
                return;
            }
            String childPath = path.isEmpty() ? segment : path + "/" + segment;
            if (last) {
                if (child.isString()) {
                    object.put(segment, masked(child.stringValue(), childPath, detectors, placeholders, texts));
                }
            } else {
                walk(child, segments, at + 1, childPath, detectors, placeholders, texts);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!segment.equals("*") && !segment.equals(String.valueOf(i))) {
                    continue;
                }
                String childPath = (path.isEmpty() ? "" : path + "/") + i;
                JsonNode child = array.get(i);
                if (last) {
                    if (child.isString()) {
                        array.set(i, masked(child.stringValue(), childPath, detectors, placeholders, texts));
                    }
                } else {
                    walk(child, segments, at + 1, childPath, detectors, placeholders, texts);
                }
            }
        }
    }

    private static String masked(String text, String path, List<Detector> detectors, Placeholders placeholders,
                                 Map<String, MaskedText> texts) {
        MaskedText m = TextMasker.mask(text, detectors, placeholders);
        if (!m.replacements().isEmpty()) {
            texts.put(path, m);
        }
        return m.masked();
    }
}
