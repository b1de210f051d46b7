package dev.annota.item;

import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.Opener;
import dev.annota.crypto.Sealer;
import dev.annota.crypto.TenantCrypto;
import org.springframework.stereotype.Component;

/**
 * The one place an item payload crosses between its JSON text and its stored form: encrypted under the tenant's
 * keyset, with the tenant and the item id bound as associated data (a payload copied to another item or tenant does
 * not open). Every write (import, both the batched and the COPY path) and every read (claim, export) passes here;
 * so do the bytes and names of uploaded images.
 */
@Component
public record ItemPayloads(TenantCrypto crypto) {

    /** {@code items.payload}; registered for re-encryption after a key rotation (see internal/ItemColumns). */
    public static final EncryptedColumn PAYLOAD = new EncryptedColumn("items", "payload");
    /**
     * The bytes of an uploaded image. A few megabytes a row, so the re-encryption job holds few rows of it at once.
     */
    public static final EncryptedColumn IMAGE_CONTENT = new EncryptedColumn("project_images", "content", 4);
    /** The file name an image was uploaded under (it may say what the picture shows). */
    public static final EncryptedColumn IMAGE_NAME = new EncryptedColumn("project_images", "name");
    /**
     * An item's predictions (model names, scores, answers). Sealed since predictions exist under the item's payload
     * binding ({@code items.payload}, the item id), which stays: registered so a rotation re-encrypts them too.
     */
    public static final EncryptedColumn PREDICTIONS = EncryptedColumn.sealedAs("items", "predictions", "items.payload");
    /** A gold item's known answer, sealed like its predictions. */
    public static final EncryptedColumn GOLD_ANSWER = EncryptedColumn.sealedAs("items", "gold_answer", "items.payload");
    /**
     * An item's external id, sealed <em>deterministically</em> (the tenant's AES-256-SIV keyset) and bound to the
     * project: the same id in the same project is the same stored text, so the unique index (tenant, project,
     * external_id) still refuses duplicates and a lookup seals the id it looks for.
     */
    public static final EncryptedColumn EXTERNAL_ID = EncryptedColumn.deterministic("items", "external_id", "project_id");

    public String seal(UUID tenantId, UUID itemId, String json) {
        return crypto.seal(PAYLOAD, tenantId, itemId, json);
    }

    /**
     * Seals the payloads of one import: the tenant's keyset is resolved here, once, so no lookup runs on the import's
     * connection while it streams rows (on PostgreSQL it is busy with COPY and would wait on itself).
     */
    public Sealer sealer(UUID tenantId) {
        return crypto.sealer(PAYLOAD, tenantId);
    }

    public String open(UUID tenantId, UUID itemId, String stored) {
        return crypto.open(PAYLOAD, tenantId, itemId, stored);
    }

    /**
     * Opens many payloads of one tenant (an export), the keyset looked up once; {@code open(itemId, stored)}. Opens the
     * items' predictions and gold answers too: they are sealed under the payload's binding.
     */
    public Opener opener(UUID tenantId) {
        return crypto.opener(PAYLOAD, tenantId);
    }

    /** Opens many external ids of one tenant, as {@link #opener}; {@code open(projectId, stored)}, null stays null. */
    public Opener externalIdOpener(UUID tenantId) {
        return crypto.deterministicOpener(EXTERNAL_ID, tenantId);
    }

    /**
     * Seals the external ids of one import, the tenant's deterministic keyset resolved once, before the import's
     * transaction (see {@link #sealer}); {@code seal(projectId, externalId)}.
     */
    public Sealer externalIdSealer(UUID tenantId) {
        return crypto.deterministicSealer(EXTERNAL_ID, tenantId);
    }

    /** The stored form of an external id of the project: what to compare {@code items.external_id} with. */
    public String sealExternalId(UUID tenantId, UUID projectId, String externalId) {
        return crypto.sealDeterministic(EXTERNAL_ID, tenantId, projectId, externalId);
    }

    /** An item's external id as imported; null when it has none. */
    public String openExternalId(UUID tenantId, UUID projectId, String stored) {
        return crypto.openDeterministic(EXTERNAL_ID, tenantId, projectId, stored);
    }

    /** An uploaded image's bytes, sealed like a payload, bound to the image's id. */
    public String sealImage(UUID tenantId, UUID imageId, byte[] content) {
        return crypto.sealBytes(IMAGE_CONTENT, tenantId, imageId, content);
    }

    public byte[] openImage(UUID tenantId, UUID imageId, String stored) {
        return crypto.openBytes(IMAGE_CONTENT, tenantId, imageId, stored);
    }

    public String sealImageName(UUID tenantId, UUID imageId, String name) {
        return crypto.seal(IMAGE_NAME, tenantId, imageId, name);
    }

    public String openImageName(UUID tenantId, UUID imageId, String stored) {
        return crypto.open(IMAGE_NAME, tenantId, imageId, stored);
    }
}
