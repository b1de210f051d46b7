package dev.annota.annotation.internal;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * What the items list shows of an item, and whether it matches a text search: computed from the item's data as the
 * manager's view opens it (payloads are sealed at rest, so neither can be asked of the database).
 *
 * @param text  the first words of the item's text (its {@code text}, else {@code prompt}, else the first message's
 *              content, else its first string anywhere), at most {@value #LENGTH} characters; null when it has none
 * @param image the URL of an image item's picture, null otherwise
 */
record ItemPreview(String text, String image) {

    static final int LENGTH = 160;

    static ItemPreview of(JsonNode data) {
        String image = data.path("image").path("url").isString() ? data.path("image").path("url").stringValue() : null;
        String text = firstText(data);
        return new ItemPreview(text == null ? null : shortened(text), image);
    }

    /** Whether any string of the item's data contains {@code needle}, ignoring case. */
    static boolean matches(JsonNode data, String needle) {
        return contains(data, needle.toLowerCase(Locale.ROOT));
    }

    private static boolean contains(JsonNode node, String needle) {
        if (node.isString()) {
            return node.stringValue().toLowerCase(Locale.ROOT).contains(needle);
        }
        for (JsonNode child : node) {
            if (contains(child, needle)) {
                return true;
            }
        }
        return false;
    }

    private static String firstText(JsonNode data) {
        for (String field : new String[] {"text", "prompt"}) {
            if (data.path(field).isString()) {
                return data.path(field).stringValue();
            }
        }
        JsonNode first = data.path("messages").path(0).path("content");
        return first.isString() ? first.stringValue() : anyString(data);
    }

    private static String anyString(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        for (JsonNode child : node) {
            String found = anyString(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whitespace runs as one space, cut at a word boundary with an ellipsis. */
    private static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= LENGTH) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, LENGTH));
        int space = cut.lastIndexOf(' ');
        return (space > LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
