package dev.annota.item.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.crypto.Sealer;
import dev.annota.item.ImportRejected;
import dev.annota.item.ImportedAnswers;
import dev.annota.item.ImportReport;
import dev.annota.item.ItemPayloads;
import dev.annota.schema.Boxes;
import dev.annota.schema.LabelSchema;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.schema.Violation;
import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of items into a project in one transaction: every record is checked as it streams past, and the
 * first bad one rolls back everything stored before it. Items whose external_id the project already has (or that the
 * file repeats) are skipped and reported, so re-importing a file adds nothing.
 *
 * <p>Two ways to store, same outcome. On PostgreSQL ({@link CopyStore}) the records stream through COPY into a
 * temporary staging table a chunk at a time, and an {@code INSERT ... SELECT} moves each chunk into {@code items}: COPY
 * is several times faster than batched INSERTs, and the INSERT keeps duplicate handling in the database. Both run in
 * the tenant's transaction as the application role, so row-level security applies. Elsewhere (H2), batched INSERTs.
 */
@Component
public class ItemImport {

    static final int BATCH = 1000;
    static final int DUPLICATES_LISTED = 100;

    private static final String INSERT = """
            insert into items (tenant_id, id, project_id, external_id, payload, predictions, gold_answer, state, open_slots,
                               done_count, created_at, image_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final SQLExceptionTranslator errors;
    private final TenantScope tenants;
    private final ItemPayloads payloads;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean postgres;
    private final Projects projects;
    private final ImageStore images;
    private final ImportedAnswers imported;
    private final long maxItemBytes;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    ItemImport(JdbcTemplate jdbc, TenantScope tenants, ItemPayloads payloads, JsonMapper json, Clock clock, Projects projects,
               ImageStore images, DatabaseDialect dialect, ImportedAnswers imported,
               @Value("${annota.import.max-item-bytes:4MB}") DataSize maxItemBytes) {
        this.maxItemBytes = maxItemBytes.toBytes();
        this.imported = imported;
        this.projects = projects;
        this.images = images;
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        this.tenants = tenants;
        this.payloads = payloads;
        this.json = json;
        this.clock = clock;
        this.postgres = dialect.isPostgres();
    }

    public ImportReport run(ProjectAccess access, InputStream in) {
        return run(access, in, ImportOptions.of(ImportFormat.JSONL));
    }

    ImportReport run(ProjectAccess access, InputStream in, ImportOptions options) {
        Reading reading = reading(access, options);
        Project project = reading.project();
        LabelSchema schema = reading.schema();
        ImageReferences uploads = reading.uploads();
        // Before the import's transaction: the keyset is looked up, or created and committed on its own, now — not on
        // the connection busy with COPY mid-stream, and not by a second connection held beside the import's.
        Sealer sealer = payloads.sealer(project.tenantId());
        Sealer externalIds = payloads.externalIdSealer(project.tenantId());
        return tenants.write(project.tenantId(), () -> {
            // The transaction's own connection: COPY must run in the same transaction as the rest.
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Store store = postgres
                        ? new CopyStore(connection.unwrap(PGConnection.class), connection, project, Timestamp.from(Instant.now(clock)), errors)
                        : new BatchStore(project);
                // People's answers wait here until their items are stored (an item skipped as a duplicate takes its
                // answers with it); they are stored in the same transaction, after the items.
                var answers = new ArrayList<ImportedAnswers.Answer>();
                try {
                    long received = reading.reader().read(in, record -> {
                        UUID imageId = check(project, schema, uploads, record);
                        UUID id = IDS.generate();
                        for (var answer : record.answers()) {
                            answers.add(new ImportedAnswers.Answer(id, answer.answer(), record.data(), answer.originalId(),
                                    answer.originalAuthor(), answer.createdAt()));
                        }
                        // Predictions and a gold answer belong to the item: sealed under the item's binding (tenant, items.payload, id).
                        // Deterministic: a repeated id is the same stored text, and the unique index skips it.
                        store.add(record.line(), id,
                                record.externalId() == null ? null : externalIds.seal(project.id(), record.externalId()),
                                sealer.seal(id, record.data().toString()),
                                record.predictions() == null ? null : sealer.seal(id, record.predictions().toString()),
                                record.gold() == null ? null : sealer.seal(id, record.gold().toString()), imageId);
                    });
                    ImportReport report = store.finish(received);
                    long annotations = answers.isEmpty() ? 0 : imported.store(project.tenantId(), project.id(),
                            project.schemaVersion(), LabelStudioTasks.SOURCE, ofStoredItems(project, answers));
                    // The stores list duplicates as stored (sealed); the report names them as the file did.
                    return new ImportReport(report.received(), report.added(), report.duplicates(),
                            report.duplicateExternalIds().stream()
                                    .map(stored -> payloads.openExternalId(project.tenantId(), project.id(), stored))
                                    .toList(), annotations);
                } catch (RuntimeException | Error e) {
                    // On PostgreSQL a worker thread may be using the connection: it must be done before the rollback.
                    store.abandon();
                    throw e;
                }
            } catch (SQLException e) {
                throw errors.translate("item import", null, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /** The answers whose items this import stored: a duplicate's item was not, and its answers go with it. */
    private List<ImportedAnswers.Answer> ofStoredItems(Project project, List<ImportedAnswers.Answer> answers) {
        var stored = new java.util.HashSet<UUID>();
        var itemIds = answers.stream().map(ImportedAnswers.Answer::itemId).distinct().toList();
        for (int from = 0; from < itemIds.size(); from += BATCH) {
            stored.addAll(jdbc.queryForList("select id from items where tenant_id = ? and id in ("
                    + String.join(", ", java.util.Collections.nCopies(Math.min(BATCH, itemIds.size() - from), "?")) + ")",
                    UUID.class, java.util.stream.Stream.concat(java.util.stream.Stream.of(project.tenantId()),
                            itemIds.subList(from, Math.min(itemIds.size(), from + BATCH)).stream()).toArray()));
        }
        return answers.stream().filter(a -> stored.contains(a.itemId())).toList();
    }

    /**
     * Reads the file as the import would and stores nothing: the first {@link ImportPreview#ROWS} records as they would
     * be stored, and the problems the import would refuse. A record that breaks a rule of the project (its data, a
     * prediction, an image reference) is listed and reading goes on; a file that cannot be read further ends there.
     */
    ImportPreview preview(ProjectAccess access, InputStream in, ImportOptions options) {
        Reading reading = reading(access, options);
        var preview = new ImportPreview.Builder(options.format().id());
        try {
            reading.reader().read(in, new ImportReader.Sink() {
                @Override
                public void accept(ImportReader.ItemRecord record) {
                    try {
                        check(reading.project(), reading.schema(), reading.uploads(), record);
                        preview.row(record);
                    } catch (ImportRejected e) {
                        preview.problem(e);
                    }
                }

                @Override
                public void reject(ImportRejected problem) {
                    preview.problem(problem);
                }
            });
        } catch (ImportRejected e) {
            preview.stop(e);
        }
        return preview.build();
    }

    /** What the import and its preview read a file with: the project, its schema, its uploaded images, the format's reader. */
    private record Reading(Project project, LabelSchema schema, ImageReferences uploads, RecordSource reader) {
    }

    /** For the project's managers only; all of it read before the import's transaction (see run). */
    private Reading reading(ProjectAccess access, ImportOptions options) {
        Projects.requireManage(access);
        Project project = access.project();
        // Predictions are checked against the schema version annotators would answer under now.
        LabelSchema schema = projects.schema(project.tenantId(), project.id(), project.schemaVersion());
        // Read before the transaction, for the same reason as the import's keys: on PostgreSQL nothing else can run beside COPY.
        ImageReferences uploads = uploads(project);
        return new Reading(project, schema, uploads, source(project, schema, options, uploads));
    }

    /** The reader of the request's format, refused (422, field format) when its records cannot be this project's items. */
    private RecordSource source(Project project, LabelSchema schema, ImportOptions options, ImageReferences uploads) {
        TaskType type = project.taskType();
        options.format().requireFits(type);
        return switch (options.format()) {
            case JSONL -> new ImportReader(json, maxItemBytes);
            case CSV -> new CsvRecords(new FieldMapping(type, options.columns(), json), type, maxItemBytes);
            case LABEL_STUDIO -> new ImportReader(json, maxItemBytes, new LabelStudioTasks(
                    new FieldMapping(type, options.columns(), json), type,
                    new LabelStudioResults(schema, options.questions()), options.annotations()));
            case COCO -> new CocoDocument(json, schema.questions().stream().filter(Boxes.class::isInstance)
                    .map(Boxes.class::cast).findFirst().orElseThrow(), uploads, options.imageRoot(),
                    options.modelOr(CocoDocument.DEFAULT_MODEL), maxItemBytes);
            case OPENAI_CHAT -> new ImportReader(json, maxItemBytes, new ChatRecords(type));
            case PREFERENCE -> new ImportReader(json, maxItemBytes,
                    new PreferenceRecords(schema, options.modelOr(PreferenceRecords.DEFAULT_MODEL)));
        };
    }

    private ImageReferences uploads(Project project) {
        return project.taskType() == TaskType.IMAGE_BOXES
                ? new ImageReferences(project.id(), tenants.read(project.tenantId(), () -> images.uploads(project.tenantId(), project.id())))
                : null;
    }

    /** Checks a record against the project (its data, predictions, gold answer, image); the uploaded image it shows, or null. */
    private static UUID check(Project project, LabelSchema schema, ImageReferences uploads, ImportReader.ItemRecord record) {
        UUID imageId = uploads == null ? null : uploads.resolve(record);
        Violation wrong = project.taskType().checkItemData(record.data());
        if (wrong != null) {
            throw new ImportRejected(record.line(), wrong.field(), wrong.message());
        }
        checkPredictions(schema, record);
        checkGold(schema, record);
        checkAnswers(schema, record);
        return imageId;
    }

    /** A person's imported answer is stored as an annotation: it must be a complete answer, as an annotator's would be. */
    private static void checkAnswers(LabelSchema schema, ImportReader.ItemRecord record) {
        for (var answer : record.answers()) {
            var wrong = schema.check(answer.answer(), record.data(), LabelSchema.Mode.ANSWER);
            if (!wrong.isEmpty()) {
                Violation first = wrong.getFirst();
                throw answer.at().rejected(answer.at().where(), "the annotation is not a complete answer ("
                        + first.field() + ": " + first.message() + "); import it as a prediction with annotations=predictions");
            }
        }
    }

    /** Each prediction's answer must fit the schema as an annotation would (required questions aside). */
    static void checkPredictions(LabelSchema schema, ImportReader.ItemRecord record) {
        if (record.predictions() == null) {
            return;
        }
        for (int i = 0; i < record.predictions().size(); i++) {
            var wrong = schema.check(record.predictions().get(i).get("answer"), record.data(), LabelSchema.Mode.PREDICTION);
            if (!wrong.isEmpty()) {
                Violation first = wrong.getFirst();
                throw new ImportRejected(record.line(), "predictions[" + i + "]." + first.field(), first.message());
            }
        }
    }

    /** A gold item's known answer must be a complete answer to the schema, as an annotator's would be. */
    private static void checkGold(LabelSchema schema, ImportReader.ItemRecord record) {
        if (record.gold() == null) {
            return;
        }
        var wrong = schema.check(record.gold(), record.data(), LabelSchema.Mode.ANSWER);
        if (!wrong.isEmpty()) {
            Violation first = wrong.getFirst();
            throw new ImportRejected(record.line(), "gold." + first.field(), first.message());
        }
    }

    /** Where records go as they stream past; {@link #finish} reports what was stored. */
    interface Store {
        /** {@code gold}: the sealed known answer of a gold item (stored in queue state GOLD, no slots), else null. */
        void add(long line, UUID id, String externalId, String payload, String predictions, String gold, UUID imageId);

        ImportReport finish(long received) throws SQLException;

        /** The import failed: leave the connection usable for the rollback. */
        void abandon();
    }

    /** Batched INSERT ... ON CONFLICT DO NOTHING; the per-row counts tell the duplicates. */
    private final class BatchStore implements Store {
        private final Project project;
        private final Timestamp now;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        private final List<String> duplicateIds = new ArrayList<>();
        private long duplicates;

        BatchStore(Project project) {
            this.project = project;
            this.now = Timestamp.from(Instant.now(clock));
        }

        @Override
        public void add(long line, UUID id, String externalId, String payload, String predictions, String gold, UUID imageId) {
            rows.add(new Object[] {project.tenantId(), id, project.id(), externalId, payload, predictions, gold,
                    gold == null ? "OPEN" : "GOLD", gold == null ? project.overlap() : 0, now, imageId});
            if (rows.size() == BATCH) {
                flush();
            }
        }

        @Override
        public ImportReport finish(long received) {
            flush();
            return new ImportReport(received, received - duplicates, duplicates, List.copyOf(duplicateIds));
        }

        @Override
        public void abandon() {
        }

        private void flush() {
            if (rows.isEmpty()) {
                return;
            }
            int[] counts = jdbc.batchUpdate(INSERT, rows);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    duplicates++;
                    if (duplicateIds.size() < DUPLICATES_LISTED) {
                        duplicateIds.add((String) rows.get(i)[3]);
                    }
                }
            }
            rows.clear();
        }
    }
}
