package dev.annota.annotation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import dev.annota.project.ProjectPurged;
import dev.annota.tenancy.DatabaseDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of export jobs and their files ({@code export_jobs}, {@code export_chunks}). A file is kept as chunks of at
 * most {@link #CHUNK_BYTES}, each sealed with the tenant's keys ({@link #CONTENT}, registered for re-encryption like an
 * uploaded image), written and read one at a time. Every method but {@link #pending} runs inside the tenant's
 * transaction its caller opened.
 */
@Component
class ExportJobs {

    static final int CHUNK_BYTES = 1024 * 1024;
    static final EncryptedColumn CONTENT = new EncryptedColumn("export_chunks", "content", 4);

    /** How long a finished job and its file are kept (a project's list drops older ones when it is read). */
    static final java.time.Duration KEPT = java.time.Duration.ofDays(7);

    private static final String COLUMNS = "id, project_id, requested_by, format, request, status, rows_total, rows_done, "
            + "items, lines, byte_count, file_name, content_type, error, created_at, started_at, finished_at";

    private final JdbcClient jdbc;
    private final TenantCrypto crypto;
    private final boolean postgres;

    ExportJobs(JdbcClient jdbc, TenantCrypto crypto, DatabaseDialect dialect) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.postgres = dialect.isPostgres();
    }

    /** A job as stored; {@code request} the export's parameters as JSON. */
    record Job(UUID id, UUID projectId, UUID requestedBy, String format, String request, String status, long rowsTotal,
               long rowsDone, long items, long lines, long bytes, String fileName, String contentType, String error,
               Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    UUID create(UUID tenantId, UUID projectId, UUID by, String format, String request, Instant now) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("""
                        insert into export_jobs (tenant_id, id, project_id, requested_by, format, request, status, created_at)
                        values (?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
                .params(tenantId, id, projectId, by, format, request, Timestamp.from(now)).update();
        return id;
    }

    Optional<Job> find(UUID tenantId, UUID projectId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from export_jobs where tenant_id = ? and project_id = ? and id = ?")
                .params(tenantId, projectId, id).query(ExportJobs::map).optional();
    }

    /** The project's jobs, newest first; jobs finished longer than {@link #KEPT} ago are removed first. */
    List<Job> ofProject(UUID tenantId, UUID projectId, Instant now, int limit) {
        Timestamp before = Timestamp.from(now.minus(KEPT));
        jdbc.sql("""
                        delete from export_chunks where tenant_id = ? and export_id in
                            (select id from export_jobs where tenant_id = ? and project_id = ? and finished_at < ?)""")
                .params(tenantId, tenantId, projectId, before).update();
        jdbc.sql("delete from export_jobs where tenant_id = ? and project_id = ? and finished_at < ?")
                .params(tenantId, projectId, before).update();
        return jdbc.sql("select " + COLUMNS + " from export_jobs where tenant_id = ? and project_id = ? order by created_at desc limit ?")
                .params(tenantId, projectId, limit).query(ExportJobs::map).list();
    }

    void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from export_chunks where tenant_id = ? and export_id = ?").params(tenantId, id).update();
        jdbc.sql("delete from export_jobs where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    /**
     * Jobs to take across tenants, oldest first (ids only): queued ones, and running ones whose instance has not
     * beaten since {@code stale}. Outside any tenant: on PostgreSQL through {@code pending_export_jobs} (V33_1).
     */
    List<Map.Entry<UUID, UUID>> pending(Instant stale) {
        return jdbc.sql(postgres ? "select id, tenant_id from pending_export_jobs(?)" : """
                        select id, tenant_id from export_jobs
                        where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?) order by created_at""")
                .param(Timestamp.from(stale))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /**
     * Takes the job for this instance: its row locked {@code FOR UPDATE SKIP LOCKED} (another instance taking it at the
     * same moment skips it), then marked running; a stale run's chunks are dropped. Empty when it is not to be taken.
     */
    Optional<Job> take(UUID tenantId, UUID id, Instant now, Instant stale) {
        Optional<String> status = jdbc.sql("""
                        select status from export_jobs where tenant_id = ? and id = ?
                          and (status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?)) for update skip locked""")
                .params(tenantId, id, Timestamp.from(stale)).query(String.class).optional();
        if (status.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("delete from export_chunks where tenant_id = ? and export_id = ?").params(tenantId, id).update();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        update export_jobs set status = 'RUNNING', started_at = ?, heartbeat_at = ?, rows_done = 0, lines = 0,
                               byte_count = 0 where tenant_id = ? and id = ?""")
                .params(at, at, tenantId, id).update();
        return jdbc.sql("select " + COLUMNS + " from export_jobs where tenant_id = ? and id = ?")
                .params(tenantId, id).query(ExportJobs::map).optional();
    }

    /** The project's answers: what a job's walk reads, its progress's whole. */
    long answers(UUID tenantId, UUID projectId) {
        return jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ?")
                .params(tenantId, projectId).query(Long.class).single();
    }

    void progress(UUID tenantId, UUID id, long rowsTotal, long rowsDone, Instant now) {
        jdbc.sql("update export_jobs set rows_total = ?, rows_done = ?, heartbeat_at = ? where tenant_id = ? and id = ? and status = 'RUNNING'")
                .params(rowsTotal, rowsDone, Timestamp.from(now), tenantId, id).update();
    }

    /** Appends chunk {@code seq} of the job's file, sealed. */
    void chunk(UUID tenantId, UUID exportId, int seq, byte[] content) {
        UUID id = Generators.timeBasedEpochGenerator().generate();
        jdbc.sql("insert into export_chunks (tenant_id, id, export_id, seq, content) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, exportId, seq, crypto.sealBytes(CONTENT, tenantId, id, content)).update();
    }

    /** Chunk {@code seq} of the job's file, opened; empty after the last one. */
    Optional<byte[]> chunk(UUID tenantId, UUID exportId, int seq) {
        return jdbc.sql("select id, content from export_chunks where tenant_id = ? and export_id = ? and seq = ?")
                .params(tenantId, exportId, seq)
                .query((rs, n) -> crypto.openBytes(CONTENT, tenantId, rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    void finish(UUID tenantId, UUID id, long items, long lines, long bytes, String fileName, String contentType, Instant now) {
        jdbc.sql("""
                        update export_jobs set status = 'DONE', items = ?, lines = ?, byte_count = ?, file_name = ?, content_type = ?,
                               rows_done = rows_total, finished_at = ?, heartbeat_at = ? where tenant_id = ? and id = ?""")
                .params(items, lines, bytes, fileName, contentType, Timestamp.from(now), Timestamp.from(now), tenantId, id).update();
    }

    void fail(UUID tenantId, UUID id, String error, Instant now) {
        jdbc.sql("delete from export_chunks where tenant_id = ? and export_id = ?").params(tenantId, id).update();
        jdbc.sql("update export_jobs set status = 'FAILED', error = ?, finished_at = ?, heartbeat_at = ? where tenant_id = ? and id = ?")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(now), Timestamp.from(now), tenantId, id)
                .update();
    }

    @EventListener
    void on(ProjectPurged purged) {
        jdbc.sql("""
                        delete from export_chunks where tenant_id = ? and export_id in
                            (select id from export_jobs where tenant_id = ? and project_id = ?)""")
                .params(purged.tenantId(), purged.tenantId(), purged.projectId()).update();
        jdbc.sql("delete from export_jobs where tenant_id = ? and project_id = ?").params(purged.tenantId(), purged.projectId()).update();
    }

    private static Job map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Job(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                rs.getString(12), rs.getString(13), rs.getString(14), instant(rs.getTimestamp(15)), instant(rs.getTimestamp(16)),
                instant(rs.getTimestamp(17)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Registers the sealed chunks for re-encryption after a key rotation. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn exportChunkContentColumn() {
            return CONTENT;
        }
    }
}
