package dev.annota.bundle.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import com.fasterxml.uuid.Generators;
import dev.annota.annotation.AnnotationTransfer;
import dev.annota.audit.AccessLog;
import dev.annota.audit.AuditEvent;
import dev.annota.crypto.TenantCrypto;
import dev.annota.failure.Failure;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ItemPayloads;
import dev.annota.item.ItemTransfer;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.ProjectTransfer;
import dev.annota.quality.QualityTransfer;
import dev.annota.review.ReviewTransfer;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.MovedRow;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recreates a project from a verified bundle in the caller's organization, in one tenant transaction: every row
 * under a new id ({@link NewIds}), every sealed value sealed again under the caller's keys, every replaced id kept
 * in bundle_provenance and the bundle's origin and signer in bundle_imports. A row that cannot be restored rolls all
 * of it back and is answered as a {@link BundleDamaged} naming its entry and line.
 */
@Component
record BundleImport(ProjectTransfer projects, ItemTransfer items, AnnotationTransfer annotations,
        ReviewTransfer reviews, QualityTransfer quality, ProvenanceStore provenance, AccessLog accessLog,
        TenantCrypto crypto, TenantScope tenants, JsonMapper json, Clock clock) {

    /** Id fields that name people, organizations or assignments rather than the row itself: kept once each as provenance. */
    private static final Map<String, String> REFERENCES = Map.of("annotator_id", "person", "reviewer_id", "person",
            "created_by", "person", "uploaded_by", "person", "annotator_org_id", "organization", "assignment_id", "assignment");

    /** What an import made: the new project, where it came from, who signed it, how many rows of each entry. */
    record Imported(UUID projectId, UUID sourceProjectId, String sourceOrigin, String signerFingerprint, boolean signerPinned,
                    Map<String, Long> rows) {
    }

    static void requireAllowed(CurrentUser caller) {
        if (caller.orgKind() != OrganizationKind.CUSTOMER || !caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only admins and managers of a customer organization import a project bundle.");
        }
    }

    /** {@code signer}: the fingerprint the importer pins (SHA256:hex), or null to record whoever signed. */
    Imported restore(CurrentUser caller, ZipFile zip, String signer) {
        requireAllowed(caller);
        var verified = BundleVerifier.verify(zip, null);
        if (signer != null && !signer.isBlank() && !signer.strip().equalsIgnoreCase(verified.signerFingerprint())) {
            throw new BundleDamaged(BundleLayout.MANIFEST, 0, "The bundle is signed by " + verified.signerFingerprint()
                    + ", not by the pinned key " + signer.strip() + ".");
        }
        boolean pinned = signer != null && !signer.isBlank();
        UUID tenant = caller.orgId();
        UUID importId = Generators.timeBasedEpochGenerator().generate();
        var ids = new NewIds(importId, Instant.now(clock).toEpochMilli());
        JsonNode project = readJson(zip, BundleLayout.PROJECT);
        UUID sourceProject = new MovedRow(project, ids).oldId("id");
        UUID newProject = ids.apply(sourceProject);
        String sourceOrigin = verified.manifest().path("source").path("origin").asString("");
        if (!sourceProject.toString().equals(verified.manifest().path("source").path("project").asString(""))) {
            throw new BundleDamaged(BundleLayout.PROJECT, 0, "The project is not the one the manifest names.");
        }
        // The caller's keyset is created (in a transaction of its own) before the import's transaction holds a connection.
        crypto.sealer(ItemPayloads.PAYLOAD, tenant);
        var counts = new LinkedHashMap<String, Long>();
        tenants.write(tenant, () -> {
            var kept = provenance.writer(tenant, newProject);
            var restore = new Restore(zip, ids, kept, counts);
            restore.json(BundleLayout.PROJECT, null, row -> projects.restoreProject(caller, row));
            TaskType type = TaskType.of(project.path("task_type").asString());
            restore.lines(BundleLayout.SCHEMAS, "schema", row -> projects.restoreSchema(tenant, newProject, type, row));
            restore.lines(BundleLayout.GUIDELINES, "guidelines", row -> projects.restoreGuidelines(tenant, newProject, row));
            for (String name : verified.sizes().keySet()) {
                if (name.startsWith(BundleLayout.IMAGES) && name.endsWith(".json")) {
                    byte[] content = BundleVerifier.bytes(zip, name.substring(0, name.length() - ".json".length()));
                    restore.json(name, "image", row -> items.restoreImage(tenant, newProject, row, content));
                }
            }
            restore.lines(BundleLayout.ITEMS, "item", row -> items.restoreItem(tenant, newProject, row));
            restore.lines(BundleLayout.ANNOTATIONS, "annotation", row -> annotations.restore(tenant, newProject, row));
            restore.optionalJson(BundleLayout.REVIEW_SETTINGS, row -> reviews.restoreSettings(tenant, newProject, row));
            restore.lines(BundleLayout.REVIEWS, "review", row -> reviews.restoreReview(tenant, newProject, row));
            restore.lines(BundleLayout.REVIEW_DECISIONS, "review_decision", row -> reviews.restoreDecision(tenant, newProject, row));
            restore.optionalJson(BundleLayout.QUALITY_SETTINGS, row -> quality.restoreSettings(tenant, newProject, row));
            restore.lines(BundleLayout.GOLD_RESULTS, null, row -> quality.restoreGoldResult(tenant, newProject, row));
            kept.add(newProject, sourceProject, "project");
            kept.flush();
            provenance.origin(tenant, new ProvenanceStore.Origin(newProject, sourceProject, sourceOrigin, verified.signerFingerprint(),
                    pinned, verified.manifestSha256(), caller.id(), Instant.now(clock)));
            accessLog.record(AuditEvent.administrative(tenant, AuditEvent.PROJECT_BUNDLE_IMPORT, caller.id(), caller.orgId(),
                    newProject, null, "source=" + sourceOrigin + "/" + sourceProject + ",signer=" + verified.signerFingerprint()
                            + (pinned ? ",pinned" : ""), Instant.now(clock)));
        });
        return new Imported(newProject, sourceProject, sourceOrigin, verified.signerFingerprint(), pinned, counts);
    }

    private JsonNode readJson(ZipFile zip, String name) {
        try {
            return json.readTree(BundleVerifier.bytes(zip, name));
        } catch (JacksonException e) {
            throw new BundleDamaged(name, 1, "Not JSON: " + e.getOriginalMessage());
        }
    }

    /** Restores the rows of entries, line by line, keeping each replaced id and naming the entry and line of a failure. */
    private final class Restore {

        private final ZipFile zip;
        private final NewIds ids;
        private final ProvenanceStore.Writer kept;
        private final Map<String, Long> counts;
        private final Set<UUID> referenced = new HashSet<>();

        Restore(ZipFile zip, NewIds ids, ProvenanceStore.Writer kept, Map<String, Long> counts) {
            this.zip = zip;
            this.ids = ids;
            this.kept = kept;
            this.counts = counts;
        }

        void json(String name, String kind, Consumer<MovedRow> restore) {
            row(name, 1, readJson(zip, name), kind, restore);
        }

        void optionalJson(String name, Consumer<MovedRow> restore) {
            if (zip.getEntry(name) != null) {
                json(name, null, restore);
            }
        }

        void lines(String name, String kind, Consumer<MovedRow> restore) {
            if (zip.getEntry(name) == null) {
                return;
            }
            long line = 0;
            try (BufferedReader reader = BundleVerifier.lines(zip, name)) {
                for (String text; (text = reader.readLine()) != null; ) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    JsonNode fields;
                    try {
                        fields = json.readTree(text);
                    } catch (JacksonException e) {
                        throw new BundleDamaged(name, line, "Not JSON: " + e.getOriginalMessage());
                    }
                    row(name, line, fields, kind, restore);
                }
            } catch (IOException e) {
                throw new BundleDamaged(name, line, "Unreadable: " + e.getMessage());
            }
            counts.put(name, line);
        }

        private void row(String name, long line, JsonNode fields, String kind, Consumer<MovedRow> restore) {
            try {
                var row = new MovedRow(fields, ids);
                restore.accept(row);
                if (kind != null) {
                    kept.add(row.id("id"), row.oldId("id"), kind);
                }
                for (var reference : REFERENCES.entrySet()) {
                    if (fields.has(reference.getKey())) {
                        UUID old = row.oldId(reference.getKey());
                        if (old != null && referenced.add(old)) {
                            kept.add(ids.apply(old), old, reference.getValue());
                        }
                    }
                }
            } catch (BundleDamaged damaged) {
                throw damaged;
            } catch (Failure refused) {
                Object field = refused.properties().get("field");
                throw new BundleDamaged(name, line, (field == null ? "" : "'" + field + "': ") + refused.detail());
            } catch (DataAccessException | IllegalArgumentException e) {
                throw new BundleDamaged(name, line, "This row cannot be restored (it conflicts with another row of the bundle, "
                        + "or a value is out of range).");
            }
        }
    }
}
