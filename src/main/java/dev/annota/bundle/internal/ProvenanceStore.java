package dev.annota.bundle.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where an imported project came from (bundle_imports) and the old id of every id it replaced (bundle_provenance). */
@Component
record ProvenanceStore(JdbcClient jdbc, JdbcTemplate batch) {

    /** Rows of provenance written together. */
    private static final int BATCH = 500;

    record Origin(UUID projectId, UUID sourceProjectId, String sourceOrigin, String signerFingerprint, boolean signerPinned,
                  String manifestSha256, UUID importedBy, Instant importedAt) {
    }

    record Mapping(UUID newId, UUID oldId, String kind) {
    }

    /** Inside the import's tenant transaction. */
    void origin(UUID tenant, Origin o) {
        jdbc.sql("""
                        insert into bundle_imports (tenant_id, project_id, source_project_id, source_origin, signer_fingerprint,
                                                    signer_pinned, manifest_sha256, imported_by, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, o.projectId(), o.sourceProjectId(), o.sourceOrigin(), o.signerFingerprint(), o.signerPinned(),
                        o.manifestSha256(), o.importedBy(), Timestamp.from(o.importedAt()))
                .update();
    }

    /** Collects mappings and writes them in batches, inside the import's tenant transaction. */
    final class Writer {

        private final UUID tenant;
        private final UUID project;
        private final List<Object[]> pending = new ArrayList<>();

        Writer(UUID tenant, UUID project) {
            this.tenant = tenant;
            this.project = project;
        }

        void add(UUID newId, UUID oldId, String kind) {
            pending.add(new Object[] {tenant, project, newId, oldId, kind});
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                batch.batchUpdate("insert into bundle_provenance (tenant_id, project_id, new_id, old_id, kind) values (?, ?, ?, ?, ?)", pending);
                pending.clear();
            }
        }
    }

    Writer writer(UUID tenant, UUID project) {
        return new Writer(tenant, project);
    }

    /** Inside a tenant transaction. */
    Optional<Origin> originOf(UUID tenant, UUID project) {
        return jdbc.sql("""
                        select project_id, source_project_id, source_origin, signer_fingerprint, signer_pinned, manifest_sha256,
                               imported_by, imported_at
                        from bundle_imports where tenant_id = ? and project_id = ?""")
                .params(tenant, project)
                .query((rs, n) -> new Origin(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** Every mapping of an imported project, in the order of the new ids; inside a tenant transaction. */
    void mappings(UUID tenant, UUID project, java.util.function.Consumer<Mapping> out) {
        jdbc.sql("select new_id, old_id, kind from bundle_provenance where tenant_id = ? and project_id = ? order by new_id")
                .params(tenant, project)
                .query(rs -> {
                    out.accept(new Mapping(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)));
                });
    }

    /** A purged project's provenance goes with it. */
    void remove(UUID tenant, UUID project) {
        jdbc.sql("delete from bundle_provenance where tenant_id = ? and project_id = ?").params(tenant, project).update();
        jdbc.sql("delete from bundle_imports where tenant_id = ? and project_id = ?").params(tenant, project).update();
    }
}
