package dev.annota.crypto;

import java.util.regex.Pattern;

/**
 * A text column of a tenant-owned table whose values are sealed with {@link TenantCrypto}. The table must have the
 * usual {@code (tenant_id, id)} primary key. The module owning the table declares its columns as beans (each alone,
 * or several as one {@link EncryptedColumns}), so the re-encryption job after a key rotation finds them without depending on that module.
 *
 * <p>{@code table.column} is part of the associated data: a value sealed for one column never opens in another.
 *
 * @param rowsPerBatch the most rows of this column the re-encryption job holds in memory at once; 0 means the job's
 *                     configured batch size. Columns of large values (uploaded images) set a small number.
 * @param sealedAs     the column name bound into the associated data: {@code table.column}, except for a column whose
 *                     values were sealed under another column's binding before it was registered (an item's
 *                     predictions and gold answer are sealed as {@code items.payload} of the same item)
 * @param scope        null for a value sealed with the AEAD keyset and bound to its row id; otherwise the column (of
 *                     the same row) that a <em>deterministic</em> value is bound to instead: equal plaintexts with the
 *                     same scope give equal ciphertexts (an external id, unique per project), see
 *                     {@link TenantCrypto#sealDeterministic}
 */
public record EncryptedColumn(String table, String column, int rowsPerBatch, String sealedAs, String scope) {

    public EncryptedColumn(String table, String column) {
        this(table, column, 0);
    }

    public EncryptedColumn(String table, String column, int rowsPerBatch) {
        this(table, column, rowsPerBatch, table + "." + column, null);
    }

    /** A column sealed with the tenant's deterministic keyset, bound to the value of {@code scope} in the same row. */
    public static EncryptedColumn deterministic(String table, String column, String scope) {
        return new EncryptedColumn(table, column, 0, table + "." + column, scope);
    }

    /** A column whose values are bound to another column's name ({@code sealedAs}: {@code table.column}). */
    public static EncryptedColumn sealedAs(String table, String column, String sealedAs) {
        return new EncryptedColumn(table, column, 0, sealedAs, null);
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public EncryptedColumn {
        // The names are put into SQL by the re-encryption job: only plain identifiers are accepted.
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()
                || (scope != null && !IDENTIFIER.matcher(scope).matches())) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + table + "." + column);
        }
        if (rowsPerBatch < 0) {
            throw new IllegalArgumentException("rowsPerBatch < 0");
        }
        if (sealedAs == null || sealedAs.isBlank()) {
            throw new IllegalArgumentException("sealedAs is empty");
        }
    }

    public String qualifiedName() {
        return table + "." + column;
    }

    /** Sealed with the deterministic keyset (not rewritten by a rotation, only sealed if it is still plaintext). */
    public boolean deterministic() {
        return scope != null;
    }
}
