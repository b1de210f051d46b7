package dev.annota.crypto;

import java.util.List;

/**
 * Several {@link EncryptedColumn}s of one module declared as one bean, found by the re-encryption job after a key
 * rotation as a single column bean would be.
 */
public record EncryptedColumns(List<EncryptedColumn> columns) {

    public EncryptedColumns(EncryptedColumn... columns) {
        this(List.of(columns));
    }
}
