package dev.annota.schema;

import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order in which a comparison's responses are shown to one annotator, and what of the responses they are shown.
 * <p>
 * The order is drawn from a generator seeded with the assignment's id, so it is random per assignment and yet stored
 * with nothing but the assignment: anyone holding the assignment id can recompute it and audit that the annotator saw
 * what the answer's {@code shown_order} says. The algorithm is fixed for that reason: {@link Random} (its linear
 * congruential generator is specified by the JDK) seeded with the id's two halves XORed, then Fisher–Yates from the
 * end: for i = n−1 down to 1, swap i with {@code nextInt(i + 1)}.
 * <p>
 * The responses' {@code model} names are left out of what an annotator is served: knowing which model wrote a
 * response is the bias the model rankings must not measure.
 */
public final class ShownOrder {

    private ShownOrder() {
    }

    /** The order for {@code assignment}: {@code order[k]} is the response shown at position k. */
    public static int[] of(UUID assignment, int responses) {
        int[] order = new int[responses];
        for (int i = 0; i < responses; i++) {
            order[i] = i;
        }
        var random = new Random(assignment.getMostSignificantBits() ^ assignment.getLeastSignificantBits());
        for (int i = responses - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** How many responses the item data holds (0 when it holds none). */
    public static int responses(JsonNode data) {
        JsonNode responses = data == null ? null : data.get("responses");
        return responses != null && responses.isArray() ? responses.size() : 0;
    }

    /** The item data as an annotator is served it: every response's {@code model} removed (in place; returned). */
    public static JsonNode withoutModels(JsonNode data) {
        JsonNode responses = data == null ? null : data.get("responses");
        if (responses != null && responses.isArray()) {
            for (JsonNode r : responses) {
                if (r instanceof ObjectNode o) {
                    o.remove("model");
                }
            }
        }
        return data;
    }
}
