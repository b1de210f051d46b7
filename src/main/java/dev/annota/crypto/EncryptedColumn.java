package dev.annota.crypto;

import java.util.regex.Pattern;

/**
 * A text column of a tenant-owned table whose values are sealed with {@link TenantCrypto}. The table must have the
 * usual {@code (tenant_id, id)} primary key. The module owning the table declares its columns as beans, so the
 * re-encryption job after a key rotation finds them without depending on that module.
 *
 * <p>{@code table.column} is part of the associated data: a value sealed for one column never opens in another.
 */
public record EncryptedColumn(String table, String column) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public EncryptedColumn {
        // The names are put into SQL by the re-encryption job: only plain identifiers are accepted.
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + table + "." + column);
        }
    }

    public String qualifiedName() {
        return table + "." + column;
    }
}
