package dev.annota.item.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ImportRejected;
import dev.annota.item.ImportReport;
import dev.annota.item.ItemPayloads;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL import path: COPY into a staging table, then one INSERT ... SELECT that leaves out the project's
 * external ids, or, when the file repeats one of its own or a concurrent import stored it first, ON CONFLICT DO NOTHING.
 */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class ItemImportPostgresTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Items items;
    @Autowired
    TenantScope tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemPayloads payloads;

    ProjectAccess access;

    @BeforeEach
    void project() {
        CurrentUser manager = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Import lab"), Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        access = fixtures.access(project, manager);
    }

    @Test
    void reimportingAddsNothingAndReportsDuplicatesOfTheProjectAndOfTheFileInFileOrder() {
        assertThat(importFile(line("a", "first a"), line("b", "b"), line("c", "c")))
                .isEqualTo(new ImportReport(3, 3, 0, List.of()));

        var report = importFile(line("d", "first d"), line("a", "second a"), "{\"data\":{\"text\":\"no id\"}}",
                line("d", "second d"), line("c", "second c"));

        assertThat(report).isEqualTo(new ImportReport(5, 2, 3, List.of("a", "d", "c")));
        assertThat(payloadsByExternalId()).containsExactly(
                "a {\"text\":\"first a\"}", "b {\"text\":\"b\"}", "c {\"text\":\"c\"}", "d {\"text\":\"first d\"}",
                "null {\"text\":\"no id\"}");
        assertThat(importFile(line("a", "x"), line("b", "x"))).isEqualTo(new ImportReport(2, 0, 2, List.of("a", "b")));
    }

    @Test
    void twoImportsOfOneFileAtOnceStoreEachItemOnceAndTheOtherReportsWhatItSkipped() throws Exception {
        var file = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            file.append(line("item-" + i, "text " + i)).append('\n');
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> { start.await(); return importFile(file.toString()); });
            var second = pool.submit(() -> { start.await(); return importFile(file.toString()); });
            start.countDown();
            var reports = List.of(first.get(), second.get());

            // Whichever committed second either failed its plain INSERT on the unique index (after waiting on the first
            // one's rows) and fell back to ON CONFLICT DO NOTHING, or began after the first committed and used it from
            // the start: nothing stored twice, nothing lost, every skipped row reported.
            assertThat(reports).extracting(ImportReport::added).containsExactlyInAnyOrder(3000L, 0L);
            assertThat(reports).extracting(ImportReport::duplicates).containsExactlyInAnyOrder(0L, 3000L);
        }
        assertThat(payloadsByExternalId()).hasSize(3000).doesNotHaveDuplicates();
    }

    @Test
    void aFileOfSeveralChunksSkipsRepeatsWithinAndAcrossChunksAndABadLastLineStoresNothing() {
        int rows = 18_000;
        String padding = "x".repeat(700);
        var file = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            file.append(line("item-" + i, i + padding)).append('\n');
            if (i == 10_000) {
                file.append(line("item-3", "repeats a row of the first chunk")).append('\n');
                file.append(line("item-10000", "repeats the row just before")).append('\n');
            }
        }
        // Staged rows are larger than the file's lines (sealed payloads): more than three chunks.
        assertThat(file.length()).isGreaterThan(3 * CopyStore.CHUNK_BYTES);

        String bad = file + "{\"external_id\":\"last\"}";
        assertThatThrownBy(() -> importFile(bad)).isInstanceOfSatisfying(ImportRejected.class,
                e -> assertThat(e.line()).isEqualTo(rows + 3));
        assertThat(payloadsByExternalId()).isEmpty();

        var report = importFile(file.toString());

        assertThat(report).isEqualTo(new ImportReport(rows + 2, rows, 2, List.of("item-3", "item-10000")));
        assertThat(payloadsByExternalId()).hasSize(rows).contains("item-3 {\"text\":\"3" + padding + "\"}",
                "item-10000 {\"text\":\"10000" + padding + "\"}");
    }

    @Test
    void listsTheFirstHundredDuplicatesButCountsThemAll() {
        var file = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            file.append(line("item-" + i, "text " + i)).append('\n');
        }
        importFile(file.toString());

        var report = importFile(file.toString());

        assertThat(report.added()).isZero();
        assertThat(report.duplicates()).isEqualTo(250);
        assertThat(report.duplicateExternalIds()).hasSize(100).startsWith("item-0", "item-1").endsWith("item-99");
    }

    @Test
    void aBadLineRejectsTheWholeFileWithItsNumberAndStoresNothing() {
        importFile(line("kept", "already there"));
        var file = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            file.append(line("new-" + i, "text " + i)).append('\n');
        }
        file.append("{\"external_id\":\"bad\",\"data\":{\"text\":\"\"}}\n").append(line("after", "never read"));

        assertThatThrownBy(() -> importFile(file.toString()))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.line()).isEqualTo(3001))
                .hasMessageContaining("data.text");
        assertThat(payloadsByExternalId()).containsExactly("kept {\"text\":\"already there\"}");
        // The transaction's connection went back to the pool clean: the next import on it works.
        assertThat(importFile(line("next", "fine")).added()).isEqualTo(1);
    }

    @Test
    void invalidJsonAfterManyRowsRejectsTheFileAndStoresNothing() {
        var file = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            file.append(line("row-" + i, "text " + i)).append('\n');
        }
        file.append("{\"external_id\": \"broken\", \"data\": {\"text\": \"unterminated}\n");

        assertThatThrownBy(() -> importFile(file.toString()))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.line()).isGreaterThanOrEqualTo(2001));
        assertThat(payloadsByExternalId()).isEmpty();
    }

    @Test
    void payloadsAndExternalIdsWithCopyEscapesAreStoredExactly() {
        String data = "{\"text\":\"tab\\there\\nnew line \\\\ backslash \\\\N not null, ünïcödé 🙂\"}";
        importFile("{\"external_id\":\"tab\\tand\\\\back\\nslash\\r ïd 🙂\",\"data\":" + data + "}");

        assertThat(payloadsByExternalId()).containsExactly("tab\tand\\back\nslash\r ïd 🙂 " + data);
    }

    @Test
    void predictionsGoThroughCopyBesideThePayloadAndABadOneRejectsTheFile() {
        String predictions = "[{\"model\":\"clf-2\",\"score\":0.91,\"answer\":{\"label\":\"b\"}}]";
        importFile("{\"external_id\":\"p\",\"data\":{\"text\":\"x\"},\"predictions\":" + predictions + "}", line("q", "no prediction"));

        var p = access.project();
        assertThat(tenants.read(p.tenantId(), () -> jdbc.sql(
                        "select external_id, id, predictions from items where tenant_id = ? and project_id = ?")
                .params(p.tenantId(), p.id()).query((rs, n) -> payloads.openExternalId(p.tenantId(), p.id(), rs.getString(1)) + " "
                        + (rs.getString(3) == null ? null
                        : payloads.open(p.tenantId(), rs.getObject(2, java.util.UUID.class), rs.getString(3)))).list()))
                .containsExactlyInAnyOrder("p " + predictions, "q null");
        assertThatThrownBy(() -> importFile(line("r", "fine"),
                "{\"external_id\":\"s\",\"data\":{\"text\":\"x\"},\"predictions\":[{\"model\":\"m\",\"answer\":{\"label\":\"z\"}}]}"))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("predictions[0].answer.label");
                });
        assertThat(payloadsByExternalId()).hasSize(2);
    }

    private ImportReport importFile(String... lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return items.importItems(access, new ByteArrayInputStream(bytes));
    }

    private static String line(String externalId, String text) {
        return "{\"external_id\":\"" + externalId + "\",\"data\":{\"text\":\"" + text + "\"}}";
    }

    /** Stored payloads as their plaintext (they are stored encrypted: see dev.annota.crypto). */
    private List<String> payloadsByExternalId() {
        var p = access.project();
        // External ids are sealed too: ordered here, after opening (their stored order says nothing).
        return tenants.read(p.tenantId(), () -> jdbc.sql("""
                        select external_id, id, payload from items where tenant_id = ? and project_id = ?""")
                .params(p.tenantId(), p.id())
                .query((rs, n) -> payloads.openExternalId(p.tenantId(), p.id(), rs.getString(1)) + " "
                        + payloads.open(p.tenantId(), rs.getObject(2, java.util.UUID.class), rs.getString(3))).list()
                .stream().sorted().toList());
    }
}
