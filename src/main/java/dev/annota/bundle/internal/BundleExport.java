package dev.annota.bundle.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.annota.annotation.AnnotationTransfer;
import dev.annota.audit.AccessLog;
import dev.annota.audit.AuditEvent;
import dev.annota.audit.OfflineProofs;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.ItemTransfer;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.ProjectTransfer;
import dev.annota.quality.QualityTransfer;
import dev.annota.review.ReviewTransfer;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a project's bundle (docs/bundles.md) to a stream as it reads it: one entry at a time, each row written as
 * it comes from its table, each entry hashed as it is written; the manifest (names, sizes, SHA-256) and its signature
 * by the access log key come last. Memory holds one row (one image) and the manifest's list of entries.
 */
@Component
class BundleExport {

    private final ProjectTransfer projects;
    private final ItemTransfer items;
    private final AnnotationTransfer annotations;
    private final ReviewTransfer reviews;
    private final QualityTransfer quality;
    private final AccessLog accessLog;
    private final TenantScope tenants;
    private final JsonMapper json;
    private final Clock clock;
    private final String origin;

    BundleExport(ProjectTransfer projects, ItemTransfer items, AnnotationTransfer annotations, ReviewTransfer reviews,
                 QualityTransfer quality, AccessLog accessLog, TenantScope tenants, JsonMapper json, Clock clock,
                 @Value("${annota.audit.origin}") String origin) {
        this.projects = projects;
        this.items = items;
        this.annotations = annotations;
        this.reviews = reviews;
        this.quality = quality;
        this.accessLog = accessLog;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    /** Only the owning lab's admins and managers take a whole project away. */
    static void requireAllowed(ProjectAccess access) {
        CurrentUser caller = access.caller();
        if (!access.owner() || !caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only the admins and managers of the organization that owns the project download its bundle.");
        }
    }

    /**
     * Records the download in the access log (committed before the first byte, so the bundle's own evidence holds
     * it), then writes the bundle.
     */
    void write(ProjectAccess access, OutputStream response) throws IOException {
        requireAllowed(access);
        Project p = access.project();
        UUID tenant = p.tenantId();
        accessLog.record(AuditEvent.administrative(tenant, AuditEvent.PROJECT_BUNDLE_EXPORT, access.caller().id(),
                access.caller().orgId(), p.id(), null, "bundle", Instant.now(clock)));
        var zip = new ZipOutputStream(response);
        var manifest = json.createObjectNode();
        manifest.put("format", BundleLayout.FORMAT);
        manifest.put("version", BundleLayout.VERSION);
        manifest.put("created_at", Instant.now(clock).toString());
        ObjectNode source = manifest.putObject("source");
        source.put("origin", origin + "/" + tenant);
        source.put("tenant", tenant.toString());
        source.put("project", p.id().toString());
        ObjectNode signer = manifest.putObject("signer");
        signer.put("algorithm", "Ed25519");
        signer.put("public_key", Base64.getEncoder().encodeToString(accessLog.publicKey()));
        signer.put("fingerprint", OfflineProofs.fingerprint(accessLog.publicKey()));
        ArrayNode entries = manifest.putArray("entries");
        var out = new Entries(zip, entries);
        // Sequences and signs first (transactions of its own), then gives the project's events with their proofs.
        var evidence = out.open(BundleLayout.ACCESS_EVIDENCE);
        String checkpoint = accessLog.projectEvents(tenant, p.id(), (line, proof) -> {
            ObjectNode row = json.createObjectNode();
            row.put("event", line);
            row.put("leaf_index", proof.index());
            row.put("tree_size", proof.treeSize());
            ArrayNode path = row.putArray("proof");
            proof.path().forEach(hash -> path.add(Base64.getEncoder().encodeToString(hash)));
            evidence.line(row);
        });
        evidence.close();
        out.whole(BundleLayout.ACCESS_CHECKPOINT, checkpoint.getBytes(StandardCharsets.UTF_8));
        tenants.read(tenant, () -> {
            out.whole(BundleLayout.PROJECT, json.writeValueAsBytes(projects.project(p)));
            out.lines(BundleLayout.SCHEMAS, sink -> projects.schemas(p, sink::line));
            out.lines(BundleLayout.GUIDELINES, sink -> projects.guidelines(p, sink::line));
            items.images(tenant, p.id(), (row, bytes) -> {
                String id = row.get("id").asString();
                out.whole(BundleLayout.IMAGES + id + ".json", json.writeValueAsBytes(row));
                out.whole(BundleLayout.IMAGES + id, bytes);
            });
            out.lines(BundleLayout.ITEMS, sink -> items.items(tenant, p.id(), sink::line));
            out.lines(BundleLayout.ANNOTATIONS, sink -> annotations.annotations(tenant, p.id(), sink::line));
            out.optional(BundleLayout.REVIEW_SETTINGS, reviews.settings(tenant, p.id()));
            out.lines(BundleLayout.REVIEWS, sink -> reviews.reviews(tenant, p.id(), sink::line));
            out.lines(BundleLayout.REVIEW_DECISIONS, sink -> reviews.decisions(tenant, p.id(), sink::line));
            out.optional(BundleLayout.QUALITY_SETTINGS, quality.settings(tenant, p.id()));
            out.lines(BundleLayout.GOLD_RESULTS, sink -> quality.goldResults(tenant, p.id(), sink::line));
            return null;
        });
        byte[] manifestBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        zip.putNextEntry(new ZipEntry(BundleLayout.MANIFEST));
        zip.write(manifestBytes);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(BundleLayout.SIGNATURE));
        zip.write((Base64.getEncoder().encodeToString(accessLog.signManifest(manifestBytes)) + "\n").getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The archive being written and the manifest's list of what it holds. */
    private final class Entries {

        private final ZipOutputStream zip;
        private final ArrayNode listed;

        Entries(ZipOutputStream zip, ArrayNode listed) {
            this.zip = zip;
            this.listed = listed;
        }

        Entry open(String name) {
            try {
                zip.putNextEntry(new ZipEntry(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Entry(name, this);
        }

        void whole(String name, byte[] bytes) {
            Entry entry = open(name);
            entry.write(bytes);
            entry.close();
        }

        void optional(String name, JsonNode row) {
            if (row != null) {
                whole(name, json.writeValueAsBytes(row));
            }
        }

        void lines(String name, java.util.function.Consumer<Entry> rows) {
            Entry entry = open(name);
            rows.accept(entry);
            entry.close();
        }
    }

    /** One entry being written: counted and hashed on the way into the archive. */
    private final class Entry {

        private final String name;
        private final Entries entries;
        private final MessageDigest digest = BundleVerifier.sha256();
        private long size;

        Entry(String name, Entries entries) {
            this.name = name;
            this.entries = entries;
        }

        void line(JsonNode row) {
            byte[] bytes = json.writeValueAsBytes(row);
            write(bytes);
            write(new byte[] {'\n'});
        }

        void write(byte[] bytes) {
            try {
                entries.zip.write(bytes);
                digest.update(bytes);
                size += bytes.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                entries.zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ObjectNode listed = entries.listed.addObject();
            listed.put("name", name);
            listed.put("size", size);
            listed.put("sha256", BundleVerifier.hex(digest.digest()));
        }
    }
}
