package dev.annota.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.annotation.AnswersByQuestion;
import dev.annota.annotation.Consensus;
import dev.annota.statistics.Agreement;
import dev.annota.statistics.BoxAgreement;
import dev.annota.statistics.MatchCounts;
import dev.annota.statistics.Measurement;
import dev.annota.statistics.SpanAgreement;

/**
 * Agreement of every measurable question, per project and per pair of annotators, each kind with its own measures
 * (names as in the API and docs/quality.md):
 * <ul>
 *   <li>choice, rating — per pair {@code percentAgreement}, {@code cohensKappa} (the project's figures are in the
 *   report's {@code agreement});</li>
 *   <li>multi-choice — {@code alphaMasi}, {@code alphaJaccard} (Krippendorff's alpha with that set distance),
 *   {@code percentAgreement} (same set exactly);</li>
 *   <li>spans — {@code f1Exact}, {@code f1Overlap}, micro-averaged over the shared items (and over every pair for
 *   the project);</li>
 *   <li>boxes — {@code f1Iou50}: IoU-matched F1 at 0.5, micro-averaged likewise;</li>
 *   <li>comparison, preferred mode — {@code percentAgreement} and {@code alphaNominal} on the preferred response (a
 *   tie is a value of its own), per pair {@code cohensKappa}; ranking mode — {@code alphaOrdinal} over the ranks
 *   (one unit per response of each item) and {@code topAgreement}, the share of agreeing pairs on which responses
 *   are ranked first.</li>
 * </ul>
 * A measure that is undefined for the data (nothing pairable, no variation) is left out of the map.
 */
final class KindAgreement {

    record QuestionMeasures(String question, String kind, int items, int answers, Map<String, Double> measures) {
    }

    record PairMeasures(String question, String kind, UUID first, String firstName, UUID second, String secondName,
                        int items, Map<String, Double> measures) {
    }

    record Report(List<QuestionMeasures> questions, List<PairMeasures> pairs) {
    }

    private KindAgreement() {
    }

