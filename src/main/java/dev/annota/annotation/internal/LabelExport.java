package dev.annota.annotation.internal;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

import dev.annota.annotation.AnnotationReview;
import dev.annota.annotation.Consensus;
import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportReview;
import dev.annota.annotation.ExportSummary;
import dev.annota.crypto.Opener;
import dev.annota.identity.CurrentUser;
import dev.annota.item.ItemPayloads;
import dev.annota.item.PayloadViews;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.statistics.AggregationMethod;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a project's labels as JSON Lines, one item per line with its annotations, in constant memory: rows come
 * from a database cursor and go straight to the response.
 */
@Component
class LabelExport {

    /**
     * The items with annotations, for the access log's count. Grouped, not {@code count(distinct item_id)}: PostgreSQL
     * sorts every value of a distinct aggregate (a million ids spilled to disk before a 1M-label export), while a
     * grouping can walk {@code annotations_item}, already in item order, or hash.
     */
    private static final String ANNOTATED_ITEMS = """
            select count(*) from (select item_id from annotations where tenant_id = ? and project_id = ? group by item_id) annotated""";

    /** The labels, item by item, oldest answer first; {@code %s}: "left" to keep the items without answers. */
    static final String STATEMENT = """
            select i.id, i.external_id, i.payload, i.state, a.id, a.annotator_id, a.answer, a.schema_version, a.created_at,
                   i.predictions, a.prediction_changed, a.derived, a.supersedes, i.gold_answer,
                   a.source, a.original_id, a.original_author
            from items i %s join annotations a on a.tenant_id = i.tenant_id and a.project_id = i.project_id and a.item_id = i.id
            where i.tenant_id = ? and i.project_id = ?
            order by i.id, a.created_at""";

    /** Rows a batch: as many as are fetched at a time. */
    private static final int BATCH = RowStream.BATCH;

    private final JdbcTemplate jdbc;
    private final RowStream rows;
    private final TenantScope tenants;
    private final PayloadViews views;
    private final JsonMapper json;
    private final AnswerCodec answers;
    private final Consensus consensus;
    private final ReviewedAnswers reviewedAnswers;
    private final ExportOpening opening;

    LabelExport(JdbcTemplate jdbc, RowStream rows, TenantScope tenants, PayloadViews views, JsonMapper json, AnswerCodec answers,
                Consensus consensus, ReviewedAnswers reviewedAnswers, ExportOpening opening) {
        this.opening = opening;
        this.consensus = consensus;
        this.reviewedAnswers = reviewedAnswers;
        this.jdbc = jdbc;
        this.rows = rows;
        this.tenants = tenants;
        this.views = views;
        this.json = json;
        this.answers = answers;
    }

    /**
     * With {@code aggregate}, each line gains {@code "consensus": {"method", "answer": {question: label},
     * "confidence": {question: probability}}} for the items with answers to an aggregated question. The aggregation
     * runs first over the project's answers (in memory linear in the answers), inside the export's transaction so
     * both see the same answers. {@code review} filters and annotates the annotations (see {@link ExportReview}); under
     * {@code ACCEPTED} an item without accepted work is left out, whatever {@code onlyAnnotated} says.
     */
    ExportSummary write(ProjectAccess access, boolean onlyAnnotated, AggregationMethod aggregate, ExportFilter filter,
                        OutputStream out, Runnable walked) {
        Projects.requireManage(access);
        Project p = access.project();
        CurrentUser person = access.caller();
        ExportReview review = filter.review();
        return tenants.readFromReplica(p.tenantId(), () -> {
            AnswerRows.Scope scope = opening.scope(access, filter);
            Consensus.Result agreed = aggregate == null ? null
                    : consensus.aggregate(p.tenantId(), p.id(), p.schemaVersion(), aggregate);
            ReviewedAnswers.Reading reviewed = reviewedAnswers.read(p.tenantId(), p.id(), review);
            long items = review == ExportReview.ACCEPTED ? reviewed.itemsWithAcceptedWork()
                    : jdbc.queryForObject(onlyAnnotated
                    ? ANNOTATED_ITEMS
                    : "select count(*) from items where tenant_id = ? and project_id = ?", Long.class, p.tenantId(), p.id());
            ItemPayloads payloads = views.exporting(person, p.tenantId(), p.id(), items,
                    "jsonl" + (onlyAnnotated ? "" : ",all") + (aggregate == null ? "" : ",aggregate=" + aggregate.name().toLowerCase(Locale.ROOT))
                            + filter.describe());
            // The keysets are looked up once for the whole export, not once a value.
            Opener payload = payloads.opener(p.tenantId());
            Opener external = payloads.externalIdOpener(p.tenantId());
            Opener answer = answers.opener(p.tenantId());
            try (JsonGenerator gen = json.createGenerator(new UncommittedUntilWritten(out))) {
                boolean everyItem = review != ExportReview.ACCEPTED && !(onlyAnnotated && filter.narrowed());
                var lines = new Lines(gen, json, p.id(), payload, external, answer, reviewed, scope, agreed, review, everyItem,
                        new Lines.Position());
                // This thread reads; the lines are opened and written on the handover's, while the next rows come.
                var handover = new RowHandover<Row>("annota-export-" + p.id(), BATCH, 4, lines::write);
                try {
                    var last = new String[1];
                    rows.query(STATEMENT.formatted(onlyAnnotated ? "" : "left"), rs -> {
                        walked.run();
                        String item = rs.getString(1);
                        // The item's own columns are read on its first row only: its later rows repeat them.
                        boolean first = !item.equals(last[0]);
                        last[0] = item;
                        handover.add(Row.of(rs, item, first));
                    }, p.tenantId(), p.id());
                    handover.finish();
                } finally {
                    handover.abandon();
                }
                lines.end();
                return reviewed.summarize(new ExportSummary("jsonl", null, lines.at().items, lines.at().annotations, lines.at().items, 0, 0));
            }
        });
    }

