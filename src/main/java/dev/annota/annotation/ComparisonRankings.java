package dev.annota.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import dev.annota.statistics.BradleyTerry;

/**
 * Bradley–Terry rankings from comparison answers: of the responses of each prompt (item), and of the models behind
 * the responses over the whole project. Each answer is read as pairwise outcomes: a preferred response beats every
 * other response of the item; a tie ties every pair; a ranking gives one outcome per pair of responses (the better
 * rank wins, equal ranks tie). Fitted with {@link #PRIOR} virtual win and loss per contender against a reference
 * (see {@link BradleyTerry}), so that a response preferred by everyone still gets a finite score.
 */
public final class ComparisonRankings {

    public static final double PRIOR = 1;

    private ComparisonRankings() {
    }

    /** Per item, its responses ranked; contender names are the responses' positions ("0", "1", ...). */
    public static Map<UUID, List<BradleyTerry.Standing>> perItem(AnswersByQuestion.Comparisons comparisons) {
        var models = new LinkedHashMap<UUID, BradleyTerry>();
        for (var answer : comparisons.answers()) {
            feed(models.computeIfAbsent(answer.item(), k -> new BradleyTerry()), answer, String::valueOf);
        }
        var result = new LinkedHashMap<UUID, List<BradleyTerry.Standing>>();
        models.forEach((item, model) -> result.put(item, model.fit(PRIOR)));
        return result;
    }

    /**
     * The models ranked over every item: {@code modelsByItem} gives per item the model of each response (null where
     * a response names none). A pair is left out when a response has no model or both have the same one.
     */
    public static List<BradleyTerry.Standing> perModel(AnswersByQuestion.Comparisons comparisons,
                                                       Map<UUID, List<String>> modelsByItem) {
        var model = new BradleyTerry();
        for (var answer : comparisons.answers()) {
            List<String> names = modelsByItem.getOrDefault(answer.item(), List.of());
            feed(model, answer, i -> i < names.size() ? names.get(i) : null);
        }
        return model.fit(PRIOR);
    }

    /** Adds an answer's pairwise outcomes, naming response i by {@code name} (null: leave its pairs out). */
    static void feed(BradleyTerry model, AnswersByQuestion.ComparisonAnswer answer, IntFunction<String> name) {
        int n = answer.responses();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String a = name.apply(i);
                String b = name.apply(j);
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                int outcome = outcome(answer, i, j);
                if (outcome == Integer.MIN_VALUE) {
                    continue;
                }
                if (outcome > 0) {
                    model.win(a, b);
                } else if (outcome < 0) {
                    model.win(b, a);
                } else {
                    model.tie(a, b);
                }
            }
        }
    }

    /** +1: i better; −1: j better; 0: tie; MIN_VALUE: the answer says nothing about this pair. */
    public static int outcome(AnswersByQuestion.ComparisonAnswer answer, int i, int j) {
        if (answer.ranking() != null) {
            return Integer.compare(answer.ranking()[j], answer.ranking()[i]);
        }
        int p = answer.preferred();
        if (p == -1) {
            return 0;
        }
        if (p == i) {
            return 1;
        }
        if (p == j) {
            return -1;
        }
        return Integer.MIN_VALUE;
    }
}
