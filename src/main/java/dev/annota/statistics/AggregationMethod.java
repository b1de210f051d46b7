package dev.annota.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.annota.statistics.internal.DawidSkene;
import dev.annota.statistics.internal.Estimate;
import dev.annota.statistics.internal.Mace;
import dev.annota.statistics.internal.MajorityVote;
import dev.annota.statistics.internal.OneCoinDawidSkene;
import dev.annota.statistics.internal.Wawa;

/** The models that aggregate categorical answers into one label per item, each with a short code for the CLI. */
public enum AggregationMethod {

    /** Majority vote; confidence = share of the votes. */
    MAJORITY_VOTE("mv"),
    /** Majority vote weighted by each worker's agreement with the plain majority. */
    WAWA("wawa"),
    /** Dawid–Skene: class priors and a full confusion matrix per worker, fitted with EM. */
    DAWID_SKENE("ds"),
    /** One-coin Dawid–Skene: one accuracy per worker and a uniform class prior, fitted with EM. */
    ONE_COIN_DAWID_SKENE("ocds"),
    /** MACE: per worker a competence and a spamming distribution, fitted with EM. */
    MACE("mace");

    private final String code;

    AggregationMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AggregationMethod byCode(String code) {
        for (AggregationMethod method : values()) {
            if (method.code.equalsIgnoreCase(code)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method '" + code + "'; use one of " + codes());
    }

    /** The codes joined with "|", for usage messages. */
    public static String codes() {
        return Arrays.stream(values()).map(AggregationMethod::code).collect(Collectors.joining("|"));
    }

    public Aggregation aggregate(Answers answers) {
        return aggregate(answers, EmOptions.DEFAULT);
    }

    /** Aggregates; the EM options only matter to the EM models. */
    public Aggregation aggregate(Answers answers, EmOptions options) {
        Estimate estimate = switch (this) {
            case MAJORITY_VOTE -> MajorityVote.estimate(answers);
            case WAWA -> Wawa.estimate(answers);
            case DAWID_SKENE -> DawidSkene.estimate(answers, options);
            case ONE_COIN_DAWID_SKENE -> OneCoinDawidSkene.estimate(answers, options);
            case MACE -> Mace.estimate(answers, options);
        };
        return new Aggregation(answers, this, estimate);
    }
}
