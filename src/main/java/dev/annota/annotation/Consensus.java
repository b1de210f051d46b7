package dev.annota.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.schema.Choice;
import dev.annota.schema.LabelSchema;
import dev.annota.project.Projects;
import dev.annota.schema.Rating;
import dev.annota.statistics.AggregationMethod;
import dev.annota.statistics.Answers;
import dev.annota.statistics.BoxAgreement;
import dev.annota.statistics.BoxConsensus;
import dev.annota.statistics.BradleyTerry;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aggregation of a project's answers into one answer per item, with the algorithms of the quality module. Questions
 * aggregated: single choice and rating questions of the project's current schema (a categorical label each); multiple
 * choice, free text, spans, boxes and comparisons are left out (they need other models: see docs/quality.md).
 * Each question is aggregated on its own, over the items that have an answer to it.
 */
@Service
public record Consensus(JdbcClient jdbc, Projects projects, TenantScope tenants, JsonMapper json,
        dev.annota.annotation.internal.AnswerCodec answerCodec, ObjectProvider<AnnotationReviews> reviews) {

    /** One annotator's label for one question of one item. */
    public record Vote(UUID item, UUID annotator, String label) {
    }

    /** The aggregated label of a question for an item and the method's confidence in it. */
    public record Label(String label, double confidence) {
    }

    /** The boxes agreed on for one item by {@link BoxConsensus} (method {@value BoxConsensus#METHOD}). */
    public record AgreedBoxes(List<BoxConsensus.Agreed> boxes, int annotators, double confidence) {
    }

    /**
     * The responses of one item ranked by Bradley–Terry over its comparison answers (method {@value #RANKING}):
     * {@code ranking[i]} the rank of response i (1 = best, null when no answer compared it), {@code scores[i]} its
     * score; {@code confidence} the model's probability that the first beats the second.
     */
    public record AgreedRanking(List<Integer> ranking, List<Double> scores, double confidence, int answers) {
    }

    public static final String RANKING = "bradley-terry";

    /**
     * Per question (schema order), per item: the aggregated label of categorical questions ({@code questions}), the
     * agreed boxes of box questions, the ranking of comparison questions.
     */
    public record Result(AggregationMethod method, Map<String, Map<UUID, Label>> questions,
                         Map<String, Map<UUID, AgreedBoxes>> boxes, Map<String, Map<UUID, AgreedRanking>> rankings) {

        public Result(AggregationMethod method, Map<String, Map<UUID, Label>> questions) {
            this(method, questions, Map.of(), Map.of());
        }

        /** The item's aggregated categorical answer (question → label), empty when no such question was answered. */
        public Map<String, Label> item(UUID item) {
            return pick(questions, item);
        }

        public Map<String, AgreedBoxes> boxesOf(UUID item) {
            return pick(boxes, item);
        }

        public Map<String, AgreedRanking> rankingsOf(UUID item) {
            return pick(rankings, item);
        }

        private static <T> Map<String, T> pick(Map<String, Map<UUID, T>> byQuestion, UUID item) {
            var answer = new LinkedHashMap<String, T>();
            byQuestion.forEach((question, values) -> {
                T value = values.get(item);
                if (value != null) {
                    answer.put(question, value);
                }
            });
            return answer;
        }
    }

    /** The method for a request parameter; 422 problem for an unknown code. */
    public static AggregationMethod method(String code) {
        try {
            return AggregationMethod.byCode(code);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage()).with("field", "method");
        }
    }

    /** The questions that are aggregated, in schema order. */
    public List<String> questions(UUID tenantId, UUID projectId, int schemaVersion) {
        LabelSchema schema = projects.schema(tenantId, projectId, schemaVersion);
        var names = new ArrayList<String>();
        for (var q : schema.questions()) {
            if ((q instanceof Choice c && !c.multiple()) || q instanceof Rating) {
                names.add(q.name());
            }
        }
        return names;
    }

    /** Every vote of the project, per aggregated question; joins the caller's tenant transaction or opens one. */
    public Map<String, List<Vote>> votes(UUID tenantId, UUID projectId, int schemaVersion) {
        return answersByQuestion(tenantId, projectId, schemaVersion).categorical();
    }

    /**
     * Every answer of the project to a measurable question, read (and opened) once; joins the caller's tenant
     * transaction or opens one.
     */
    public AnswersByQuestion answersByQuestion(UUID tenantId, UUID projectId, int schemaVersion) {
        return answersByQuestion(tenantId, projectId, schemaVersion, false);
    }

    /**
     * The answers as submitted ({@code reviewed} false: what annotators said, for agreement and rankings of annotators),
     * or as review left them ({@code reviewed} true: the input of aggregation, see {@link ReviewedVotes}).
     */
    private AnswersByQuestion answersByQuestion(UUID tenantId, UUID projectId, int schemaVersion, boolean reviewed) {
        return answersByQuestion(tenantId, projectId, schemaVersion, reviewed, Kept.ALL);
    }

    /** Which answers an aggregation takes (an export's period, workforce and review filter). */
    @FunctionalInterface
    public interface Kept {
        Kept ALL = (annotation, item, annotator, at) -> true;

        boolean holds(UUID annotation, UUID item, UUID annotator, java.time.Instant at);
    }

    private AnswersByQuestion answersByQuestion(UUID tenantId, UUID projectId, int schemaVersion, boolean reviewed, Kept kept) {
        var answers = AnswersByQuestion.empty(projects.schema(tenantId, projectId, schemaVersion));
        if (answers.isEmpty()) {
            return answers;
        }
        tenants.read(tenantId, () -> {
            AnnotationReviews source = reviewed ? reviews.getIfAvailable() : null;
            Map<UUID, AnnotationReview> verdicts = source == null ? Map.of() : source.ofProject(tenantId, projectId, false);
            jdbc.sql("select item_id, annotator_id, answer, id, created_at, assignment_id from annotations where tenant_id = ? and project_id = ?")
                    .params(tenantId, projectId)
                    .query(rs -> {
                        UUID id = rs.getObject(4, UUID.class);
                        if (!kept.holds(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(5).toInstant())) {
                            return;
                        }
                        JsonNode answer = ReviewedVotes.input(verdicts.get(id), answerCodec.open(tenantId, id, rs.getString(3)));
                        if (answer != null) {
                            answers.add(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(6, UUID.class), answer);
                        }
                    });
            return null;
        });
        return answers;
    }

    /**
     * Aggregates the project's answers as review left them (a correction in place of its annotation's answer, rejected
     * answers left out; {@link ReviewedVotes}) with {@code method} (categorical questions), boxes and comparisons.
     */
    public Result aggregate(UUID tenantId, UUID projectId, int schemaVersion, AggregationMethod method) {
        return aggregate(answersByQuestion(tenantId, projectId, schemaVersion, true), method);
    }

    /** As {@link #aggregate(UUID, UUID, int, AggregationMethod)}, of the answers {@code kept} holds only. */
    public Result aggregate(UUID tenantId, UUID projectId, int schemaVersion, AggregationMethod method, Kept kept) {
        return aggregate(answersByQuestion(tenantId, projectId, schemaVersion, true, kept), method);
    }

    /** Aggregates answers already read. */
    public static Result aggregate(AnswersByQuestion answers, AggregationMethod method) {
        var boxes = new LinkedHashMap<String, Map<UUID, AgreedBoxes>>();
        answers.boxes().forEach((question, list) -> {
            var byItem = new LinkedHashMap<UUID, Map<String, List<BoxAgreement.Box>>>();
            list.forEach(a -> byItem.computeIfAbsent(a.item(), k -> new LinkedHashMap<>()).put(a.annotator().toString(), a.boxes()));
            var agreed = new HashMap<UUID, AgreedBoxes>();
            byItem.forEach((item, byAnnotator) -> {
                var result = BoxConsensus.of(byAnnotator, BoxAgreement.DEFAULT_THRESHOLD);
                agreed.put(item, new AgreedBoxes(result.boxes(), result.annotators(), BoxConsensus.confidence(result, byAnnotator)));
            });
            boxes.put(question, agreed);
        });
        var rankings = new LinkedHashMap<String, Map<UUID, AgreedRanking>>();
        answers.comparisons().forEach((question, comparisons) -> {
            var counts = new HashMap<UUID, Integer>();
            var sizes = new HashMap<UUID, Integer>();
            comparisons.answers().forEach(a -> {
                counts.merge(a.item(), 1, Integer::sum);
                sizes.merge(a.item(), a.responses(), Math::max);
            });
            var agreed = new HashMap<UUID, AgreedRanking>();
            ComparisonRankings.perItem(comparisons).forEach((item, standings) -> {
                if (standings.isEmpty()) {
                    return;
                }
                Integer[] ranks = new Integer[sizes.get(item)];
                Double[] scores = new Double[ranks.length];
                for (var s : standings) {
                    int response = Integer.parseInt(s.name());
                    ranks[response] = s.rank();
                    scores[response] = s.score();
                }
                double confidence = standings.size() < 2 ? 1
                        : BradleyTerry.probability(standings.get(0), standings.get(1));
                agreed.put(item, new AgreedRanking(java.util.Arrays.asList(ranks), java.util.Arrays.asList(scores),
                        confidence, counts.get(item)));
            });
            rankings.put(question, agreed);
        });
        return new Result(method, aggregate(answers.categorical(), method).questions(), boxes, rankings);
    }

    /** Aggregates votes already read. */
    public static Result aggregate(Map<String, List<Vote>> votes, AggregationMethod method) {
        var result = new LinkedHashMap<String, Map<UUID, Label>>();
        votes.forEach((question, list) -> {
            var labels = new HashMap<UUID, Label>();
            if (!list.isEmpty()) {
                var builder = Answers.builder();
                for (Vote v : list) {
                    builder.add(v.item().toString(), v.annotator().toString(), v.label());
                }
                var aggregation = method.aggregate(builder.build());
                var answers = aggregation.answers();
                for (int i = 0; i < answers.itemCount(); i++) {
                    labels.put(UUID.fromString(answers.item(i)), new Label(aggregation.label(i), aggregation.confidence(i)));
                }
            }
            result.put(question, labels);
        });
        return new Result(method, result);
    }

    /**
     * How far an item's answers agree: per aggregated question the majority's share of the votes, the lowest over
     * the questions (1 when no question has a vote). Runs inside the caller's tenant transaction (the submit's).
     */
    public double itemAgreement(UUID tenantId, UUID projectId, int schemaVersion, UUID itemId) {
        List<String> questions = questions(tenantId, projectId, schemaVersion);
        List<JsonNode> answers = jdbc.sql("select id, answer from annotations where tenant_id = ? and item_id = ?")
                .params(tenantId, itemId)
                .query((rs, n) -> answerCodec.open(tenantId, rs.getObject(1, UUID.class), rs.getString(2))).list();
        double lowest = 1;
        for (String q : questions) {
            var counts = new HashMap<String, Integer>();
            int total = 0;
            for (JsonNode answer : answers) {
                String label = label(answer.get(q));
                if (label != null) {
                    counts.merge(label, 1, Integer::sum);
                    total++;
                }
            }
            if (total > 0) {
                int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                lowest = Math.min(lowest, (double) top / total);
            }
        }
        return lowest;
    }

    /** A categorical label from an answer value: a string, number or boolean; null for anything else. */
    static String label(JsonNode value) {
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asString();
    }
}
