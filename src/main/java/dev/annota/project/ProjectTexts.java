package dev.annota.project;

import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import org.springframework.stereotype.Component;

/**
 * The one place a project's name, guidelines and label schema versions cross between their text and their stored
 * form: sealed under the owning tenant's keyset like item payloads (they say what a lab is researching), bound to the
 * tenant, the column and the row (the project's id; a schema version's own id).
 */
@Component
public class ProjectTexts {

    /** {@code projects.name}; registered for re-encryption after a key rotation (see internal/ProjectColumns). */
    public static final EncryptedColumn NAME = new EncryptedColumn("projects", "name");
    public static final EncryptedColumn GUIDELINES = new EncryptedColumn("projects", "guidelines");
    /** Every version of the label schema document (titles, options, descriptions). */
    public static final EncryptedColumn SCHEMA = new EncryptedColumn("label_schemas", "body");
    /** Every version of the guidelines, each bound to its own row id. */
    public static final EncryptedColumn GUIDELINES_VERSION = new EncryptedColumn("project_guidelines", "body");

    private final TenantCrypto crypto;

    ProjectTexts(TenantCrypto crypto) {
        this.crypto = crypto;
    }

    String sealName(UUID tenantId, UUID projectId, String name) {
        return crypto.seal(NAME, tenantId, projectId, name);
    }

    String openName(UUID tenantId, UUID projectId, String stored) {
        return crypto.open(NAME, tenantId, projectId, stored);
    }

    String sealGuidelines(UUID tenantId, UUID projectId, String guidelines) {
        return crypto.seal(GUIDELINES, tenantId, projectId, guidelines);
    }

    String openGuidelines(UUID tenantId, UUID projectId, String stored) {
        return crypto.open(GUIDELINES, tenantId, projectId, stored);
    }

    String sealGuidelinesVersion(UUID tenantId, UUID versionId, String markdown) {
        return crypto.seal(GUIDELINES_VERSION, tenantId, versionId, markdown);
    }

    String openGuidelinesVersion(UUID tenantId, UUID versionId, String stored) {
        return crypto.open(GUIDELINES_VERSION, tenantId, versionId, stored);
    }

    String sealSchema(UUID tenantId, UUID schemaId, String body) {
        return crypto.seal(SCHEMA, tenantId, schemaId, body);
    }

    String openSchema(UUID tenantId, UUID schemaId, String stored) {
        return crypto.open(SCHEMA, tenantId, schemaId, stored);
    }
}
