package dev.annota.review.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.annota.annotation.Annotation;
import tools.jackson.databind.JsonNode;

/**
 * The answers of a complete item that disagree with its consensus: per question, the majority's answer (more than half
 * of the item's answers give it); an annotation differing from it on any question disagrees. A question without such
 * a majority has no consensus, and every answer to it is worth a review.
 */
final class Disagreement {

    private Disagreement() {
    }

    static Set<UUID> disagreeing(List<Annotation> answers) {
        var result = new LinkedHashSet<UUID>();
        if (answers.size() < 2) {
            return result;
        }
        Set<String> questions = new LinkedHashSet<>();
        answers.forEach(a -> a.answer().propertyNames().forEach(questions::add));
        for (String question : questions) {
            Map<String, Integer> counts = new HashMap<>();
            for (Annotation a : answers) {
                counts.merge(value(a.answer(), question), 1, Integer::sum);
            }
            String majority = counts.entrySet().stream().filter(e -> e.getValue() * 2 > answers.size())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            for (Annotation a : answers) {
                if (!value(a.answer(), question).equals(majority)) {
                    result.add(a.id());
                }
            }
        }
        return result;
    }

    /** A question's answer as comparable text; a missing answer is its own value. */
    private static String value(JsonNode answer, String question) {
        JsonNode v = answer.get(question);
        return v == null ? "<none>" : v.toString();
    }
}
