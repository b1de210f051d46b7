package dev.annota.statistics;

import java.util.Map;

import dev.annota.statistics.internal.Estimate;

/** One label per item with a confidence, as a method chose it, plus what the method learnt about each worker. */
public final class Aggregation {

    private final Answers answers;
    private final AggregationMethod method;
    private final Estimate estimate;

    Aggregation(Answers answers, AggregationMethod method, Estimate estimate) {
        this.answers = answers;
        this.method = method;
        this.estimate = estimate;
    }

    public Answers answers() {
        return answers;
    }

    public AggregationMethod method() {
        return method;
    }

    /** The chosen label of item {@code item} (an item code of {@link #answers()}). */
    public String label(int item) {
        return answers.label(estimate.labels()[item]);
    }

    public int labelCode(int item) {
        return estimate.labels()[item];
    }

    /** The model's probability that the chosen label is right (majority vote: the share of votes). */
    public double confidence(int item) {
        return estimate.confidences()[item];
    }

    /** The model's probability that item {@code item} has label code {@code label}. */
    public double posterior(int item, int label) {
        return estimate.posteriors()[item * answers.labelCount() + label];
    }

    /**
     * What the model learnt of a worker, in [0, 1]: agreement with the majority (majority vote, Wawa), expected
     * accuracy (Dawid–Skene), skill (one-coin), competence θ (MACE).
     */
    public double workerSkill(int worker) {
        return estimate.workerSkills()[worker];
    }

    /** EM iterations run; 0 for majority vote, 1 for Wawa. */
    public int iterations() {
        return estimate.iterations();
    }

    /** False when an EM model stopped at the iteration cap before meeting its tolerance. */
    public boolean converged() {
        return estimate.converged();
    }

    /**
     * Share of the items with a known truth that got the true label; items of {@code truth} absent from the answers
     * count as wrong, since nothing was chosen for them.
     */
    public double accuracy(Map<String, String> truth) {
        if (truth.isEmpty()) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < answers.itemCount(); i++) {
            String expected = truth.get(answers.item(i));
            if (expected != null && expected.equals(label(i))) {
                right++;
            }
        }
        return (double) right / truth.size();
    }
}
