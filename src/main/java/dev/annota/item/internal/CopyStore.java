package dev.annota.item.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.annota.item.ImportReport;
import dev.annota.project.Project;
import org.postgresql.PGConnection;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The PostgreSQL store of an import: COPY (text format) into a temporary staging table, then one INSERT ... SELECT
 * into {@code items}, a chunk of a few megabytes at a time. PostgreSQL refuses COPY into a table with row-level
 * security for a role that does not bypass it, so every row passes the staging table, and the INSERT is where RLS
 * checks it.
 *
 * <p>The chunks go to the database on a worker thread of their own, so PostgreSQL inserts one chunk while the
 * request's thread parses and seals the next: with a single COPY followed by a single INSERT, the INSERT (15 of the 23
 * seconds of a million items) ran alone, the request's thread idle. At most {@link #QUEUED} chunks wait, so memory stays
 * flat whatever the file's size. Only the worker uses the connection until {@link #finish} or {@link #abandon} returns;
 * the transaction (begun and ended on the request's thread) spans every chunk, so a rejection still stores nothing.
 */
final class CopyStore implements ItemImport.Store {

    static final int CHUNK_BYTES = 4 << 20;
    /** Room past {@link #CHUNK_BYTES} for the row that fills a chunk, so a chunk's array rarely needs to grow. */
    private static final int HEADROOM = 256 << 10;
    private static final int QUEUED = 2;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COPY = "copy item_import (line, id, external_id, payload, predictions, gold_answer, image_id) from stdin";

    /** The rows are the first {@code size} bytes of {@code bytes}, which go back to {@link #spare} once stored. */
    private record Chunk(byte[] bytes, int size, long count) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0, 0);

    private final Connection connection;
    private final PGConnection pg;
    private final Project project;
    private final Timestamp now;
    private final SQLExceptionTranslator errors;
    private final CopyRows rows = new CopyRows(CHUNK_BYTES + HEADROOM);
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(QUEUED);
    /** Arrays of stored chunks, for the next ones. */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(QUEUED + 2);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    /** Whether the project had no items when the import began (see {@link #moveIntoItems()}). */
    private final boolean plainFirst;
    // Written by the worker only; read after joining it.
    private long added;
    private final List<String> duplicateIds = new ArrayList<>();

    CopyStore(PGConnection pg, Connection connection, Project project, Timestamp now, SQLExceptionTranslator errors)
            throws SQLException {
        this.pg = pg;
        this.connection = connection;
        this.project = project;
        this.now = now;
        this.errors = errors;
        try (var statement = connection.createStatement()) {
            // Temporary tables have no row-level security and are private to this session; ON COMMIT DROP (and a
            // rollback) remove it, so a pooled connection carries nothing into its next transaction.
            statement.execute("""
                    create temporary table item_import (line bigint not null, id uuid not null,
                                                        external_id varchar(1200), payload text not null,
                                                        predictions text, gold_answer text, image_id uuid) on commit drop""");
        }
        try (var empty = connection.prepareStatement("select not exists (select 1 from items where tenant_id = ? and project_id = ?)")) {
            empty.setObject(1, project.tenantId());
            empty.setObject(2, project.id());
            try (var rs = empty.executeQuery()) {
                rs.next();
                this.plainFirst = rs.getBoolean(1);
            }
        }
        this.worker = Thread.ofVirtual().name("item-import-" + project.id()).start(this::work);
    }

    @Override
    public void add(long line, UUID id, String externalId, String payload, String predictions, String gold, UUID imageId) {
        rows.number(line).tab().uuid(id).tab().text(externalId).tab().text(payload).tab().text(predictions).tab()
                .text(gold).tab().uuid(imageId).endRow();
        if (rows.size() >= CHUNK_BYTES) {
            handOver();
        }
    }

    @Override
    public ImportReport finish(long received) {
        handOver();
        put(END);
        join();
        rethrowFailure();
        return new ImportReport(received, added, received - added, List.copyOf(duplicateIds));
    }

    @Override
    public void abandon() {
        // The worker finishes the chunk it holds (its statement must end before the transaction can roll back),
        // then stops; chunks still waiting are dropped.
        abandoned = true;
        chunks.clear();
        chunks.offer(END);
        join();
    }

    private void work() {
        try {
            for (Chunk chunk = chunks.take(); chunk != END && !abandoned; chunk = chunks.take()) {
                store(chunk);
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void store(Chunk chunk) throws SQLException, IOException {
        pg.getCopyAPI().copyIn(COPY, new ByteArrayInputStream(chunk.bytes(), 0, chunk.size()), 1 << 16);
        spare.offer(chunk.bytes());
        long moved = moveIntoItems();
        added += moved;
        if (moved < chunk.count() && duplicateIds.size() < ItemImport.DUPLICATES_LISTED) {
            listSkipped();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("truncate item_import");
        }
    }

    /**
     * Moves the staged chunk into items, skipping external ids the project has (earlier chunks included) or the chunk
     * repeats; the count added. Into a project that had no items when the import began, first as a plain INSERT:
     * {@code ON CONFLICT DO NOTHING} makes every row a speculative insertion (arbiter index probes, then a confirmed
     * insert), which took 13.1 s against 9.4 s for the same million rows here. A repeated external id, or an import of
     * the same ids committed meanwhile, makes that INSERT fail on the unique index: it is rolled back to a savepoint
     * and the chunk moves the careful way, with the same outcome. (Leaving out existing ids with an anti-join instead
     * was tried: unanalyzed, the planner hashed every item the project already had, once per chunk.)
     */
    private long moveIntoItems() throws SQLException {
        if (!plainFirst) {
            return moveIntoItems(" on conflict do nothing");
        }
        Savepoint plain = connection.setSavepoint();
        try {
            long moved = moveIntoItems("");
            connection.releaseSavepoint(plain);
            return moved;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(plain);
            // A sequential scan of the freshly written staging table returns rows in file order, so of two lines with
            // the same external_id the first is stored and the later one is the reported duplicate, as with the
            // batched path. Sorting the rows by line here would cost time for the same result.
            return moveIntoItems(" on conflict do nothing");
        }
    }

    private long moveIntoItems(String skipping) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into items (tenant_id, id, project_id, external_id, payload, predictions, gold_answer, state,
                                   open_slots, done_count, created_at, image_id)
                select ?, id, ?, external_id, payload, predictions, gold_answer,
                       case when gold_answer is null then 'OPEN' else 'GOLD' end,
                       case when gold_answer is null then ? else 0 end, 0, ?, image_id from item_import""" + skipping)) {
            insert.setObject(1, project.tenantId());
            insert.setObject(2, project.id());
            insert.setInt(3, project.overlap());
            insert.setTimestamp(4, now);
            return insert.executeLargeUpdate();
        }
    }

    /** The chunk's rows that were not stored, in file order, up to the number of ids a report lists. */
    private void listSkipped() throws SQLException {
        try (var skipped = connection.prepareStatement("""
                select s.external_id from item_import s
                where not exists (select 1 from items i where i.tenant_id = ? and i.id = s.id)
                order by s.line limit ?""")) {
            skipped.setObject(1, project.tenantId());
            skipped.setInt(2, ItemImport.DUPLICATES_LISTED - duplicateIds.size());
            try (var rs = skipped.executeQuery()) {
                while (rs.next()) {
                    duplicateIds.add(rs.getString(1));
                }
            }
        }
    }

    private void handOver() {
        if (rows.rows() == 0) {
            return;
        }
        put(new Chunk(rows.array(), rows.size(), rows.rows()));
        // Taken after the hand-over, which may have waited for the worker to free an array: at most QUEUED chunks
        // wait, one is stored and one is filled, so an import allocates at most QUEUED + 2 arrays.
        byte[] next = spare.poll();
        rows.reset(next != null ? next : new byte[CHUNK_BYTES + HEADROOM]);
    }

    /** Waits for room in the queue, but not on a worker that has failed: its failure is thrown instead. */
    private void put(Chunk chunk) {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IllegalStateException("The import was interrupted", e);
        }
        rethrowFailure();
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                // The connection must be free before the caller rolls back or commits: wait on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof SQLException e) {
            throw errors.translate("item import (COPY)", null, e);
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("The import's database work failed", t);
    }
}
