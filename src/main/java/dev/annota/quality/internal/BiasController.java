package dev.annota.quality.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.AnswersByQuestion;
import dev.annota.annotation.ComparisonRankings;
import dev.annota.annotation.Consensus;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Users;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.quality.ComparisonBias;
import dev.annota.quality.KeptQualityReports;
import dev.annota.quality.KeptReportSource;
import dev.annota.schema.ShownOrder;
import dev.annota.statistics.PositionedBradleyTerry;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bias in a project's comparison answers (docs/trust.md): per question, the project's, each vendor's and each
 * annotator's rate of choosing the response shown first, the longest one and each model's, with the flagged groups'
 * evidence; and the models ranked by Bradley–Terry with and without the order effect taken out.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/quality")
@Tag(name = "Quality", description = "Gold items, qualification, pausing, agreement and consensus")
record BiasController(Projects projects, Consensus consensus, TenantScope tenants, ComparisonItems items, Users users,
        Organizations organizations, KeptReports kept) implements KeptReportSource {

    record ModelScore(int rank, String model, double score) {
    }

    record QuestionBias(String question, String mode, ComparisonBias.Group project, List<ComparisonBias.Group> vendors,
                        List<ComparisonBias.Group> annotators, Double firstShownOdds, List<ModelScore> models,
                        List<ModelScore> modelsPositionCorrected) {
    }

    /** {@code computedAt}, {@code answersIncluded}, {@code stale}: as in the quality report (kept per project). */
    record BiasReport(double alpha, int minAnswers, List<QuestionBias> questions,
                         @Schema(description = KeptQualityReports.COMPUTED_AT) java.time.Instant computedAt,
                         @Schema(description = KeptQualityReports.ANSWERS) long answersIncluded,
                         @Schema(description = KeptQualityReports.STALE) boolean stale) {
    }

    @GetMapping("/bias")
    @Operation(operationId = "getComparisonBias", summary = "Bias in the comparison answers: per question, the project's, each vendor's and each annotator's "
            + "rate of choosing the response shown first (against chance), the longest response (against the project's "
            + "median annotator) and each model's, with 95% intervals and p-values; flagged groups with their evidence "
            + "(Bonferroni over the groups, alpha 0.05, at least 20 answers); the models ranked by Bradley-Terry with and "
            + "without position correction. Admins, managers and reviewers of the owning organization")
    @ApiResponse(responseCode = "200", description = "The figures (kept, or computed now)",
            content = @Content(schema = @Schema(implementation = BiasReport.class)))
    @KeptQualityReports.ComputingAccepted
    KeptQualityReports.Served bias(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        if (!access.ownerStaff()) {
            throw new ProjectForbidden("Only admins, managers and reviewers of the owning organization see the bias figures.");
        }
        var p = access.project();
        return kept.serve(p, "bias", null, stamp -> bias(p, stamp));
    }

    @Override
    public java.util.Optional<Computation> computation(dev.annota.project.Project p, String variant) {
        return "bias".equals(variant) ? java.util.Optional.of(new Computation(null, stamp -> bias(p, stamp))) : java.util.Optional.empty();
    }

    /** The bias figures, fitted over all the project's comparison answers. */
    private BiasReport bias(dev.annota.project.Project p, KeptReportSource.Stamp stamp) {
        return tenants.readFromReplica(p.tenantId(), () -> {
            var answers = consensus.answersByQuestion(p.tenantId(), p.id(), p.schemaVersion());
            var questions = new ArrayList<QuestionBias>();
            if (answers.comparisons().isEmpty()) {
                return new BiasReport(ComparisonBias.ALPHA, ComparisonBias.MIN_TRIALS, questions, stamp.computedAt(),
                        stamp.answersIncluded(), false);
            }
            var responses = items.of(p);
            var annotators = new HashSet<UUID>();
            answers.comparisons().values().forEach(c -> c.answers().forEach(a -> annotators.add(a.annotator())));
            Map<UUID, UUID> vendorOf = users.organizationsOf(annotators);
            Map<UUID, String> names = new HashMap<>(users.displayNames(annotators));
            var vendorNames = new HashMap<UUID, String>();
            organizations.named(new HashSet<>(vendorOf.values())).forEach(o -> vendorNames.put(o.id(), o.name()));
            answers.comparisons().forEach((question, comparisons) -> {
                var observations = new ArrayList<ComparisonBias.Observation>();
                for (var a : comparisons.answers()) {
                    var item = responses.get(a.item());
                    if (item != null && item.lengths().length == a.responses()) {
                        observations.add(observation(a, vendorOf.get(a.annotator()), item));
                    }
                }
                var corrected = corrected(comparisons, responses);
                questions.add(new QuestionBias(question, comparisons.ranking() ? "ranking" : "preferred",
                        ComparisonBias.whole(p.id(), p.name(), observations),
                        ComparisonBias.groups(observations, ComparisonBias.Observation::vendor, vendorNames),
                        ComparisonBias.groups(observations, ComparisonBias.Observation::annotator, names),
                        corrected.standings().isEmpty() ? null : corrected.firstShownOdds(),
                        ComparisonRankings.perModel(comparisons, modelsByItem(responses)).stream()
                                .map(s -> new ModelScore(s.rank(), s.name(), s.score())).toList(),
                        corrected.standings().stream().map(s -> new ModelScore(s.rank(), s.name(), s.score())).toList()));
            });
            return new BiasReport(ComparisonBias.ALPHA, ComparisonBias.MIN_TRIALS, questions, stamp.computedAt(),
                        stamp.answersIncluded(), false);
        });
    }

    private static ComparisonBias.Observation observation(AnswersByQuestion.ComparisonAnswer a, UUID vendor,
                                                          ComparisonItems.Responses item) {
        int chosen = -1;
        if (a.ranking() != null) {
            for (int i = 0; i < a.ranking().length; i++) {
                if (a.ranking()[i] == 1) {
                    chosen = chosen == -1 ? i : -2;
                }
            }
            chosen = Math.max(chosen, -1);
        } else if (a.preferred() != null && a.preferred() >= 0) {
            chosen = a.preferred();
        }
        boolean asServed = a.assignment() != null && a.shownOrder() != null
                && Arrays.equals(a.shownOrder(), ShownOrder.of(a.assignment(), a.shownOrder().length));
        return new ComparisonBias.Observation(a.annotator(), vendor, a.shownOrder(), chosen, item.lengths(), item.models(), asServed);
    }

    private static Map<UUID, List<String>> modelsByItem(Map<UUID, ComparisonItems.Responses> responses) {
        var models = new HashMap<UUID, List<String>>();
        responses.forEach((item, r) -> models.put(item, r.models()));
        return models;
    }

    /** The models' Bradley–Terry fit with the order effect: each pair's first is the response shown before the other. */
    private static PositionedBradleyTerry.Fit corrected(AnswersByQuestion.Comparisons comparisons,
                                                        Map<UUID, ComparisonItems.Responses> responses) {
        var model = new PositionedBradleyTerry();
        for (var a : comparisons.answers()) {
            var item = responses.get(a.item());
            int[] order = a.shownOrder();
            if (item == null || order == null || order.length != a.responses() || item.models().size() != order.length) {
                continue;
            }
            int[] position = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                if (order[k] < 0 || order[k] >= order.length) {
                    position = null;
                    break;
                }
                position[order[k]] = k;
            }
            if (position == null) {
                continue;
            }
            for (int i = 0; i < order.length; i++) {
                for (int j = i + 1; j < order.length; j++) {
                    String mi = item.models().get(i);
                    String mj = item.models().get(j);
                    int outcome = ComparisonRankings.outcome(a, i, j);
                    if (mi == null || mj == null || mi.equals(mj) || outcome == Integer.MIN_VALUE) {
                        continue;
                    }
                    if (position[i] < position[j]) {
                        model.game(mi, mj, outcome);
                    } else {
                        model.game(mj, mi, -outcome);
                    }
                }
            }
        }
        return model.fit(ComparisonRankings.PRIOR);
    }
}
