package dev.annota.annotation.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The (better, worse) response pairs of one comparison answer, as the preference formats (TRL, OpenAI DPO) take them:
 * a preferred response gives one pair against each other response; a ranking one pair per two responses of different
 * ranks. Neither format has a tie: tied pairs are counted, not paired. {@code answered} false: the answer holds no
 * preference of an item with {@code responses} responses.
 */
record PreferencePairs(boolean answered, List<int[]> pairs, long ties) {

    static PreferencePairs of(JsonNode value, int responses) {
        if (value == null || !value.isObject()) {
            return new PreferencePairs(false, List.of(), 0);
        }
        var pairs = new ArrayList<int[]>();
        JsonNode preferred = value.get("preferred");
        JsonNode ranking = value.get("ranking");
        long ties = 0;
        if (preferred != null && preferred.isIntegralNumber()) {
            for (int j = 0; j < responses; j++) {
                if (j != preferred.intValue()) {
                    pairs.add(new int[] {preferred.intValue(), j});
                }
            }
        } else if (preferred != null && preferred.isString()) {
            ties = (long) responses * (responses - 1) / 2;
        } else if (ranking != null && ranking.isArray() && ranking.size() == responses) {
            for (int i = 0; i < responses; i++) {
                for (int j = i + 1; j < responses; j++) {
                    int ri = ranking.get(i).intValue();
                    int rj = ranking.get(j).intValue();
                    if (ri == rj) {
                        ties++;
                    } else {
                        pairs.add(ri < rj ? new int[] {i, j} : new int[] {j, i});
                    }
                }
            }
        } else {
            return new PreferencePairs(false, List.of(), 0);
        }
        return new PreferencePairs(true, pairs, ties);
    }
}
