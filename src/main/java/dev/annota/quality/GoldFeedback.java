package dev.annota.quality;

import tools.jackson.databind.JsonNode;

/**
 * Shown after a submit only when the item was a gold item (an item whose answer the project knows) and the answer
 * missed it: the answer expected, to learn from. A right answer to a gold item gets no feedback, exactly as an
 * ordinary item, so the response never tells which items are gold.
 */
public record GoldFeedback(String message, JsonNode expectedAnswer) {
}