    /**
     * One row of the export's statement as read, nothing opened or parsed but the time: the reading thread does the
     * driver's share only. The item's columns are null on its later rows.
     */
    private record Row(String item, boolean first, String externalId, String payload, String state, String annotation,
                       String annotator, String answer, int schemaVersion, Instant createdAt, String predictions,
                       Boolean predictionChanged, String derived, String supersedes, String goldAnswer, String source,
                       String originalId, String originalAuthor) {

        static Row of(ResultSet rs, String item, boolean first) throws SQLException {
            String annotation = rs.getString(5);
            OffsetDateTime at = annotation == null ? null : rs.getObject(9, OffsetDateTime.class);
            return new Row(item, first, first ? rs.getString(2) : null, first ? rs.getString(3) : null,
                    first ? rs.getString(4) : null, annotation, rs.getString(6), rs.getString(7), rs.getInt(8),
                    at == null ? null : at.toInstant(), first ? rs.getString(10) : null, (Boolean) rs.getObject(11),
                    rs.getString(12), rs.getString(13), first ? rs.getString(14) : null, rs.getString(15),
                    rs.getString(16), rs.getString(17));
        }
    }

    /**
     * The lines, written batch by batch on the handover's thread. Each batch is taken in three passes: which lines
     * start and which annotations show (the review filter, the period, the workforce); then every value those need is
     * opened, one column at a time; then the JSON is written. Opening a column at a time matters while a key rotation's
     * re-encryption is unfinished: the payloads are under one key and the answers under another, and Tink keeps one
     * AES cipher per thread for every key, so alternating them row by row set up the key schedule again for every value
     * (a sixth of the export's time). Everything is opened before the batch's first byte is written, so a value that
     * does not open (shredded keys, a damaged row) in the first batch fails the export before the response starts.
     * {@code everyItem}: every item gets its line, with or without annotations the export holds.
     */
    private record Lines(JsonGenerator gen, JsonMapper json, UUID projectId, Opener payload, Opener external, Opener answer,
                         ReviewedAnswers.Reading reviewed, AnswerRows.Scope scope, Consensus.Result agreed,
                         ExportReview review, boolean everyItem, Position at) {

        /**
         * Where the lines are, across batches: the deciding pass's item (its first row, whether its line has started),
         * the writing pass's open line, and the counts.
         */
        private static final class Position {
            UUID itemId;
            Row itemRow;
            boolean started;
            UUID lineItem;
            boolean open;
            long items;
            long annotations;
            /** An item state's text as written, lowered once per state (a handful), not once per item. */
            final java.util.Map<String, String> states = new java.util.HashMap<>();
        }

        void write(List<Row> rows) {
            int n = rows.size();
            UUID[] itemIds = new UUID[n];
            boolean[] next = new boolean[n];
            Row[] starts = new Row[n];
            UUID[] annotationIds = new UUID[n];
            AnnotationReview[] shown = new AnnotationReview[n];
            for (int i = 0; i < n; i++) {
                Row row = rows.get(i);
                if (row.first()) {
                    at.itemId = UUID.fromString(row.item());
                    at.itemRow = row;
                    next[i] = true;
                    at.started = false;
                    if (everyItem) {
                        starts[i] = at.itemRow;
                        at.started = true;
                    }
                }
                itemIds[i] = at.itemId;
                if (row.annotation() == null) {
                    continue;
                }
                UUID annotation = UUID.fromString(row.annotation());
                AnnotationReview verdict = reviewed.of(annotation, at.itemId);
                reviewed.tally(verdict);
                // The annotator's id is parsed only for a scope that names annotators (a workforce).
                if (reviewed.holds(verdict) && scope.holds(scope.annotators() == null ? null : UUID.fromString(row.annotator()),
                        row.createdAt())) {
                    annotationIds[i] = annotation;
                    shown[i] = verdict;
                    if (!at.started) {
                        starts[i] = at.itemRow;
                        at.started = true;
                    }
                }
            }
            IntFunction<UUID> ofItem = i -> itemIds[i];
            IntFunction<UUID> ofAnnotation = i -> annotationIds[i];
            byte[][] data = open(n, payload, ofItem, i -> starts[i] == null ? null : starts[i].payload());
            // External ids are sealed deterministically, scoped by the project.
            byte[][] externalIds = open(n, external, i -> projectId, i -> starts[i] == null ? null : starts[i].externalId());
            byte[][] predicted = open(n, payload, ofItem, i -> starts[i] == null ? null : starts[i].predictions());
            byte[][] gold = open(n, payload, ofItem, i -> starts[i] == null ? null : starts[i].goldAnswer());
            byte[][] submitted = open(n, answer, ofAnnotation, i -> shown[i] == null ? null : rows.get(i).answer());
            byte[][] derived = open(n, answer, ofAnnotation, i -> shown[i] == null ? null : rows.get(i).derived());
            for (int i = 0; i < n; i++) {
                if (next[i]) {
                    end();
                }
                if (starts[i] != null) {
                    start(itemIds[i], starts[i], data[i], externalIds[i], predicted[i], gold[i]);
                }
                if (shown[i] != null) {
                    annotation(rows.get(i), annotationIds[i], shown[i], submitted[i], derived[i]);
                }
            }
        }

        /**
         * A column's opened values of a batch, by row, as UTF-8 (the JSON values are written as their bytes, strings
         * escaped over their bytes): those {@code sealed} names (null: none in that row).
         */
        private static byte[][] open(int rows, Opener opener, IntFunction<UUID> rowId, IntFunction<String> sealed) {
            byte[][] opened = new byte[rows][];
            for (int i = 0; i < rows; i++) {
                String value = sealed.apply(i);
                if (value != null) {
                    opened[i] = opener.openUtf8(rowId.apply(i), value);
                }
            }
            return opened;
        }

        private void start(UUID id, Row row, byte[] data, byte[] externalId, byte[] predicted, byte[] gold) {
            at.open = true;
            at.lineItem = id;
            at.items++;
            gen.writeStartObject();
            gen.writeStringProperty("item_id", id.toString());
            gen.writeName("external_id");
            if (externalId == null) {
                gen.writeNull();
            } else {
                // Escaped over the UTF-8 bytes as writeString escapes a string (ExportJsonBytesTests).
                gen.writeUTF8String(externalId, 0, externalId.length);
            }
            gen.writeName("data");
            gen.writeRawValue(new RawUtf8(data));
            if (predicted != null) {
                gen.writeName("predictions");
                gen.writeRawValue(new RawUtf8(predicted));
            }
            gen.writeStringProperty("state", at.states.computeIfAbsent(row.state(), state -> state.toLowerCase(Locale.ROOT)));
            if (gold != null) {
                // The known answer of a gold item: the export's reader (the lab) set it.
                gen.writeName("gold_answer");
                gen.writeRawValue(new RawUtf8(gold));
            }
            gen.writeArrayPropertyStart("annotations");
        }

        private void annotation(Row row, UUID id, AnnotationReview verdict, byte[] submitted, byte[] derived) {
            gen.writeStartObject();
            gen.writeStringProperty("annotation_id", id.toString());
            gen.writeStringProperty("annotator_id", row.annotator());
            gen.writeName("answer");
            if (review == ExportReview.ALL) {
                gen.writeRawValue(new RawUtf8(submitted));
            } else {
                gen.writeTree(reviewed.answer(verdict, json.readTree(submitted)));
            }
            gen.writeNumberProperty("schema_version", row.schemaVersion());
            gen.writeStringProperty("created_at", InstantText.of(row.createdAt()));
            if (row.predictionChanged() != null) {
                gen.writeBooleanProperty("prediction_changed", row.predictionChanged());
            }
            if (derived != null) {
                gen.writeName("derived");
                gen.writeRawValue(new RawUtf8(derived));
            }
            ReviewLines.write(gen, review, verdict,
                    review == ExportReview.ACCEPTED ? new String(submitted, java.nio.charset.StandardCharsets.UTF_8) : null,
                    row.supersedes() == null ? null : UUID.fromString(row.supersedes()));
            if (row.source() != null) {
                // An answer imported from another tool: where it came from, under which id and author.
                gen.writeObjectPropertyStart("provenance");
                gen.writeStringProperty("source", row.source());
                gen.writeStringProperty("original_id", row.originalId());
                gen.writeStringProperty("original_author", row.originalAuthor());
                gen.writeEndObject();
            }
            gen.writeEndObject();
            at.annotations++;
        }

        /** Ends the open line, if any. */
        void end() {
            if (at.open) {
                gen.writeEndArray();
                writeConsensus(gen, agreed, at.lineItem);
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
            at.open = false;
        }
    }

    /**
     * The item's consensus: categorical questions by the chosen method, box questions by IoU clustering, comparison
     * questions by Bradley–Terry; {@code methods} names each question's method, {@code method} that of the first.
     */
    /** A list of whole or decimal numbers, any of which may be missing (null). */
    private static void writeNumbers(JsonGenerator gen, String name, List<? extends Number> numbers) {
        gen.writeArrayPropertyStart(name);
        for (Number number : numbers) {
            switch (number) {
                case null -> gen.writeNull();
                case Integer whole -> gen.writeNumber(whole);
                default -> gen.writeNumber(number.doubleValue());
            }
        }
        gen.writeEndArray();
    }

    private static void writeConsensus(JsonGenerator gen, Consensus.Result agreed, UUID item) {
        if (agreed == null) {
            return;
        }
        var labels = agreed.item(item);
        var boxes = agreed.boxesOf(item);
        var rankings = agreed.rankingsOf(item);
        if (labels.isEmpty() && boxes.isEmpty() && rankings.isEmpty()) {
            return;
        }
        var methods = new java.util.LinkedHashMap<String, String>();
        labels.keySet().forEach(q -> methods.put(q, agreed.method().code()));
        boxes.keySet().forEach(q -> methods.put(q, dev.annota.statistics.BoxConsensus.METHOD));
        rankings.keySet().forEach(q -> methods.put(q, Consensus.RANKING));
        gen.writeObjectPropertyStart("consensus");
        gen.writeStringProperty("method", methods.values().iterator().next());
        gen.writeObjectPropertyStart("methods");
        methods.forEach(gen::writeStringProperty);
        gen.writeEndObject();
        gen.writeObjectPropertyStart("answer");
        labels.forEach((question, label) -> gen.writeStringProperty(question, label.label()));
        boxes.forEach((question, b) -> {
            gen.writeObjectPropertyStart(question);
            gen.writeArrayPropertyStart("objects");
            for (var box : b.boxes()) {
                gen.writeStartObject();
                gen.writeStringProperty("type", "box");
                gen.writeStringProperty("class", box.box().label());
                gen.writeNumberProperty("x", box.box().x());
                gen.writeNumberProperty("y", box.box().y());
                gen.writeNumberProperty("width", box.box().width());
                gen.writeNumberProperty("height", box.box().height());
                gen.writeNumberProperty("support", box.support());
                gen.writeNumberProperty("confidence", box.confidence());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeNumberProperty("annotators", b.annotators());
            gen.writeEndObject();
        });
        rankings.forEach((question, r) -> {
            gen.writeObjectPropertyStart(question);
            writeNumbers(gen, "ranking", r.ranking());
            writeNumbers(gen, "scores", r.scores());
            gen.writeNumberProperty("answers", r.answers());
            gen.writeEndObject();
        });
        gen.writeEndObject();
        gen.writeObjectPropertyStart("confidence");
        labels.forEach((question, label) -> gen.writeNumberProperty(question, label.confidence()));
        boxes.forEach((question, b) -> gen.writeNumberProperty(question, b.confidence()));
        rankings.forEach((question, r) -> gen.writeNumberProperty(question, r.confidence()));
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /**
     * Passes flush and close on only once a byte went through: a flush commits the HTTP response, so an export that
     * fails on its first item (keys shredded, say) would otherwise be sent as an empty 200 instead of its error.
     */
    private static final class UncommittedUntilWritten extends java.io.FilterOutputStream {
        private boolean written;

        UncommittedUntilWritten(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            written = true;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            written |= len > 0;
            out.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            if (written) {
                out.flush();
            }
        }

        @Override
        public void close() throws java.io.IOException {
            if (written) {
                out.close();
            }
        }
    }
}
