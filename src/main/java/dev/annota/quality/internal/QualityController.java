package dev.annota.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.annota.annotation.Consensus;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.item.ItemPayloads;
import dev.annota.item.PayloadViews;
import dev.annota.masking.MaskedItem;
import dev.annota.masking.Masking;
import dev.annota.project.Project;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.statistics.AccuracyDrift;
import dev.annota.statistics.AggregationMethod;
import dev.annota.statistics.Agreement;
import dev.annota.statistics.BetaPosterior;
import dev.annota.statistics.Measurement;
import dev.annota.tenancy.TenantScope;
import dev.annota.quality.AnnotatorStanding;
import dev.annota.quality.KeptQualityReports;
import dev.annota.quality.KeptReportSource;
import dev.annota.quality.QualitySettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality control of a project: its settings, the manager's report (agreement, per annotator gold accuracy with its
 * interval, agreement with the consensus, confusion matrices, alerts) and the annotator's own figures.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/quality")
@Tag(name = "Quality", description = "Gold items, qualification, pausing, agreement and consensus")
record QualityController(Projects projects, QualitySettingsStore settings, GoldQueue gold, Consensus consensus,
        Users users, TenantScope tenants, QualityFigures figures, ItemPayloads payloads, JsonMapper json,
        PayloadViews views, Masking masking, KeptReports kept) implements KeptReportSource {

    /** Gold results of an annotator's most recent submits left out of their own figures: see {@link #mine}. */
    static final int HOLDBACK = dev.annota.quality.GoldResults.HOLDBACK;

    record QuestionAgreement(String question, int items, int votes, Double percentAgreement, Double fleissKappa,
                             Integer fleissRaters, Double krippendorffAlpha) {
    }

    /** Rows: the consensus label; columns: the annotator's label; both in {@code labels} order. */
    record Confusion(String question, List<String> labels, long[][] counts) {
    }

    /**
     * {@code accuracy}: the share of gold answered right as observed (null with none answered); {@code accuracyMean},
     * {@code accuracyLow}, {@code accuracyHigh}: the Beta posterior's mean and 95% interval, which pausing and
     * qualification judge by — with few answers the mean leans to the prior's 50% (0 right of 2 gives 25%), so pages show
     * the observed share with the interval.
     */
    record AnnotatorQuality(UUID annotatorId, String name, AnnotatorStanding.Status status, long goldAnswered, long goldCorrect,
                            Double accuracy, double accuracyMean, double accuracyLow, double accuracyHigh, long answers,
                            Double agreementWithConsensus, List<Confusion> confusion) {
    }

    record Alert(UUID annotatorId, String name, AnnotatorStanding.Status status, String message) {
    }

    /**
     * An annotator whose recent gold accuracy fell clearly below their own earlier one or the project's
     * ({@link AccuracyDrift}): the recent window, and the references compared with (null when there was too little).
     */
    record DriftAlert(UUID annotatorId, String name, String message, long recentCorrect, long recentAnswered,
                      double recentHigh, Double earlierMean, Double projectMean, boolean belowOwnEarlier,
                      boolean belowProject) {
    }

    /**
     * {@code computedAt}, {@code answersIncluded}, {@code stale}: the report is kept per project ({@link KeptReports});
     * when it was computed, over how many answers, and whether the project has changed since.
     */
    record QualityReport(String method, QualitySettings settings, long goldItems, List<QuestionAgreement> agreement,
                         List<KindAgreement.QuestionMeasures> questions, List<KindAgreement.PairMeasures> pairs,
                         List<AnnotatorQuality> annotators, List<Alert> alerts, List<DriftAlert> drifting,
                         @Schema(description = KeptQualityReports.COMPUTED_AT) Instant computedAt,
                         @Schema(description = KeptQualityReports.ANSWERS) long answersIncluded,
                         @Schema(description = KeptQualityReports.STALE) boolean stale) {
    }

    /** {@code data}: the item as the annotator saw it (showing it again is recorded in the access log). */
    record MissedGold(UUID itemId, Instant answeredAt, JsonNode data, JsonNode yourAnswer, JsonNode expectedAnswer) {
    }

    /** The accuracy fields as in {@link AnnotatorQuality}. */
    record MyQuality(AnnotatorStanding.Status status, String message, long goldAnswered, long goldCorrect, Double accuracy,
                     double accuracyMean,
                     double accuracyLow, double accuracyHigh, List<MissedGold> missed) {
    }

    @GetMapping("/settings")
    @Operation(operationId = "getQualitySettings", summary = "The project's quality settings: goldRate, qualificationItems, qualificationThreshold, "
            + "pauseThreshold, pauseMinAnswers, adaptiveThreshold (null = adaptive overlap off), maxOverlap")
    QualitySettings settings(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return settings.load(access.project());
    }

    @PutMapping("/settings")
    @Operation(operationId = "changeQualitySettings", summary = "Change the quality settings; fields left out keep their value (adaptiveThreshold: null turns it off)")
    QualitySettings changeSettings(CurrentUser caller, @PathVariable UUID projectId, @RequestBody JsonNode body) {
        var access = projects.access(caller, projectId);
        var changes = new QualitySettings(number(body, "goldRate"), integer(body, "qualificationItems"),
                number(body, "qualificationThreshold"), number(body, "pauseThreshold"), integer(body, "pauseMinAnswers"),
                number(body, "adaptiveThreshold"), integer(body, "maxOverlap"));
        return settings.change(access, changes, body.has("adaptiveThreshold"));
    }

    private static Double number(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.doubleValue();
    }

    private static Integer integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.intValue();
    }

    @GetMapping
    @Operation(operationId = "getQualityReport", summary = "The manager's quality report: agreement per question (percent agreement, Fleiss' kappa, "
            + "Krippendorff's alpha nominal), agreement of the other kinds (multi-choice alpha with MASI, span F1 exact "
            + "and overlap, box IoU F1, comparison agreement) per project and per pair of annotators, per annotator gold "
            + "accuracy (Beta posterior mean and 95% interval), agreement with the consensus (method=mv|wawa|ds|ocds|mace, "
            + "default ds) and confusion matrices; alerts for paused, failed and drifting annotators")
    @ApiResponse(responseCode = "200", description = "The report (kept, or computed now)",
            content = @Content(schema = @Schema(implementation = QualityReport.class)))
    @KeptQualityReports.ComputingAccepted
    KeptQualityReports.Served report(CurrentUser caller, @PathVariable UUID projectId, @RequestParam(defaultValue = "ds") String method) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        var chosen = Consensus.method(method);
        Project p = access.project();
        QualitySettings s = settings.load(p);
        return kept.serve(p, VARIANT + chosen.code(), s, stamp -> report(p, chosen, s, stamp));
    }

    /** The kept report's variant: one per consensus method. */
    private static final String VARIANT = "report:";

    @Override
    public java.util.Optional<Computation> computation(Project p, String variant) {
        if (!variant.startsWith(VARIANT)) {
            return java.util.Optional.empty();
        }
        var chosen = Consensus.method(variant.substring(VARIANT.length()));
        QualitySettings s = settings.load(p);
        return java.util.Optional.of(new Computation(s, stamp -> report(p, chosen, s, stamp)));
    }

    /** The manager's report, fitted over all the project's answers. */
    private QualityReport report(Project p, AggregationMethod chosen, QualitySettings s, KeptReportSource.Stamp stamp) {
        return tenants.readFromReplica(p.tenantId(), () -> {
            var measurable = consensus.answersByQuestion(p.tenantId(), p.id(), p.schemaVersion());
            var votes = measurable.categorical();
            var agreed = Consensus.aggregate(votes, chosen);
            var agreement = new ArrayList<QuestionAgreement>();
            votes.forEach((question, list) -> agreement.add(agreement(question, list)));

            Set<UUID> annotators = new HashSet<>(KindAgreement.annotators(measurable));
            annotators.addAll(figures.annotatorsWithGoldResults(p));
            annotators.addAll(figures.annotatorsWithAnswers(p));
            var names = users.displayNames(annotators);
            long goldItems = figures.goldItems(p);
            var rows = new ArrayList<AnnotatorQuality>();
            var alerts = new ArrayList<Alert>();
            var histories = new HashMap<UUID, List<Boolean>>();
            annotators.forEach(a -> histories.put(a, gold.results(p, a)));
            long allAnswered = histories.values().stream().mapToLong(List::size).sum();
            long allCorrect = histories.values().stream().mapToLong(h -> h.stream().filter(Boolean::booleanValue).count()).sum();
            var drifting = new ArrayList<DriftAlert>();
            for (UUID annotator : annotators) {
                var history = histories.get(annotator);
                var standing = GoldQueue.standing(s, history, gold.goldLeft(p, annotator));
                String name = names.getOrDefault(annotator, "?");
                long answers = figures.answers(p, annotator);
                long agreeing = 0;
                long compared = 0;
                var confusion = new ArrayList<Confusion>();
                for (var entry : votes.entrySet()) {
                    var labels = agreed.questions().get(entry.getKey());
                    var names2 = new TreeSet<String>();
                    entry.getValue().forEach(v -> names2.add(v.label()));
                    labels.values().forEach(l -> names2.add(l.label()));
                    var order = new ArrayList<>(names2);
                    var index = new HashMap<String, Integer>();
                    for (int i = 0; i < order.size(); i++) {
                        index.put(order.get(i), i);
                    }
                    long[][] counts = new long[order.size()][order.size()];
                    boolean any = false;
                    for (var v : entry.getValue()) {
                        if (!v.annotator().equals(annotator)) {
                            continue;
                        }
                        var agreedLabel = labels.get(v.item());
                        if (agreedLabel == null) {
                            continue;
                        }
                        counts[index.get(agreedLabel.label())][index.get(v.label())]++;
                        any = true;
                        compared++;
                        if (agreedLabel.label().equals(v.label())) {
                            agreeing++;
                        }
                    }
                    if (any) {
                        confusion.add(new Confusion(entry.getKey(), order, counts));
                    }
                }
                var accuracy = standing.accuracy();
                rows.add(new AnnotatorQuality(annotator, name, standing.status(), accuracy.answered(), accuracy.correct(),
                        observed(accuracy.correct(), accuracy.answered()), accuracy.mean(), accuracy.low(), accuracy.high(), answers,
                        compared == 0 ? null : (double) agreeing / compared, confusion));
                if (standing.blocked()) {
                    alerts.add(new Alert(annotator, name, standing.status(), standing.message()));
                }
                long own = history.stream().filter(Boolean::booleanValue).count();
                AccuracyDrift.detect(history, allCorrect - own, allAnswered - history.size(), AccuracyDrift.DEFAULT_WINDOW,
                        AccuracyDrift.DEFAULT_MIN_EARLIER).ifPresent(d -> drifting.add(new DriftAlert(annotator, name,
                        d.message(), d.recent().correct(), d.recent().answered(), d.recent().high(),
                        d.earlier() == null ? null : d.earlier().mean(), d.project() == null ? null : d.project().mean(),
                        d.belowOwnEarlier(), d.belowProject())));
            }
            rows.sort(java.util.Comparator.comparing(AnnotatorQuality::name).thenComparing(AnnotatorQuality::annotatorId));
            drifting.sort(java.util.Comparator.comparing(DriftAlert::name).thenComparing(DriftAlert::annotatorId));
            var kinds = KindAgreement.of(measurable, names);
            return new QualityReport(chosen.code(), s, goldItems, agreement, kinds.questions(), kinds.pairs(), rows, alerts,
                    drifting, stamp.computedAt(), stamp.answersIncluded(), false);
        });
    }

    /**
     * Agreement of one question over the items with at least two votes: percent agreement and Krippendorff's alpha
     * (nominal) allow any number of votes per item; Fleiss' kappa needs the same number per item, so it is computed
     * over the items with the most common number of votes ({@code fleissRaters}).
     */
    static QuestionAgreement agreement(String question, List<Consensus.Vote> votes) {
        var byItem = new LinkedHashMap<UUID, List<Consensus.Vote>>();
        votes.forEach(v -> byItem.computeIfAbsent(v.item(), k -> new ArrayList<>()).add(v));
        byItem.values().removeIf(list -> list.size() < 2);
        if (byItem.isEmpty()) {
            return new QuestionAgreement(question, 0, votes.size(), null, null, null, null);
        }
        var coders = new LinkedHashMap<UUID, Integer>();
        var labelCodes = new HashMap<String, Integer>();
        var units = new ArrayList<String[]>();
        var sizes = new HashMap<Integer, Integer>();
        for (var list : byItem.values()) {
            units.add(list.stream().map(Consensus.Vote::label).toArray(String[]::new));
            sizes.merge(list.size(), 1, Integer::sum);
            list.forEach(v -> {
                coders.putIfAbsent(v.annotator(), coders.size());
                labelCodes.putIfAbsent(v.label(), labelCodes.size());
            });
        }
        double percent = Agreement.percentAgreement(units.toArray(String[][]::new));
        int raters = sizes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        double fleiss = Agreement.fleissKappa(units.stream().filter(u -> u.length == raters).toArray(String[][]::new));
        double[][] matrix = new double[coders.size()][byItem.size()];
        for (double[] row : matrix) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int unit = 0;
        for (var list : byItem.values()) {
            for (var v : list) {
                matrix[coders.get(v.annotator())][unit] = labelCodes.get(v.label());
            }
            unit++;
        }
        double alpha = Agreement.krippendorffAlpha(matrix, Measurement.NOMINAL);
        return new QuestionAgreement(question, byItem.size(), votes.size(), finite(percent), finite(fleiss), raters, finite(alpha));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    @GetMapping("/me")
    @Operation(operationId = "getMyQuality", summary = "The caller's own standing on the project: status (and why when paused), gold accuracy with its "
            + "95% interval, and the gold items they missed with the expected answer")
    MyQuality mine(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        if (!access.work()) {
            throw new ProjectForbidden("This page shows an annotator's own quality figures.");
        }
        Project p = access.project();
        UUID me = caller.id();
        QualitySettings s = settings.load(p);
        return tenants.read(p.tenantId(), () -> {
            var results = gold.results(p, me);
            var standing = GoldQueue.standing(s, results, gold.goldLeft(p, me));
            // The figures leave out gold results among the caller's last HOLDBACK submits: otherwise watching the
            // count move after each submit would tell which items are gold (a missed one is told at submit anyway).
            var recent = figures.recentAnswerTimes(p, me, HOLDBACK);
            Instant cutoff = recent.size() < HOLDBACK ? Instant.MIN : recent.getLast();
            var shown = figures.goldResults(p, me).stream()
                    .filter(e -> e.getValue().isBefore(cutoff) || (!e.getKey()))
                    .toList();
            // Missed ones were already revealed by their feedback, so they count at once; right ones only after the holdback.
            long answered = shown.size();
            long right = shown.stream().filter(Map.Entry::getKey).count();
            var accuracy = BetaPosterior.of(right, answered);
            var missed = figures.missedGold(p, me).stream()
                    .map(m -> {
                        // Shown to the annotator: masked as the workbench showed it, both answers' spans on the masked text.
                        JsonNode data = json.readTree(views.showOwnAnswered(caller, p.tenantId(), p.id(), m.itemId(),
                                m.assignmentId(), m.sealedPayload()));
                        MaskedItem masked = masking.mask(p.tenantId(), p.id(), data);
                        JsonNode expected = json.readTree(payloads.open(p.tenantId(), m.itemId(), m.sealedGoldAnswer()));
                        return new MissedGold(m.itemId(), m.answeredAt(), data,
                                masking.shown(p.tenantId(), p.id(), p.schemaVersion(), masked, m.answer()),
                                masking.shown(p.tenantId(), p.id(), p.schemaVersion(), masked, expected));
                    })
                    .toList();
            return new MyQuality(standing.status(), standing.message(), accuracy.answered(), accuracy.correct(),
                    observed(accuracy.correct(), accuracy.answered()), accuracy.mean(),
                    accuracy.low(), accuracy.high(), missed);
        });
    }

    /** The share answered right, as observed; null when nothing was answered (no figure rather than the prior's). */
    static Double observed(long correct, long answered) {
        return answered == 0 ? null : (double) correct / answered;
    }
}
