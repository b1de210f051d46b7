package dev.annota.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annota.failure.Invalid;
import org.junit.jupiter.api.Test;

/** The export's review filter as a request names it; no Spring. */
class ExportReviewTests {

    @Test
    void anAbsentFilterKeepsTodaysExportAndAWrongOneIsRefusedNamingTheField() {
        assertThat(ExportReview.of(null)).isEqualTo(ExportReview.ALL);
        assertThat(ExportReview.of(" ")).isEqualTo(ExportReview.ALL);
        assertThat(ExportReview.of("Accepted")).isEqualTo(ExportReview.ACCEPTED);
        assertThat(ExportReview.of("history")).isEqualTo(ExportReview.HISTORY);
        assertThatThrownBy(() -> ExportReview.of("approved")).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.properties()).containsEntry("field", "review"));
    }

    @Test
    void historyIsForJsonlWhileAcceptedWorkFitsEveryShape() {
        for (ExportFormat format : ExportFormat.values()) {
            ExportReview.ACCEPTED.requireFits(format);
        }
        ExportReview.HISTORY.requireFits(ExportFormat.JSONL);
        assertThatThrownBy(() -> ExportReview.HISTORY.requireFits(ExportFormat.TRL)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.properties()).containsEntry("field", "review"));
    }
}
