package dev.annota.item.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import dev.annota.item.ImportReport;
import dev.annota.item.ItemPayloads;
import dev.annota.project.LabelSchema;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.project.TaskType;
import dev.annota.project.Violation;
import dev.annota.tenancy.TenantScope;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
 * <p>Two ways to store, same outcome. On PostgreSQL the records stream through COPY into a temporary staging table,
 * then one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING} moves them into {@code items}: COPY is several times
 * faster than batched INSERTs, and the single INSERT keeps duplicate handling in the database. Both run in the
 * tenant's transaction as the application role, so row-level security applies. Elsewhere (H2), batched INSERTs.
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
    private final Projects projects;
    private final ImageStore images;
    private final NoArgGenerator ids = Generators.timeBasedEpochGenerator();

    ItemImport(JdbcTemplate jdbc, TenantScope tenants, ItemPayloads payloads, JsonMapper json, Clock clock, Projects projects,
               ImageStore images) {
        this.projects = projects;
        this.images = images;
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        this.tenants = tenants;
        this.payloads = payloads;
        this.json = json;
        this.clock = clock;
    }

    public ImportReport run(ProjectAccess access, InputStream in) {
        Projects.requireManage(access);
        Project project = access.project();
        var reader = new ImportReader(json);
        // Predictions are checked against the schema version annotators would answer under now.
        LabelSchema schema = projects.schema(project.tenantId(), project.id(), project.schemaVersion());
        // Before the import's transaction: the keyset is looked up, or created and committed on its own, now — not on
        // the connection busy with COPY mid-stream, and not by a second connection held beside the import's.
        Sealer sealer = payloads.sealer(project.tenantId());
        // Read before the transaction too, for the same reason: on PostgreSQL nothing else can run beside COPY.
        var uploads = project.taskType() == TaskType.IMAGE_BOXES
                ? new ImageReferences(project.id(), tenants.read(project.tenantId(), () -> images.sizes(project.tenantId(), project.id())))
                : null;
        return tenants.write(project.tenantId(), () -> {
            // The transaction's own connection: COPY must run in the same transaction as the rest.
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Store store = connection.isWrapperFor(PGConnection.class)
                        ? new CopyStore(connection.unwrap(PGConnection.class), connection, project)
                        : new BatchStore(project);
                try {
                    long received = reader.read(in, record -> {
                        UUID imageId = uploads == null ? null : uploads.resolve(record);
                        Violation wrong = project.taskType().checkItemData(record.data());
                        if (wrong != null) {
                            throw new ImportRejected(record.line(), wrong.field(), wrong.message());
                        }
                        checkPredictions(schema, record);
                        checkGold(schema, record);
                        UUID id = ids.generate();
                        // Predictions and a gold answer belong to the item: sealed under the item's binding (tenant, items.payload, id).
                        store.add(record.line(), id, record.externalId(), sealer.seal(id, record.data().toString()),
                                record.predictions() == null ? null : sealer.seal(id, record.predictions().toString()),
                                record.gold() == null ? null : sealer.seal(id, record.gold().toString()), imageId);
                    });
                    return store.finish(received);
                } catch (RuntimeException e) {
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

    /** Each prediction's answer must fit the schema as an annotation would (required questions aside). */
    private static void checkPredictions(LabelSchema schema, ImportReader.ItemRecord record) {
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
    private interface Store {
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

    /**
     * COPY (text format) into a temporary table dropped at commit, then one INSERT ... SELECT into items. Rows are
     * buffered a few hundred kilobytes at a time, so memory stays flat whatever the file's size.
     */
    private final class CopyStore implements Store {
        private static final int FLUSH_BYTES = 256 * 1024;

        private final Connection connection;
        private final Project project;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 16 * 1024);

        CopyStore(PGConnection pg, Connection connection, Project project) throws SQLException {
            this.connection = connection;
            this.project = project;
            try (var statement = connection.createStatement()) {
                // Temporary tables have no row-level security and are private to this session; ON COMMIT DROP (and a
                // rollback) remove it, so a pooled connection carries nothing into its next transaction.
                statement.execute("""
                        create temporary table item_import (line bigint not null, id uuid not null,
                                                            external_id varchar(200), payload text not null,
                                                            predictions text, gold_answer text, image_id uuid) on commit drop""");
            }
            this.copy = pg.getCopyAPI().copyIn("copy item_import (line, id, external_id, payload, predictions, gold_answer, image_id) from stdin");
        }

        @Override
        public void add(long line, UUID id, String externalId, String payload, String predictions, String gold, UUID imageId) {
            buffer.append(line).append('\t').append(id).append('\t');
            if (externalId == null) {
                buffer.append("\\N");
            } else {
                escape(externalId);
            }
            buffer.append('\t');
            escape(payload);
            buffer.append('\t');
            if (predictions == null) {
                buffer.append("\\N");
            } else {
                escape(predictions);
            }
            buffer.append('\t');
            if (gold == null) {
                buffer.append("\\N");
            } else {
                escape(gold);
            }
            buffer.append('\t').append(imageId == null ? "\\N" : imageId.toString());
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        @Override
        public ImportReport finish(long received) throws SQLException {
            flush();
            copy.endCopy();
            // A sequential scan of the freshly written staging table returns rows in file order, so of two lines
            // with the same external_id the first is stored and the later one is the reported duplicate, as with
            // the batched path. Sorting a million rows by line here would cost seconds for the same result.
            long added;
            try (var insert = connection.prepareStatement("""
                    insert into items (tenant_id, id, project_id, external_id, payload, predictions, gold_answer, state,
                                       open_slots, done_count, created_at, image_id)
                    select ?, id, ?, external_id, payload, predictions, gold_answer,
                           case when gold_answer is null then 'OPEN' else 'GOLD' end,
                           case when gold_answer is null then ? else 0 end, 0, ?, image_id from item_import
                    on conflict do nothing""")) {
                insert.setObject(1, project.tenantId());
                insert.setObject(2, project.id());
                insert.setInt(3, project.overlap());
                insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
                added = insert.executeLargeUpdate();
            }
            var duplicateIds = new ArrayList<String>();
            if (added < received) {
                try (var skipped = connection.prepareStatement("""
                        select s.external_id from item_import s
                        where not exists (select 1 from items i where i.tenant_id = ? and i.id = s.id)
                        order by s.line limit ?""")) {
                    skipped.setObject(1, project.tenantId());
                    skipped.setInt(2, DUPLICATES_LISTED);
                    try (var rs = skipped.executeQuery()) {
                        while (rs.next()) {
                            duplicateIds.add(rs.getString(1));
                        }
                    }
                }
            }
            return new ImportReport(received, added, received - added, List.copyOf(duplicateIds));
        }

        @Override
        public void abandon() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // The transaction rolls back either way; the original failure is what the caller must see.
                }
            }
        }

        /** COPY text format: backslash, tab, newline and carriage return are written as escapes. */
        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw errors.translate("item import (COPY)", null, e);
            }
        }
    }
}
