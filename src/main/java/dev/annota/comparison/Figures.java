package dev.annota.comparison;

/**
 * The figures of a body of work (a workforce's, a person's) over a period of one project.
 * <ul>
 * <li>{@code labels}: answers submitted in the period; {@code labelsPerDay}: labels ÷ the period's days.</li>
 * <li>{@code goldAnswered}, {@code goldCorrect}: gold items answered in the period and how many rightly;
 * {@code goldAccuracy} = correct ÷ answered (null without a gold answer).</li>
 * <li>{@code comparedWithConsensus}: the period's answers to an aggregated question of an item that at least two people
 * answered; {@code agreementWithConsensus}: the share of them equal to the item's consensus (null without one).</li>
 * <li>{@code reviewed}: the period's answers a review stage decided (accepted, corrected or rejected);
 * {@code reviewAcceptance} = (accepted + corrected) ÷ reviewed (null without one).</li>
 * <li>{@code acceptedLabels}: the period's answers that stand: not rejected and not waiting in a review stage (answers
 * review never sampled count as accepted).</li>
 * <li>{@code activeMillis}: active time the workbench measured on the period's work, {@code activeSecondsPerLabel}
 * = activeMillis ÷ 1000 ÷ labels; {@code cost}: what the lab owes for the work under its contract with the workforce,
 * {@code costPerAcceptedLabel} = cost ÷ acceptedLabels. Each null where it is not known (shown as "—").</li>
 * </ul>
 */
public record Figures(long labels, double labelsPerDay, long goldAnswered, long goldCorrect, Double goldAccuracy,
                      long comparedWithConsensus, Double agreementWithConsensus, long reviewed, Double reviewAcceptance,
                      long acceptedLabels, Long activeMillis, Double activeSecondsPerLabel, Amount cost,
                      Amount costPerAcceptedLabel) {
}
