package dev.annota.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.schema.ShownOrder;
import dev.annota.statistics.ChoiceRate;

/**
 * Bias in comparison answers, per group of answers (an annotator's, a vendor's, the project's): how often the chosen
 * response was the one shown first, the longest one, and each model's, against chance — and for the length and the
 * models, against the rest of the project, since a longer response or a better model may simply be better. Valid
 * because the order is random per assignment ({@link ShownOrder}): an honest annotator's choice is independent of
 * the position, whatever the responses' merit.
 * <p>
 * An answer counts when it names one best response (a preferred response, or a ranking with a single first);
 * ties say nothing. Two findings flag a group: the first-shown chosen more (or less) often than chance, and the longest
 * chosen more (or less) often than by the project's median group. Each is significant after Bonferroni's correction
 * over the groups compared (level {@link #ALPHA} for each family, so that across a project's honest annotators the
 * chance of any false flag of one kind is at most 5 %), and only with at least {@link #MIN_TRIALS} answers. Models'
 * shares are reported against chance and against the rest of the project, not flagged: a better model should win.
 * Plain Java: no Spring, no storage.
 */
public final class ComparisonBias {

    public static final double ALPHA = 0.05;
    public static final int MIN_TRIALS = 20;

    /**
     * One answer as the bias figures read it: who, the order shown, the chosen response's place in the item (−1: no
     * single best), the responses' lengths (in characters) and models (null entries where unnamed), and whether the
     * order is the one drawn for its assignment (false: the client showed another order, or sent none).
     */
    public record Observation(UUID annotator, UUID vendor, int[] shownOrder, int chosen, int[] lengths, List<String> models,
                              boolean asServed) {
    }

    /** A model's share of the choices where it was among the responses, and whether that share differs from the rest's. */
    public record ModelRate(String model, ChoiceRate rate, Double differsFromRestP) {
    }

    /**
     * One group's figures; {@code longestDiffersP}: two-sided p that the group chooses the longest response as often as
     * the project's median group does (null for the project itself); {@code evidence}: one plain sentence per
     * significant finding (empty: not flagged).
     */
    public record Group(UUID id, String name, long answers, ChoiceRate firstShown, ChoiceRate longest, Double longestDiffersP,
                        List<ModelRate> models, long notAsServed, boolean flagged, List<String> evidence) {
    }

    private ComparisonBias() {
    }

