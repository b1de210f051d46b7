package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.annotation.Consensus;
import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportFormat;
import dev.annota.annotation.ExportSummary;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.LabelSchema;
import dev.annota.tenancy.TenantScope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formats labs exchange with other tools: csv, parquet (a Hugging Face dataset folder), Label Studio tasks, OpenAI
 * fine-tuning (SFT, DPO) and HelpSteer. Rows stream from a database cursor to the output, as for the other exports.
 */
@Component
class ExchangeExport {

    private final TenantScope tenants;
    private final Projects projects;
    private final JsonMapper json;
    private final ExportOpening opening;
    private final AnswerRows rows;
    private final Consensus consensus;
    private final TrainingExport training;

    ExchangeExport(RowStream rowStream, TenantScope tenants, Projects projects, JsonMapper json, AnswerCodec answers,
                   ExportOpening opening, Consensus consensus, TrainingExport training) {
        this.tenants = tenants;
        this.projects = projects;
        this.json = json;
        this.opening = opening;
        this.rows = new AnswerRows(rowStream, json, answers);
        this.consensus = consensus;
        this.training = training;
    }

    /** The rows of one export: kept answers, each item's predictions opened when asked for. */
    interface Walk {
        void each(boolean withPredictions, Consumer<AnswerRows.Row> handler);
    }

    /** {@code license}: the dataset card's licence (parquet only). */
    ExportSummary write(ProjectAccess access, ExportFormat format, String question, ExportFilter filter, String license,
                        OutputStream out, Runnable walked) {
        Projects.requireManage(access);
        filter.requireFits(format);
        Project p = access.project();
        LabelSchema schema = projects.schema(p.tenantId(), p.id(), p.schemaVersion());
        String comparison = format == ExportFormat.OPENAI_DPO || format == ExportFormat.HELPSTEER
                || format == ExportFormat.OPENAI_SFT ? training.question(p, question) : null;
        if (format == ExportFormat.HELPSTEER) {
            HelpSteerRecords.requireRubric(schema, comparison);
        }
        String card = format == ExportFormat.PARQUET ? DatasetCard.license(license) : null;
        return tenants.readFromReplica(p.tenantId(), () -> {
            ExportOpening.Opened opened = opening.open(access, format.id(), filter);
            var tally = new boolean[] {true};
            Walk walk = (withPredictions, handler) -> {
                rows.walk(p, opened.payloads(), opened.reviewed(), opened.scope(), tally[0], withPredictions, walked, handler);
                tally[0] = false;
            };
            long[] counts = switch (format) {
                case CSV, PARQUET -> flat(p, schema, filter, opened, walk, format, card, out);
                case LABEL_STUDIO -> new LabelStudioTasks(schema, json).write(walk, out);
                case OPENAI_SFT -> new ChatFineTuning(json, comparison).demonstrations(walk, out);
                case OPENAI_DPO -> new ChatFineTuning(json, comparison).preferences(walk, out);
                case HELPSTEER -> new HelpSteerRecords(json, schema, comparison).write(walk, out);
                default -> throw new IllegalArgumentException(format.id() + " is not written by ExchangeExport");
            };
            return opened.reviewed().summarize(new ExportSummary(format.id(), comparison, opened.items(), counts[0],
                    counts[1], counts[2], counts[3]));
        });
    }

    /** csv and parquet: the flat table of every answer or of each item's consensus. Counts as {@link #write} sums them. */
    private long[] flat(Project p, LabelSchema schema, ExportFilter filter, ExportOpening.Opened opened, Walk walk,
                        ExportFormat format, String license, OutputStream out) {
        var counts = new long[4];
        FlatTable table;
        Consumer<Consumer<List<Object>>> source;
        if (filter.isConsensus()) {
            Consensus.Result agreed = consensus.aggregate(p.tenantId(), p.id(), p.schemaVersion(), filter.consensus(),
                    (annotation, item, annotator, at) -> opened.reviewed().holds(opened.reviewed().of(annotation, item))
                            && opened.scope().holds(annotator, at));
            table = FlatTable.consensusOf(consensus.questions(p.tenantId(), p.id(), p.schemaVersion()));
            source = sink -> {
                var last = new UUID[1];
                walk.each(false, r -> {
                    counts[0]++;
                    if (r.item().equals(last[0])) {
                        return;
                    }
                    last[0] = r.item();
                    var labels = agreed.item(r.item());
                    if (labels.isEmpty()) {
                        counts[3]++;
                        return;
                    }
                    sink.accept(table.consensusRow(r, filter.consensus().code(), labels));
                    counts[1]++;
                });
            };
        } else {
            table = FlatTable.everyAnswer(schema);
            source = sink -> walk.each(false, r -> {
                counts[0]++;
                sink.accept(table.row(r));
                counts[1]++;
            });
        }
        if (format == ExportFormat.PARQUET) {
            new ParquetDataset(table, license, p.name()).write(source, out);
        } else {
            csv(table, source, out);
        }
        return counts;
    }

    /** RFC 4180: comma, CRLF, quotes where needed; a header row. */
    private static void csv(FlatTable table, Consumer<Consumer<List<Object>>> source, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(table.names().toArray(String[]::new)).get())) {
            source.accept(values -> {
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON Lines over {@code out}: one generator, a newline after each record. */
    static JsonGenerator lines(JsonMapper json, OutputStream out) {
        return json.createGenerator(out);
    }
}
