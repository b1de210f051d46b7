package dev.annota.annotation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.identity.Users;
import dev.annota.item.ImportedAnswers;
import dev.annota.project.Projects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The annotation module's side of an import that carries people's answers: each becomes an annotation of its item by
 * the organization's imported author, with its provenance (source, original id and author) in the annotation's row.
 *
 * <p>An imported answer holds no slot of the queue: it has no assignment row (its {@code assignment_id} is an id of its
 * own, which no assignment has), and the item's open slots and done count stay as the import set them, so the item is
 * still handed out {@code overlap} times to the project's annotators. It counts wherever answers are read (exports,
 * agreement, consensus), beside theirs.
 */
@Component
record ImportedAnnotations(JdbcTemplate jdbc, Users users, Projects projects, AnswerCodec answers,
        Clock clock) implements ImportedAnswers {

    /** The display name of an imported author, per source. */
    private static String authorName(String source) {
        return source.equals("label-studio") ? "Imported (Label Studio)" : "Imported (" + source + ")";
    }

    private static final String INSERT = """
            insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                     answer, created_at, derived, round, source, original_id, original_author)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""";
    private static final int BATCH = 1000;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    @Override
    public long store(UUID tenantId, UUID projectId, int schemaVersion, String source, List<Answer> imported) {
        if (imported.isEmpty()) {
            return 0;
        }
        var schema = projects.schema(tenantId, projectId, schemaVersion);
        // The lab is the tenant: its imported author is one of its accounts.
        UUID author = users.importedAuthor(tenantId, source, authorName(source));
        Timestamp now = Timestamp.from(Instant.now(clock));
        var rows = new ArrayList<Object[]>(Math.min(BATCH, imported.size()));
        for (Answer a : imported) {
            UUID id = IDS.generate();
            JsonNode derived = schema.derive(a.answer(), a.itemData());
            rows.add(new Object[] {tenantId, id, projectId, a.itemId(), IDS.generate(), author, schemaVersion,
                    answers.seal(tenantId, id, a.answer()), a.createdAt() == null ? now : Timestamp.from(a.createdAt()),
                    derived == null ? null : answers.seal(tenantId, id, derived), source, a.originalId(), a.originalAuthor()});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
        return imported.size();
    }
}
