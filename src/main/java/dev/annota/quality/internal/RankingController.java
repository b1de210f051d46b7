package dev.annota.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.AnswersByQuestion;
import dev.annota.annotation.ComparisonRankings;
import dev.annota.annotation.Consensus;
import dev.annota.identity.CurrentUser;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.quality.KeptQualityReports;
import dev.annota.quality.KeptReportSource;
import dev.annota.statistics.BradleyTerry;
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
 * Bradley–Terry rankings of a comparison project: per prompt (item) its responses, and over the project the models
 * behind them (the {@code model} of each response in the item data). Only positions, model names and figures leave
 * the server, never a response's text.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/quality")
@Tag(name = "Quality", description = "Gold items, qualification, pausing, agreement and consensus")
record RankingController(Projects projects, Consensus consensus, TenantScope tenants, ComparisonItems items,
        KeptReports kept) implements KeptReportSource {

    record RankedModel(int rank, String model, double score, Double standardError, double wins, int comparisons) {
    }

    record RankedResponse(int rank, int response, String model, double score, Double standardError, double wins,
                          int comparisons) {
    }

    record PromptRanking(UUID itemId, String externalId, int answers, List<RankedResponse> responses) {
    }

    record QuestionRanking(String question, String mode, int answers, List<RankedModel> models,
                           List<PromptRanking> prompts) {
    }

    /** {@code computedAt}, {@code answersIncluded}, {@code stale}: as in the quality report (kept per project). */
    record Rankings(double prior, List<QuestionRanking> questions,
                         @Schema(description = KeptQualityReports.COMPUTED_AT) java.time.Instant computedAt,
                         @Schema(description = KeptQualityReports.ANSWERS) long answersIncluded,
                         @Schema(description = KeptQualityReports.STALE) boolean stale) {
    }

    @GetMapping("/rankings")
    @Operation(operationId = "getQualityRankings", summary = "Bradley-Terry rankings of the comparison questions: per prompt its responses (by position "
            + "in the item's responses) and over the project the models behind them, each with score (centred ln "
            + "strength), standard error, wins and comparisons. Admins, managers and reviewers of the owning organization")
    @ApiResponse(responseCode = "200", description = "The figures (kept, or computed now)",
            content = @Content(schema = @Schema(implementation = Rankings.class)))
    @KeptQualityReports.ComputingAccepted
    KeptQualityReports.Served rankings(CurrentUser caller, @PathVariable UUID projectId) {
        var access = projects.access(caller, projectId);
        if (!access.ownerStaff()) {
            throw new ProjectForbidden("Only admins, managers and reviewers of the owning organization see the rankings.");
        }
        var p = access.project();
        return kept.serve(p, "rankings", null, stamp -> rankings(p, stamp));
    }

    @Override
    public java.util.Optional<Computation> computation(dev.annota.project.Project p, String variant) {
        return "rankings".equals(variant) ? java.util.Optional.of(new Computation(null, stamp -> rankings(p, stamp))) : java.util.Optional.empty();
    }

    /** The rankings, fitted over all the project's comparison answers. */
    private Rankings rankings(dev.annota.project.Project p, KeptReportSource.Stamp stamp) {
        return tenants.readFromReplica(p.tenantId(), () -> {
            var answers = consensus.answersByQuestion(p.tenantId(), p.id(), p.schemaVersion());
            var questions = new ArrayList<QuestionRanking>();
            if (answers.comparisons().isEmpty()) {
                return new Rankings(ComparisonRankings.PRIOR, questions, stamp.computedAt(), stamp.answersIncluded(), false);
            }
            var externalIds = new HashMap<UUID, String>();
            var models = new HashMap<UUID, List<String>>();
            items.of(p).forEach((item, responses) -> {
                externalIds.put(item, responses.externalId());
                models.put(item, responses.models());
            });
            answers.comparisons().forEach((question, comparisons) ->
                    questions.add(rank(question, comparisons, models, externalIds)));
            return new Rankings(ComparisonRankings.PRIOR, questions, stamp.computedAt(), stamp.answersIncluded(), false);
        });
    }

    private static QuestionRanking rank(String question, AnswersByQuestion.Comparisons comparisons,
                                        Map<UUID, List<String>> models, Map<UUID, String> externalIds) {
        var counts = new HashMap<UUID, Integer>();
        comparisons.answers().forEach(a -> counts.merge(a.item(), 1, Integer::sum));
        var prompts = new ArrayList<PromptRanking>();
        ComparisonRankings.perItem(comparisons).forEach((item, standings) -> {
            List<String> names = models.getOrDefault(item, List.of());
            var responses = standings.stream().map(s -> {
                int response = Integer.parseInt(s.name());
                return new RankedResponse(s.rank(), response, response < names.size() ? names.get(response) : null,
                        s.score(), finite(s.standardError()), s.wins(), s.comparisons());
            }).toList();
            prompts.add(new PromptRanking(item, externalIds.get(item), counts.get(item), responses));
        });
        prompts.sort(java.util.Comparator.comparing(PromptRanking::itemId));
        List<BradleyTerry.Standing> byModel = ComparisonRankings.perModel(comparisons, models);
        var ranked = byModel.stream().map(s -> new RankedModel(s.rank(), s.name(), s.score(), finite(s.standardError()),
                s.wins(), s.comparisons())).toList();
        return new QuestionRanking(question, comparisons.ranking() ? "ranking" : "preferred", comparisons.answers().size(),
                ranked, prompts);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