    static Report of(AnswersByQuestion answers, Map<UUID, String> names) {
        var questions = new ArrayList<QuestionMeasures>();
        var pairs = new ArrayList<PairMeasures>();
        answers.categorical().forEach((q, votes) -> {
            var byItem = byItem(votes, Consensus.Vote::item, Consensus.Vote::annotator, Consensus.Vote::label);
            pairs(byItem).forEach((pair, values) -> pairs.add(pair(q, "choice", pair, names, values.size(),
                    categorical(values))));
        });
        answers.labelSets().forEach((q, sets) -> {
            var byItem = byItem(sets, AnswersByQuestion.LabelSet::item, AnswersByQuestion.LabelSet::annotator,
                    AnswersByQuestion.LabelSet::labels);
            var units = units(byItem);
            var measures = new LinkedHashMap<String, Double>();
            put(measures, "alphaMasi", Agreement.krippendorffAlpha(units, Agreement::masiDistance));
            put(measures, "alphaJaccard", Agreement.krippendorffAlpha(units, Agreement::jaccardDistance));
            put(measures, "percentAgreement", Agreement.percentAgreement(units.stream()
                    .map(u -> u.stream().map(Object::toString).toArray(String[]::new)).toArray(String[][]::new)));
            questions.add(new QuestionMeasures(q, "multi-choice", units.size(), sets.size(), measures));
            pairs(byItem).forEach((pair, values) -> {
                var m = new LinkedHashMap<String, Double>();
                var pairUnits = values.stream().map(v -> List.of(v.first(), v.second())).toList();
                put(m, "alphaMasi", Agreement.krippendorffAlpha(pairUnits, Agreement::masiDistance));
                put(m, "percentAgreement", (double) values.stream().filter(v -> v.first().equals(v.second())).count() / values.size());
                pairs.add(pair(q, "multi-choice", pair, names, values.size(), m));
            });
        });
        answers.spans().forEach((q, spans) -> {
            var byItem = byItem(spans, AnswersByQuestion.SpanAnswer::item, AnswersByQuestion.SpanAnswer::annotator,
                    AnswersByQuestion.SpanAnswer::spans);
            MatchCounts exact = MatchCounts.NONE;
            MatchCounts overlap = MatchCounts.NONE;
            var byPair = pairs(byItem);
            for (var entry : byPair.entrySet()) {
                MatchCounts e = MatchCounts.NONE;
                MatchCounts o = MatchCounts.NONE;
                for (var v : entry.getValue()) {
                    e = e.plus(SpanAgreement.compare(v.first(), v.second(), SpanAgreement.Matching.EXACT));
                    o = o.plus(SpanAgreement.compare(v.first(), v.second(), SpanAgreement.Matching.OVERLAP));
                }
                exact = exact.plus(e);
                overlap = overlap.plus(o);
                var m = new LinkedHashMap<String, Double>();
                put(m, "f1Exact", e.f1());
                put(m, "f1Overlap", o.f1());
                pairs.add(pair(q, "spans", entry.getKey(), names, entry.getValue().size(), m));
            }
            var measures = new LinkedHashMap<String, Double>();
            put(measures, "f1Exact", exact.f1());
            put(measures, "f1Overlap", overlap.f1());
            questions.add(new QuestionMeasures(q, "spans", sharedItems(byItem), spans.size(), measures));
        });
        answers.boxes().forEach((q, boxes) -> {
            var byItem = byItem(boxes, AnswersByQuestion.BoxAnswer::item, AnswersByQuestion.BoxAnswer::annotator,
                    AnswersByQuestion.BoxAnswer::boxes);
            MatchCounts all = MatchCounts.NONE;
            for (var entry : pairs(byItem).entrySet()) {
                MatchCounts counts = MatchCounts.NONE;
                for (var v : entry.getValue()) {
                    counts = counts.plus(BoxAgreement.compare(v.first(), v.second(), BoxAgreement.DEFAULT_THRESHOLD));
                }
                all = all.plus(counts);
                var m = new LinkedHashMap<String, Double>();
                put(m, "f1Iou50", counts.f1());
                pairs.add(pair(q, "boxes", entry.getKey(), names, entry.getValue().size(), m));
            }
            var measures = new LinkedHashMap<String, Double>();
            put(measures, "f1Iou50", all.f1());
            questions.add(new QuestionMeasures(q, "boxes", sharedItems(byItem), boxes.size(), measures));
        });
        answers.comparisons().forEach((q, comparisons) -> {
            var list = comparisons.answers();
            if (comparisons.ranking()) {
                var byItem = byItem(list, AnswersByQuestion.ComparisonAnswer::item,
                        AnswersByQuestion.ComparisonAnswer::annotator, a -> a.ranking());
                var measures = new LinkedHashMap<String, Double>();
                put(measures, "alphaOrdinal", rankAlpha(byItem));
                put(measures, "topAgreement", topAgreement(byItem));
                questions.add(new QuestionMeasures(q, "comparison", sharedItems(byItem), list.size(), measures));
                pairs(byItem).forEach((pair, values) -> {
                    var m = new LinkedHashMap<String, Double>();
                    var two = new LinkedHashMap<UUID, Map<UUID, int[]>>();
                    for (int i = 0; i < values.size(); i++) {
                        var unit = new LinkedHashMap<UUID, int[]>();
                        unit.put(pair.first(), values.get(i).first());
                        unit.put(pair.second(), values.get(i).second());
                        two.put(new UUID(0, i), unit);
                    }
                    put(m, "alphaOrdinal", rankAlpha(two));
                    put(m, "topAgreement", topAgreement(two));
                    pairs.add(pair(q, "comparison", pair, names, values.size(), m));
                });
            } else {
                var byItem = byItem(list, AnswersByQuestion.ComparisonAnswer::item,
                        AnswersByQuestion.ComparisonAnswer::annotator, a -> a.preferred() < 0 ? "tie" : String.valueOf(a.preferred()));
                var votes = list.stream().map(a -> new Consensus.Vote(a.item(), a.annotator(),
                        a.preferred() < 0 ? "tie" : String.valueOf(a.preferred()))).toList();
                var project = QualityController.agreement(q, votes);
                var measures = new LinkedHashMap<String, Double>();
                if (project.percentAgreement() != null) {
                    measures.put("percentAgreement", project.percentAgreement());
                }
                if (project.krippendorffAlpha() != null) {
                    measures.put("alphaNominal", project.krippendorffAlpha());
                }
                questions.add(new QuestionMeasures(q, "comparison", project.items(), list.size(), measures));
                pairs(byItem).forEach((pair, values) -> pairs.add(pair(q, "comparison", pair, names, values.size(),
                        categorical(values))));
            }
        });
        return new Report(questions, pairs);
    }

    private static Map<String, Double> categorical(List<Both<String>> values) {
        String[] a = values.stream().map(v -> v.first()).toArray(String[]::new);
        String[] b = values.stream().map(v -> v.second()).toArray(String[]::new);
        var m = new LinkedHashMap<String, Double>();
        put(m, "percentAgreement", Agreement.percentAgreement(a, b));
        put(m, "cohensKappa", Agreement.cohensKappa(a, b));
        return m;
    }

