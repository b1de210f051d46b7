package dev.annota.item.internal;

import java.util.ArrayList;
import java.util.List;

import dev.annota.item.ImportRejected;
import tools.jackson.databind.JsonNode;

/**
 * What an import would store, without storing it: the first {@link #ROWS} items as they would be stored, how many
 * records were read, and the first {@link #PROBLEMS} problems (each with the line, and the field or CSV column).
 * {@code importable} is true when the file would import as it is.
 */
record ImportPreview(String format, long received, boolean importable, List<Row> rows, List<Problem> problems) {

    static final int ROWS = 20;
    static final int PROBLEMS = 20;

    /** {@code annotations}: people's answers the record brings (Label Studio's), as they would be stored; left out when none. */
    record Row(long line, String externalId, JsonNode data, JsonNode predictions, JsonNode gold,
               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
               List<Annotation> annotations) {
    }

    /** An imported answer and its provenance (original id and author; when it was made, null: at the import). */
    record Annotation(JsonNode answer, String originalId, String originalAuthor, java.time.Instant createdAt) {
    }

    record Problem(long line, String field, String detail) {
    }

    /** Collects as the file streams past: memory stays bounded by the listed rows and problems. */
    static final class Builder {
        private final String format;
        private final List<Row> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private long received;
        private long problemCount;

        Builder(String format) {
            this.format = format;
        }

        void row(ImportReader.ItemRecord record) {
            received++;
            if (rows.size() < ROWS) {
                rows.add(new Row(record.line(), record.externalId(), record.data(), record.predictions(), record.gold(),
                        record.answers().stream().map(a -> new Annotation(a.answer(), a.originalId(), a.originalAuthor(),
                                a.createdAt())).toList()));
            }
        }

        /** A record the import would refuse; the rest of the file is still read. */
        void problem(ImportRejected e) {
            received++;
            stop(e);
        }

        /** The file cannot be read past this point. */
        void stop(ImportRejected e) {
            problemCount++;
            if (problems.size() < PROBLEMS) {
                problems.add(new Problem(e.line(), e.field(), e.detail()));
            }
        }

        ImportPreview build() {
            return new ImportPreview(format, received, problemCount == 0, List.copyOf(rows), List.copyOf(problems));
        }
    }
}
