package dev.annota.crypto;

import java.util.regex.Pattern;

/**
 * A text column of a tenant-owned table whose values are sealed with {@link TenantCrypto}. The table must have the
 * usual {@code (tenant_id, id)} primary key. The module owning the table declares its columns as beans, so the
 * re-encryption job after a key rotation finds them without depending on that module.
 *
 * <p>{@code table.column} is part of the associated data: a value sealed for one column never opens in another.
 *
 * @param rowsPerBatch the most rows of this column the re-encryption job holds in memory at once; 0 means the job's
 *                     configured batch size. Columns of large values (uploaded images) set a small number.
 */
public record EncryptedColumn(String table, String column, int rowsPerBatch) {

    public EncryptedColumn(String table, String column) {
        this(table, column, 0);
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public EncryptedColumn {
        // The names are put into SQL by the re-encryption job: only plain identifiers are accepted.
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + table + "." + column);
        }
        if (rowsPerBatch < 0) {
            throw new IllegalArgumentException("rowsPerBatch < 0");
        }
    }

    public String qualifiedName() {
        return table + "." + column;
    }
}
