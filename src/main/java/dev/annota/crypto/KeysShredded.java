package dev.annota.crypto;

import java.util.UUID;

import dev.annota.failure.Gone;

/** The tenant's keyset was destroyed on purpose (crypto-shredding); its encrypted data is gone for good. */
public class KeysShredded extends Gone {

    private final UUID tenantId;

    public KeysShredded(UUID tenantId) {
        super("Data shredded", "The encryption keys of organization " + tenantId
                + " were destroyed by its admin; its items and annotations can no longer be read or added.");
        this.tenantId = tenantId;
        with("organizationId", tenantId);
    }

    public UUID tenantId() {
        return tenantId;
    }
}
