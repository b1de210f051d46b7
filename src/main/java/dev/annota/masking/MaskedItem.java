package dev.annota.masking;

import java.util.Map;

/**
 * What masking did to one item's data: each masked text field by its path ({@code text}, {@code responses/0/content}),
 * only those where something was replaced.
 */
public record MaskedItem(Map<String, MaskedText> texts) {

    public MaskedItem {
        texts = Map.copyOf(texts);
    }

    public static MaskedItem nothing() {
        return new MaskedItem(Map.of());
    }
}
