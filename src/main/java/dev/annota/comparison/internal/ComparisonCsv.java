package dev.annota.comparison.internal;

import dev.annota.comparison.Amount;
import dev.annota.comparison.Comparison;
import dev.annota.comparison.Figures;

/** The lab's table as CSV: a row per workforce, empty cells where a figure is not known. */
final class ComparisonCsv {

    static final String HEADER = "from,to,workforce_id,workforce,in_house,labels,labels_per_day,gold_answered,gold_correct,"
            + "gold_accuracy,compared_with_consensus,agreement_with_consensus,reviewed,review_acceptance,accepted_labels,"
            + "active_seconds_per_label,cost,cost_per_accepted_label,currency\n";

    private ComparisonCsv() {
    }

    static String of(Comparison.LabComparison lab) {
        var out = new StringBuilder(HEADER);
        for (Comparison.WorkforceRow w : lab.workforces()) {
            Figures f = w.figures();
            Amount cost = f.cost();
            Amount perLabel = f.costPerAcceptedLabel();
            out.append(lab.period().from()).append(',').append(lab.period().to()).append(',')
                    .append(w.organizationId()).append(',').append(field(w.name())).append(',').append(w.inHouse()).append(',')
                    .append(f.labels()).append(',').append(number(f.labelsPerDay())).append(',')
                    .append(f.goldAnswered()).append(',').append(f.goldCorrect()).append(',').append(number(f.goldAccuracy())).append(',')
                    .append(f.comparedWithConsensus()).append(',').append(number(f.agreementWithConsensus())).append(',')
                    .append(f.reviewed()).append(',').append(number(f.reviewAcceptance())).append(',')
                    .append(f.acceptedLabels()).append(',').append(number(f.activeSecondsPerLabel())).append(',')
                    .append(cost == null ? "" : cost.amount().toPlainString()).append(',')
                    .append(perLabel == null ? "" : perLabel.amount().toPlainString()).append(',')
                    .append(cost != null ? cost.currency() : perLabel != null ? perLabel.currency() : "").append('\n');
        }
        return out.toString();
    }

    /** A figure to 4 decimals, empty when unknown. */
    private static String number(Double value) {
        return value == null ? "" : java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    /** A CSV field, quoted, with formula-starting characters defused (a name opened in a spreadsheet runs nothing). */
    static String field(String s) {
        String v = s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 ? s : "'" + s;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
