package dev.annota.crypto;

import java.util.UUID;

import dev.annota.failure.Damaged;

/**
 * A stored value failed to open: it was altered, copied from another row or tenant, or sealed under a key this
 * keyset no longer holds. Names the tenant, column and row, never any content (neither stored nor plain).
 */
public class UnreadableValue extends Damaged {

    public UnreadableValue(UUID tenantId, EncryptedColumn column, UUID rowId, String why) {
        super("Stored data failed its integrity check", "The stored value of " + column.qualifiedName() + " of row "
                + rowId + " (organization " + tenantId + ") cannot be decrypted: " + why + ".", null);
    }
}
