package dev.annota.annotation.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

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

    private final JdbcTemplate cursor;
    private final TenantScope tenants;
    private final PayloadViews views;
    private final JsonMapper json;
    private final AnswerCodec answers;
    private final Consensus consensus;
    private final ReviewedAnswers reviewedAnswers;
    private final ExportOpening opening;

    LabelExport(JdbcTemplate jdbc, TenantScope tenants, PayloadViews views, JsonMapper json, AnswerCodec answers,
                Consensus consensus, ReviewedAnswers reviewedAnswers, ExportOpening opening) {
        this.opening = opening;
        this.consensus = consensus;
        this.reviewedAnswers = reviewedAnswers;
        // A fetch size makes PostgreSQL's driver read through a cursor inside the transaction instead of all rows at once.
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(1000);
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
                    : cursor.queryForObject(onlyAnnotated
                    ? ANNOTATED_ITEMS
                    : "select count(*) from items where tenant_id = ? and project_id = ?", Long.class, p.tenantId(), p.id());
            ItemPayloads payloads = views.exporting(person, p.tenantId(), p.id(), items,
                    "jsonl" + (onlyAnnotated ? "" : ",all") + (aggregate == null ? "" : ",aggregate=" + aggregate.name().toLowerCase(java.util.Locale.ROOT))
                            + filter.describe());
            // The keysets are looked up once for the whole export, not once a value.
            Opener payload = payloads.opener(p.tenantId());
            Opener external = payloads.externalIdOpener(p.tenantId());
            Opener answer = answers.opener(p.tenantId());
            try (JsonGenerator gen = json.createGenerator(new UncommittedUntilWritten(out))) {
                var state = new Object() {
                    UUID item;
                    boolean open;
                    // The item as stored (sealed), opened only when its line starts.
                    String sealedPayload;
                    String externalId;
                    String predictions;
                    String goldAnswer;
                    String itemState;
                    long items;
                    long annotations;

                    /** Starts the item's line once it has something to show. */
                    void start() {
                        if (open) {
                            return;
                        }
                        // Opened before anything of the line is written: a value that fails (shredded keys, a damaged
                        // row) fails before the first byte, so the first item's failure is a proper error response.
                        // Opened only here: an item an accepted-only export leaves out is never decrypted.
                        String data = payload.open(item, sealedPayload);
                        String externalOpened = external.open(p.id(), externalId);
                        String predicted = predictions == null ? null : payload.open(item, predictions);
                        String gold = goldAnswer == null ? null : payload.open(item, goldAnswer);
                        open = true;
                        items++;
                        gen.writeStartObject();
                        gen.writeStringProperty("item_id", item.toString());
                        gen.writeStringProperty("external_id", externalOpened);
                        gen.writeName("data");
                        gen.writeRawValue(data);
                        if (predicted != null) {
                            gen.writeName("predictions");
                            gen.writeRawValue(predicted);
                        }
                        gen.writeStringProperty("state", itemState);
                        if (gold != null) {
                            // The known answer of a gold item: the export's reader (the lab) set it.
                            gen.writeName("gold_answer");
                            gen.writeRawValue(gold);
                        }
                        gen.writeArrayPropertyStart("annotations");
                    }

                    void end() {
                        if (open) {
                            gen.writeEndArray();
                            writeConsensus(gen, agreed, item);
                            gen.writeEndObject();
                            gen.writeRaw('\n');
                        }
                        open = false;
                    }
                };
                cursor.query("""
                        select i.id, i.external_id, i.payload, i.state, a.id, a.annotator_id, a.answer, a.schema_version, a.created_at,
                               i.predictions, a.prediction_changed, a.derived, a.supersedes, i.gold_answer,
                               a.source, a.original_id, a.original_author
                        from items i %s join annotations a on a.tenant_id = i.tenant_id and a.item_id = i.id
                        where i.tenant_id = ? and i.project_id = ?
                        order by i.id, a.created_at""".formatted(onlyAnnotated ? "" : "left"), rs -> {
                    walked.run();
                    UUID item = rs.getObject(1, UUID.class);
                    if (!item.equals(state.item)) {
                        state.end();
                        state.item = item;
                        state.sealedPayload = rs.getString(3);
                        state.externalId = rs.getString(2);
                        state.predictions = rs.getString(10);
                        state.goldAnswer = rs.getString(14);
                        state.itemState = rs.getString(4).toLowerCase(java.util.Locale.ROOT);
                        // An item whose answers the filter all leaves out is left out too (unless unlabeled items are asked for).
                        if (review != ExportReview.ACCEPTED && !(onlyAnnotated && filter.narrowed())) {
                            state.start();
                        }
                    }
                    if (rs.getObject(5) != null) {
                        UUID annotation = rs.getObject(5, UUID.class);
                        AnnotationReview verdict = reviewed.of(annotation, item);
                        reviewed.tally(verdict);
                        if (!reviewed.holds(verdict) || !scope.holds(rs.getObject(6, UUID.class), rs.getTimestamp(9).toInstant())) {
                            return;
                        }
                        state.start();
                        gen.writeStartObject();
                        gen.writeStringProperty("annotation_id", annotation.toString());
                        gen.writeStringProperty("annotator_id", rs.getString(6));
                        String submitted = answer.open(annotation, rs.getString(7));
                        gen.writeName("answer");
                        if (review == ExportReview.ALL) {
                            gen.writeRawValue(submitted);
                        } else {
                            gen.writeTree(reviewed.answer(verdict, json.readTree(submitted)));
                        }
                        gen.writeNumberProperty("schema_version", rs.getInt(8));
                        gen.writeStringProperty("created_at", rs.getTimestamp(9).toInstant().toString());
                        Object changed = rs.getObject(11);
                        if (changed != null) {
                            gen.writeBooleanProperty("prediction_changed", (Boolean) changed);
                        }
                        if (rs.getString(12) != null) {
                            gen.writeName("derived");
                            gen.writeRawValue(answer.open(annotation, rs.getString(12)));
                        }
                        ReviewLines.write(gen, review, verdict, submitted, rs.getObject(13, UUID.class));
                        if (rs.getString(15) != null) {
                            // An answer imported from another tool: where it came from, under which id and author.
                            gen.writeObjectPropertyStart("provenance");
                            gen.writeStringProperty("source", rs.getString(15));
                            gen.writeStringProperty("original_id", rs.getString(16));
                            gen.writeStringProperty("original_author", rs.getString(17));
                            gen.writeEndObject();
                        }
                        gen.writeEndObject();
                        state.annotations++;
                    }
                }, p.tenantId(), p.id());
                state.end();
                return reviewed.summarize(new ExportSummary("jsonl", null, state.items, state.annotations, state.items, 0, 0));
            }
        });
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
