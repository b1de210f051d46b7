package dev.annota.masking.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The placeholders of one item: the same value of a type gets the same placeholder in every field of the item
 * ({@code [EMAIL_1]} wherever that address appears), the next new one the next number.
 */
final class Placeholders {

    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    String of(String type, String value) {
        return byValue.computeIfAbsent(type + '\u0000' + value,
                k -> "[" + type + "_" + counts.merge(type, 1, Integer::sum) + "]");
    }
}
