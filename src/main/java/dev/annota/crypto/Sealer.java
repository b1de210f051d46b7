package dev.annota.crypto;

import java.util.UUID;

/**
 * Seals many values of one column of one tenant under the keyset that was current when it was made: for bulk writes
 * (an import) that must not look the keyset up between rows (on PostgreSQL the import's connection is busy with COPY).
 */
@FunctionalInterface
public interface Sealer {

    String seal(UUID rowId, String plaintext);
}