    /** Krippendorff's ordinal alpha over ranks: one unit per (item, response), one coder per annotator. */
    private static double rankAlpha(Map<UUID, Map<UUID, int[]>> byItem) {
        var coders = new LinkedHashMap<UUID, Integer>();
        int units = 0;
        for (var item : byItem.values()) {
            item.keySet().forEach(a -> coders.putIfAbsent(a, coders.size()));
            units += item.values().stream().mapToInt(r -> r.length).max().orElse(0);
        }
        double[][] matrix = new double[coders.size()][units];
        for (double[] row : matrix) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int offset = 0;
        for (var item : byItem.values()) {
            int width = item.values().stream().mapToInt(r -> r.length).max().orElse(0);
            for (var e : item.entrySet()) {
                int[] ranks = e.getValue();
                for (int r = 0; r < ranks.length; r++) {
                    matrix[coders.get(e.getKey())][offset + r] = ranks[r];
                }
            }
            offset += width;
        }
        return Agreement.krippendorffAlpha(matrix, Measurement.ORDINAL);
    }

    /** Share of agreeing pairs, per item, on the set of responses ranked first; averaged over items with two answers. */
    private static double topAgreement(Map<UUID, Map<UUID, int[]>> byItem) {
        var units = new ArrayList<String[]>();
        for (var item : byItem.values()) {
            if (item.size() < 2) {
                continue;
            }
            units.add(item.values().stream().map(ranks -> {
                var top = new java.util.TreeSet<Integer>();
                for (int r = 0; r < ranks.length; r++) {
                    if (ranks[r] == 1) {
                        top.add(r);
                    }
                }
                return top.toString();
            }).toArray(String[]::new));
        }
        return Agreement.percentAgreement(units.toArray(String[][]::new));
    }

    private static <A, T> Map<UUID, Map<UUID, T>> byItem(List<A> answers, Function<A, UUID> item,
                                                        Function<A, UUID> annotator, Function<A, T> value) {
        var byItem = new LinkedHashMap<UUID, Map<UUID, T>>();
        for (A a : answers) {
            byItem.computeIfAbsent(item.apply(a), k -> new TreeMap<>()).put(annotator.apply(a), value.apply(a));
        }
        return byItem;
    }

    private static <T> List<List<T>> units(Map<UUID, Map<UUID, T>> byItem) {
        var units = new ArrayList<List<T>>();
        byItem.values().forEach(m -> {
            if (m.size() >= 2) {
                units.add(new ArrayList<>(m.values()));
            }
        });
        return units;
    }

    private static int sharedItems(Map<UUID, ? extends Map<UUID, ?>> byItem) {
        return (int) byItem.values().stream().filter(m -> m.size() >= 2).count();
    }

    record Pair(UUID first, UUID second) {
    }

    /** Per pair of annotators (ids in order), the values both gave on each item they share. */
    record Both<T>(T first, T second) {
    }

    private static <T> Map<Pair, List<Both<T>>> pairs(Map<UUID, Map<UUID, T>> byItem) {
        var result = new TreeMap<Pair, List<Both<T>>>(java.util.Comparator.comparing(Pair::first).thenComparing(Pair::second));
        for (var item : byItem.values()) {
            var annotators = new ArrayList<>(item.keySet()); // sorted: the maps are TreeMaps
            for (int i = 0; i < annotators.size(); i++) {
                for (int j = i + 1; j < annotators.size(); j++) {
                    var both = new Both<>(item.get(annotators.get(i)), item.get(annotators.get(j)));
                    result.computeIfAbsent(new Pair(annotators.get(i), annotators.get(j)), k -> new ArrayList<>()).add(both);
                }
            }
        }
        return result;
    }

    private static PairMeasures pair(String question, String kind, Pair pair, Map<UUID, String> names, int items,
                                     Map<String, Double> measures) {
        return new PairMeasures(question, kind, pair.first(), names.getOrDefault(pair.first(), "?"), pair.second(),
                names.getOrDefault(pair.second(), "?"), items, measures);
    }

    private static void put(Map<String, Double> measures, String name, double value) {
        if (Double.isFinite(value)) {
            measures.put(name, value);
        }
    }

    static Set<UUID> annotators(AnswersByQuestion answers) {
        var all = new java.util.HashSet<UUID>();
        answers.categorical().values().forEach(l -> l.forEach(v -> all.add(v.annotator())));
        answers.labelSets().values().forEach(l -> l.forEach(v -> all.add(v.annotator())));
        answers.spans().values().forEach(l -> l.forEach(v -> all.add(v.annotator())));
        answers.boxes().values().forEach(l -> l.forEach(v -> all.add(v.annotator())));
        answers.comparisons().values().forEach(c -> c.answers().forEach(v -> all.add(v.annotator())));
        return all;
    }

}
