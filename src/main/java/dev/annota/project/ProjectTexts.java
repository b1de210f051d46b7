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

    /** The project's name, bound to the project's id. */
    final Text name = new Text(NAME);
    /** The project's current guidelines, bound to the project's id. */
    final Text guidelines = new Text(GUIDELINES);
    /** A version of the guidelines, bound to the version's own id. */
    final Text guidelinesVersion = new Text(GUIDELINES_VERSION);
    /** A version of the label schema, bound to the version's own id. */
    final Text schema = new Text(SCHEMA);

    /** One kind of the project's texts, in its column: sealed and opened bound to the tenant and the row's id. */
    final class Text {

        private final EncryptedColumn column;

        private Text(EncryptedColumn column) {
            this.column = column;
        }

        String seal(UUID tenantId, UUID rowId, String text) {
            return crypto.seal(column, tenantId, rowId, text);
        }

        String open(UUID tenantId, UUID rowId, String stored) {
            return crypto.open(column, tenantId, rowId, stored);
        }
    }
}
