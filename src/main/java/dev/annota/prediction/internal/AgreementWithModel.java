package dev.annota.prediction.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.annota.statistics.Agreement;

/**
 * The model's agreement with the annotators on one categorical question, in the figures the quality page gives between
 * annotators, so a lab compares the two directly: over the items both the model and at least one annotator labeled,
 * percent agreement and Cohen's kappa of the model against the annotators' majority (ties go to the label that sorts
 * first, as the majority vote does), the share of (model, annotator) pairs that agree, and Krippendorff's nominal
 * alpha of the annotators alone and with the model as one more coder. Undefined figures are null, never a made-up value.
 */
record AgreementWithModel(String question, int items, Double percentAgreement, Double kappa, Double pairsAgreeing,
                          Double annotatorsPercentAgreement, Double annotatorsAlpha, Double alphaWithModel) {

    static AgreementWithModel of(String question, Map<UUID, List<String>> annotatorLabels, Map<UUID, String> modelLabels) {
        var model = new ArrayList<String>();
        var majority = new ArrayList<String>();
        var humans = new ArrayList<List<String>>();
        var withModel = new ArrayList<List<String>>();
        long pairs = 0;
        long agreeing = 0;
        for (var e : annotatorLabels.entrySet()) {
            String predicted = modelLabels.get(e.getKey());
            List<String> labels = e.getValue();
            if (predicted == null || labels.isEmpty()) {
                continue;
            }
            model.add(predicted);
            majority.add(majorityOf(labels));
            humans.add(labels);
            var all = new ArrayList<>(labels);
            all.add(predicted);
            withModel.add(all);
            pairs += labels.size();
            agreeing += labels.stream().filter(predicted::equals).count();
        }
        if (model.isEmpty()) {
            return new AgreementWithModel(question, 0, null, null, null, null, null, null);
        }
        String[] m = model.toArray(String[]::new);
        String[] h = majority.toArray(String[]::new);
        String[][] byAnnotatorSlot = humans.stream().map(l -> l.toArray(String[]::new)).toArray(String[][]::new);
        return new AgreementWithModel(question, m.length, defined(Agreement.percentAgreement(m, h)),
                defined(Agreement.cohensKappa(m, h)), (double) agreeing / pairs,
                defined(Agreement.percentAgreement(byAnnotatorSlot)),
                defined(Agreement.krippendorffAlpha(humans, AgreementWithModel::nominal)),
                defined(Agreement.krippendorffAlpha(withModel, AgreementWithModel::nominal)));
    }

    static String majorityOf(List<String> labels) {
        var counts = new TreeMap<String, Integer>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        int most = Collections.max(counts.values());
        return counts.entrySet().stream().filter(c -> c.getValue() == most).findFirst().orElseThrow().getKey();
    }

    private static double nominal(String a, String b) {
        return a.equals(b) ? 0 : 1;
    }

    private static Double defined(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