    /** The figures of each group {@code by} names (an annotator, a vendor); {@code names} gives each group's name. */
    public static List<Group> groups(List<Observation> all, Function<Observation, UUID> by, Map<UUID, String> names) {
        var grouped = new LinkedHashMap<UUID, List<Observation>>();
        for (var o : all) {
            UUID key = by.apply(o);
            if (key != null) {
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        long compared = grouped.values().stream().filter(list -> counted(list) >= MIN_TRIALS).count();
        double level = ALPHA / Math.max(1, compared);
        // The rest of the project is the whole less the group: counted once, not once per group.
        var everyone = new Counts(all);
        // The typical group's rate of choosing the longest response: the median over the groups with enough answers,
        // so that a few groups who always choose the longest do not make their honest colleagues look averse to it.
        var typical = new ArrayList<Double>();
        grouped.values().forEach(list -> {
            var tally = new ChoiceRate.Tally();
            list.forEach(o -> tallyLongest(o, tally));
            if (tally.trials() >= MIN_TRIALS) {
                typical.add((double) tally.hits() / tally.trials());
            }
        });
        Double median = typical.isEmpty() ? null : median(typical);
        var result = new ArrayList<Group>();
        grouped.forEach((id, list) -> result.add(group(id, names.getOrDefault(id, "?"), list, everyone, median, level)));
        result.sort(Comparator.comparing(Group::flagged).reversed().thenComparing(Group::name).thenComparing(Group::id));
        return result;
    }

    /** The figures of every answer together (the project's): tested against chance, never flagged against itself. */
    public static Group whole(UUID id, String name, List<Observation> all) {
        return group(id, name, all, null, null, ALPHA);
    }

    private static long counted(List<Observation> list) {
        return list.stream().filter(ComparisonBias::decided).count();
    }

    private static boolean decided(Observation o) {
        return o.chosen() >= 0 && o.chosen() < o.lengths().length;
    }

    /** The per-model hits and trials of a set of answers, for comparing a group with the rest. */
    private static final class Counts {
        final Map<String, ChoiceRate.Tally> models = new TreeMap<>();

        Counts(List<Observation> list) {
            for (String model : modelsOf(list)) {
                models.put(model, tallyModel(list, model));
            }
        }

        /** Fisher's p that {@code mine} differs from the rest ({@code this} less {@code mine}). */
        static Double differs(ChoiceRate.Tally mine, ChoiceRate.Tally whole) {
            return ChoiceRate.differs(mine.hits(), mine.trials(), whole.hits() - mine.hits(), whole.trials() - mine.trials());
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * A group's figures; {@code everyone}: the project's counts (null: this is the project, not compared with a rest);
     * {@code typicalLongest}: the median group's rate of choosing the longest response (null: none to compare with).
     */
    private static Group group(UUID id, String name, List<Observation> mine, Counts everyone, Double typicalLongest, double level) {
        var first = new ChoiceRate.Tally();
        var longest = new ChoiceRate.Tally();
        long notAsServed = mine.stream().filter(o -> !o.asServed()).count();
        for (var o : mine) {
            if (decided(o) && validOrder(o)) {
                first.add(1.0 / o.shownOrder().length, o.shownOrder()[0] == o.chosen());
            }
            tallyLongest(o, longest);
        }
        var models = new ArrayList<ModelRate>();
        for (String model : modelsOf(mine)) {
            var tally = tallyModel(mine, model);
            models.add(new ModelRate(model, tally.rate(), everyone == null ? null : Counts.differs(tally, everyone.models.get(model))));
        }
        ChoiceRate firstRate = first.rate();
        ChoiceRate longestRate = longest.rate();
        Double longestDiffers = typicalLongest == null || longestRate.trials() == 0 ? null
                : ChoiceRate.against(longestRate.hits(), longestRate.trials(), typicalLongest);
        var evidence = new ArrayList<String>();
        if (firstRate.trials() >= MIN_TRIALS && firstRate.pValue() < level) {
            evidence.add("Chose the response shown first in " + firstRate.hits() + " of " + firstRate.trials() + " comparisons ("
                    + percent(firstRate.rate()) + ", 95 % CI " + percent(firstRate.low()) + "–" + percent(firstRate.high())
                    + ") where chance is " + percent(firstRate.expected()) + " (p = " + p(firstRate.pValue()) + ").");
        }
        if (longestDiffers != null && longestRate.trials() >= MIN_TRIALS && longestDiffers < level) {
            evidence.add("Chose the longest response in " + longestRate.hits() + " of " + longestRate.trials() + " comparisons ("
                    + percent(longestRate.rate()) + ") where the project's typical annotator does in " + percent(typicalLongest)
                    + " (p = " + p(longestDiffers) + ").");
        }
        return new Group(id, name, counted(mine), firstRate, longestRate, longestDiffers, models, notAsServed, !evidence.isEmpty(),
                evidence);
    }

    private static boolean validOrder(Observation o) {
        int[] order = o.shownOrder();
        if (order == null || order.length != o.lengths().length || order.length < 2) {
            return false;
        }
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** A hit when the chosen response is the single longest; answers whose longest response is not single say nothing. */
    private static void tallyLongest(Observation o, ChoiceRate.Tally tally) {
        if (!decided(o) || o.lengths().length < 2) {
            return;
        }
        int longest = -1;
        int max = -1;
        boolean single = true;
        for (int i = 0; i < o.lengths().length; i++) {
            if (o.lengths()[i] > max) {
                max = o.lengths()[i];
                longest = i;
                single = true;
            } else if (o.lengths()[i] == max) {
                single = false;
            }
        }
        if (single) {
            tally.add(1.0 / o.lengths().length, o.chosen() == longest);
        }
    }

    private static List<String> modelsOf(List<Observation> list) {
        var names = new TreeMap<String, Boolean>();
        list.forEach(o -> o.models().forEach(m -> {
            if (m != null) {
                names.put(m, true);
            }
        }));
        return List.copyOf(names.keySet());
    }

    /** Answers where {@code model} wrote some but not all responses: a hit when it wrote the chosen one. */
    private static ChoiceRate.Tally tallyModel(List<Observation> list, String model) {
        var tally = new ChoiceRate.Tally();
        for (var o : list) {
            if (!decided(o) || o.models().size() != o.lengths().length) {
                continue;
            }
            long its = o.models().stream().filter(model::equals).count();
            if (its > 0 && its < o.models().size()) {
                tally.add((double) its / o.models().size(), model.equals(o.models().get(o.chosen())));
            }
        }
        return tally;
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", rate * 100);
    }

    private static String p(double p) {
        return p < 0.001 ? String.format(java.util.Locale.ROOT, "%.1e", p) : String.format(java.util.Locale.ROOT, "%.3f", p);
    }
}
