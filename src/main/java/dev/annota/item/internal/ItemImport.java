package dev.annota.item.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.item.ImportRejected;
import dev.annota.item.ImportReport;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.project.Violation;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of items into a project in one transaction: every record is checked as it streams past, and the
 * first bad one rolls back everything stored before it. Items whose external_id the project already has (or that the
 * file repeats) are skipped and reported, so re-importing a file adds nothing.
 */
@Component
public class ItemImport {

    static final int BATCH = 1000;
    static final int DUPLICATES_LISTED = 100;

    private static final String INSERT = """
            insert into items (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at)
            values (?, ?, ?, ?, ?, 'OPEN', ?, 0, ?) on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final TenantScope tenants;
    private final ItemPayloads payloads;
    private final JsonMapper json;
    private final Clock clock;
    private final NoArgGenerator ids = Generators.timeBasedEpochGenerator();

    ItemImport(JdbcTemplate jdbc, TenantScope tenants, ItemPayloads payloads, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.payloads = payloads;
        this.json = json;
        this.clock = clock;
    }

    public ImportReport run(ProjectAccess access, InputStream in) {
        Projects.requireManage(access);
        Project project = access.project();
        var reader = new ImportReader(json);
        return tenants.write(project.tenantId(), () -> {
            var batch = new Batch(project);
            long received = reader.read(in, record -> {
                Violation wrong = project.taskType().checkItemData(record.data());
                if (wrong != null) {
                    throw new ImportRejected(record.line(), wrong.field(), wrong.message());
                }
                batch.add(record.externalId(), record.data().toString());
            });
            batch.flush();
            return new ImportReport(received, received - batch.duplicates, batch.duplicates, List.copyOf(batch.duplicateIds));
        });
    }

    private final class Batch {
        private final Project project;
        private final Timestamp now;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        private final List<String> duplicateIds = new ArrayList<>();
        private long duplicates;

        Batch(Project project) {
            this.project = project;
            this.now = Timestamp.from(Instant.now(clock));
        }

        void add(String externalId, String data) {
            UUID id = ids.generate();
            rows.add(new Object[] {project.tenantId(), id, project.id(), externalId,
                    payloads.seal(project.tenantId(), id, data), project.overlap(), now});
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
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
