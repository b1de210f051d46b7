package dev.annota.annotation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.statistics.AggregationMethod;

/**
 * Which answers an export holds: review ({@link ExportReview}), the answers' period {@code [from, to)}, one workforce
 * (the organization whose people gave them; null: all), and every answer or one consensus per item ({@code method}:
 * the aggregation, set only for a consensus). Each bad value is a 422 naming its request parameter.
 */
public record ExportFilter(ExportReview review, Instant from, Instant to, UUID workforce, AggregationMethod consensus) {

    public static final ExportFilter EVERYTHING = new ExportFilter(ExportReview.ALL, null, null, null, null);

    public ExportFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("to", "The period is empty: 'to' must be after 'from'.");
        }
    }

    /**
     * From request parameters: {@code from}/{@code to} an ISO day (a whole UTC day: {@code to} counts its own day) or
     * instant; {@code workforce} an organization id; {@code answers} {@code every} (default) or {@code consensus},
     * {@code aggregate} its method (default {@code mv}).
     */
    public static ExportFilter of(String review, String from, String to, String workforce, String answers, String aggregate) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        UUID force = null;
        if (workforce != null && !workforce.isBlank()) {
            try {
                force = UUID.fromString(workforce.strip());
            } catch (IllegalArgumentException e) {
                throw invalid("workforce", "'" + workforce + "' is not an organization id.");
            }
        }
        String mode = answers == null || answers.isBlank() ? "every" : answers.strip().toLowerCase(Locale.ROOT);
        AggregationMethod method = switch (mode) {
            case "every" -> null;
            case "consensus" -> {
                try {
                    yield AggregationMethod.byCode(aggregate == null || aggregate.isBlank() ? "mv" : aggregate.strip());
                } catch (IllegalArgumentException e) {
                    throw invalid("aggregate", e.getMessage());
                }
            }
            default -> throw invalid("answers", "Unknown answers '" + answers + "'; known: every, consensus.");
        };
        return new ExportFilter(ExportReview.of(review), start, end, force, method);
    }

    public boolean isConsensus() {
        return consensus != null;
    }

    /** Whether answers are held back by time or workforce (review aside). */
    public boolean narrowed() {
        return from != null || to != null || workforce != null;
    }

    /** Refuses a consensus for a format with no place for it (only csv and parquet write one row per item's consensus). */
    public void requireFits(ExportFormat format) {
        review.requireFits(format);
        if (isConsensus() && format != ExportFormat.CSV && format != ExportFormat.PARQUET) {
            throw invalid("answers", "answers=consensus is for the csv and parquet formats (jsonl: aggregate=<method> adds "
                    + "the consensus to each line); " + format.id() + " holds every answer.");
        }
    }

    /** The filter as the access log names it (after the format): empty when it holds everything. */
    public String describe() {
        var parts = new StringBuilder();
        if (review != ExportReview.ALL) {
            parts.append(",review=").append(review.id());
        }
        if (from != null) {
            parts.append(",from=").append(from);
        }
        if (to != null) {
            parts.append(",to=").append(to);
        }
        if (workforce != null) {
            parts.append(",workforce=").append(workforce);
        }
        if (consensus != null) {
            parts.append(",answers=consensus:").append(consensus.code());
        }
        return parts.toString();
    }

    private static Instant instant(String field, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(field, "'" + value + "' is neither a day (2026-11-30) nor an instant (2026-11-30T12:00:00Z).");
        }
    }

    private static Invalid invalid(String field, String detail) {
        return (Invalid) new Invalid("Export not possible", detail).with("field", field);
    }
}
