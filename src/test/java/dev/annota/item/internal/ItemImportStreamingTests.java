package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import streams, as JSON Lines and as CSV: a 50 MB body, generated on the fly and never held whole by the test, goes through Tomcat,
 * Spring MVC, the JSON parser and into the database while it is still arriving.
 *
 * <p>What this proves, and what not. Client, server and the in-memory H2 database share this JVM. Two checks run when
 * 80% of the body has been sent: (1) a READ UNCOMMITTED look into the database finds a large share of the items
 * already inserted by the open import transaction, so neither the web stack nor the importer waits for the whole body
 * (nor collects all records) before writing; (2) the heap in use after a full GC has grown by far less than the 40 MB
 * sent so far, so nothing along the way holds the body. Each line is padded with JSON whitespace to 5,000 bytes so the
 * rows H2 itself keeps on this heap (~10,000 small items) stay small beside the body; on PostgreSQL those rows live
 * outside the JVM. It does not prove constant memory for a 1 GB file on H2, whose uncommitted rows stay on the heap.
 */
@ApiTest
class ItemImportStreamingTests {

    static final int ITEMS = 10_000;
    static final int LINE_BYTES = 5_000;
    static final long BODY_BYTES = (long) ITEMS * LINE_BYTES;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    @Test
    void aFiftyMegabyteImportIsWrittenWhileItArrivesWithoutTheHeapHoldingTheBody() throws Exception {
        // Each line padded with JSON whitespace, which the parser skips: the stored items stay small.
        importStreamed("application/x-ndjson", "", "", i -> {
            String record = "{\"external_id\":\"big-" + i + "\",\"data\":{\"text\":\"item " + i + "\"}";
            return record + " ".repeat(LINE_BYTES - record.length() - 2) + "}\n";
        });
    }

    @Test
    void aFiftyMegabyteCsvImportStreamsTheSameWay() throws Exception {
        // Each row padded in a column the mapping ignores: the stored items stay small.
        importStreamed("text/csv", "?map.pad=ignore", "id,text,pad\n", i -> {
            String row = "big-" + i + ",item " + i + ",";
            return row + "x".repeat(LINE_BYTES - row.length() - 1) + "\n";
        });
    }

    private void importStreamed(String contentType, String query, String header, IntFunction<String> line) {
        var user = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.MANAGER);
        Project project = fixtures.project(user, 1, 600);
        var manager = fixtures.client(user);
        long baseline = usedHeapAfterGc();
        var seen = new long[2];
        long bodyBytes = header.length() + BODY_BYTES;
        var body = new GeneratedItems(header, line, ITEMS, bodyBytes * 8 / 10, () -> {
            seen[0] = uncommittedItems(project.id());
            seen[1] = usedHeapAfterGc() - baseline;
        });

        var answer = manager.post("/api/v1/projects/" + project.id() + "/items" + query, contentType,
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), bodyBytes));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("added").asLong()).isEqualTo(ITEMS);
        assertThat(body.produced()).isEqualTo(bodyBytes);
        System.out.printf("streaming import (%s): at 80%% sent, %d items already inserted, heap grown by %d MB%n",
                contentType, seen[0], seen[1] >> 20);
        assertThat(seen[0]).as("items inserted while the body was still arriving").isGreaterThan(ITEMS / 2);
        assertThat(seen[1]).as("heap growth with 40 MB of the body sent").isLessThan(20L << 20);
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/items/counts").json().get("total").asLong()).isEqualTo(ITEMS);
    }

    private long uncommittedItems(UUID projectId) {
        try (Connection c = dataSource.getConnection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (var s = c.prepareStatement("select count(*) from items where project_id = ?")) {
                s.setObject(1, projectId);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A file produced as it is read: a header, then one line in memory at a time. Runs a check once, at a given offset. */
    static final class GeneratedItems extends InputStream {
        private final IntFunction<String> lineOf;
        private final int items;
        private final long checkAt;
        private final Runnable check;
        private byte[] line;
        private int pos;
        private int next;
        private long produced;
        private boolean checked;

        GeneratedItems(String header, IntFunction<String> lineOf, int items, long checkAt, Runnable check) {
            this.line = header.getBytes(StandardCharsets.UTF_8);
            this.lineOf = lineOf;
            this.items = items;
            this.checkAt = checkAt;
            this.check = check;
        }

        long produced() {
            return produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!checked && produced >= checkAt) {
                checked = true;
                check.run();
            }
            if (pos == line.length) {
                if (next == items) {
                    return -1;
                }
                line = lineOf.apply(next).getBytes(StandardCharsets.UTF_8);
                pos = 0;
                next++;
            }
            int n = Math.min(len, line.length - pos);
            System.arraycopy(line, pos, b, off, n);
            pos += n;
            produced += n;
            return n;
        }
    }
}
