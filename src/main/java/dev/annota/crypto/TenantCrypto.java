package dev.annota.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import dev.annota.crypto.internal.CryptoProperties;
import dev.annota.crypto.internal.DeterministicKeyset;
import dev.annota.crypto.internal.TenantKeysets;
import dev.annota.crypto.internal.ValueCodec;
import org.springframework.stereotype.Component;

/**
 * Seals and opens one value of one row under its tenant's keyset: AES-256-GCM (Tink AEAD) with the tenant, the column
 * and the row id as associated data. The stored form is text ({@code v1:} + base64), fit for a {@code text} column.
 *
 * <p>Failures name the tenant, the column and the row, never the value: a stored value that does not open is
 * {@link UnreadableValue}; a tenant whose keyset was shredded is {@link KeysShredded} (410).
 */
@Component
public class TenantCrypto {

    private final TenantKeysets keysets;
    private final boolean acceptPlaintext;

    TenantCrypto(TenantKeysets keysets, CryptoProperties properties) {
        this.keysets = keysets;
        this.acceptPlaintext = properties.acceptPlaintext();
    }

    /** The stored form of {@code plaintext}, sealed under the tenant's primary key (the keyset is made on first use). */
    public String seal(EncryptedColumn column, UUID tenantId, UUID rowId, String plaintext) {
        return sealBytes(column, tenantId, rowId, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored form of binary {@code plaintext} (an uploaded image): the same text form as {@link #seal}, so the
     * re-encryption job rewrites it like any other sealed column.
     */
    public String sealBytes(EncryptedColumn column, UUID tenantId, UUID rowId, byte[] plaintext) {
        return sealed(keysets.forSealing(tenantId).aead(), column, tenantId, rowId, plaintext);
    }

    /** A failure to seal is the installation's (its cipher), never the caller's: an IllegalStateException naming the value. */
    private static String sealed(Aead aead, EncryptedColumn column, UUID tenantId, UUID rowId, byte[] plaintext) {
        try {
            return ValueCodec.sealBytes(aead, tenantId, column, rowId, plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt " + column.qualifiedName() + " of row " + rowId
                    + " (organization " + tenantId + "): " + e.getClass().getSimpleName(), e);
        }
    }

    /** The bytes of a value stored by {@link #sealBytes}; throws {@link UnreadableValue} or {@link KeysShredded}. */
    public byte[] openBytes(EncryptedColumn column, UUID tenantId, UUID rowId, String stored) {
        if (!ValueCodec.isSealed(stored)) {
            throw new UnreadableValue(tenantId, column, rowId, "it is not an encrypted value");
        }
        return opened(column, tenantId, rowId, aead -> ValueCodec.openBytes(aead, tenantId, column, rowId, stored));
    }

    /**
     * A {@link Sealer} for many rows of one tenant, bound to the tenant's keyset as it is now (created if the tenant
     * has none yet). Values it seals after a rotation are under the previous primary key: still readable, and
     * rewritten by the next re-encryption.
     */
    public Sealer sealer(EncryptedColumn column, UUID tenantId) {
        var keyset = keysets.forSealing(tenantId);
        return (rowId, plaintext) -> sealed(keyset.aead(), column, tenantId, rowId, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** The plaintext of a stored value; throws {@link UnreadableValue} or {@link KeysShredded}. */
    public String open(EncryptedColumn column, UUID tenantId, UUID rowId, String stored) {
        if (!ValueCodec.isSealed(stored)) {
            if (acceptPlaintext && stored != null) {
                return stored;
            }
            throw new UnreadableValue(tenantId, column, rowId, "it is not an encrypted value");
        }
        return opened(column, tenantId, rowId, aead -> ValueCodec.open(aead, tenantId, column, rowId, stored));
    }

    /**
     * An {@link Opener} of many values of one column of one tenant: the keyset is looked up on the first sealed value
     * and kept, not once a row. A value that does not open under the kept keyset (sealed under a key rotated in after
     * the lookup) goes through {@link #open}, which reads the keyset again once.
     */
    public Opener opener(EncryptedColumn column, UUID tenantId) {
        byte[] prefix = ValueCodec.associatedDataPrefix(tenantId, column);
        return new Utf8Opener() {
            private Aead kept;

            @Override
            public byte[] openUtf8(UUID rowId, String stored) {
                if (!ValueCodec.isSealed(stored)) {
                    String plain = TenantCrypto.this.open(column, tenantId, rowId, stored);
                    return plain == null ? null : plain.getBytes(StandardCharsets.UTF_8);
                }
                if (kept == null) {
                    kept = keysets.forOpening(tenantId)
                            .orElseThrow(() -> new UnreadableValue(tenantId, column, rowId, "the organization has no keyset")).aead();
                }
                try {
                    return ValueCodec.openBytes(kept, prefix, rowId, stored);
                } catch (GeneralSecurityException e) {
                    return TenantCrypto.this.open(column, tenantId, rowId, stored).getBytes(StandardCharsets.UTF_8);
                }
            }
        };
    }

    /** Opening a sealed value with one of the tenant's keysets. */
    private interface Opening<T> {
        T with(Aead aead) throws GeneralSecurityException;
    }

    private <T> T opened(EncryptedColumn column, UUID tenantId, UUID rowId, Opening<T> opening) {
        var keyset = keysets.forOpening(tenantId)
                .orElseThrow(() -> new UnreadableValue(tenantId, column, rowId, "the organization has no keyset"));
        try {
            return opening.with(keyset.aead());
        } catch (GeneralSecurityException first) {
            // Sealed by another instance under a key rotated in after this one cached the keyset? Read it again once.
            var fresh = keysets.reload(tenantId).orElse(keyset);
            if (fresh.version() != keyset.version()) {
                try {
                    return opening.with(fresh.aead());
                } catch (GeneralSecurityException second) {
                    // fall through
                }
            }
            throw new UnreadableValue(tenantId, column, rowId,
                    "it was altered, copied from another row or organization, or sealed under a key that no longer exists");
        }
    }

    /**
     * The deterministic stored form of {@code plaintext} ({@code d1:} + base64, Tink deterministic AEAD, AES-256-SIV,
     * under the tenant's deterministic keyset) bound to the tenant, the column and {@code scopeId} (the value of
     * {@link EncryptedColumn#scope()}, e.g. the project): the same value always gives the same text, so a unique index
     * holds and a lookup finds a row by sealing the value it looks for. Only for values that must compare in SQL; what
     * it reveals is which rows of one scope hold equal values.
     */
    public String sealDeterministic(EncryptedColumn column, UUID tenantId, UUID scopeId, String plaintext) {
        return deterministicSealer(column, tenantId).seal(scopeId, plaintext);
    }

    /**
     * A {@link Sealer} of deterministic values of one column of one tenant (its {@code rowId} argument is the scope,
     * e.g. the project), the keyset resolved once now (created if the tenant has none yet).
     */
    public Sealer deterministicSealer(EncryptedColumn column, UUID tenantId) {
        requireDeterministic(column);
        var keyset = keysets.forDeterministicSealing(tenantId);
        return (scopeId, plaintext) -> {
            try {
                return ValueCodec.sealDeterministic(keyset.deterministic(), tenantId, column, scopeId, plaintext);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot encrypt " + column.qualifiedName() + " in " + column.scope() + " "
                        + scopeId + " (organization " + tenantId + "): " + e.getClass().getSimpleName(), e);
            }
        };
    }

    /**
     * The plaintext of a value stored by {@link #sealDeterministic}; null stays null. A value that is not sealed is
     * refused like in {@link #open} (unless the upgrade mode accepts plaintext); throws {@link UnreadableValue} or
     * {@link KeysShredded}. Failures name the scope in place of a row.
     */
    public String openDeterministic(EncryptedColumn column, UUID tenantId, UUID scopeId, String stored) {
        requireDeterministic(column);
        if (stored == null) {
            return null;
        }
        if (!ValueCodec.isDeterministic(stored)) {
            if (acceptPlaintext) {
                return stored;
            }
            throw new UnreadableValue(tenantId, column, scopeId, "it is not an encrypted value");
        }
        var keyset = keysets.forOpening(tenantId)
                .filter(k -> k.deterministic() != null)
                .or(() -> keysets.reload(tenantId))
                .filter(k -> k.deterministic() != null)
                .orElseThrow(() -> new UnreadableValue(tenantId, column, scopeId, "the organization has no deterministic keyset"));
        try {
            return ValueCodec.openDeterministic(keyset.deterministic(), tenantId, column, scopeId, stored);
        } catch (GeneralSecurityException e) {
            throw new UnreadableValue(tenantId, column, scopeId,
                    "it was altered, or copied from another " + column.scope() + " or organization");
        }
    }

    /**
     * An {@link Opener} of many deterministic values of one column of one tenant (its {@code rowId} argument is the
     * scope), as {@link #opener}: the keyset looked up once, on the first value; what does not open under it goes
     * through {@link #openDeterministic}. Null stays null.
     */
    public Opener deterministicOpener(EncryptedColumn column, UUID tenantId) {
        requireDeterministic(column);
        return new Utf8Opener() {
            private DeterministicKeyset kept;
            // The associated data depends on the scope alone: an export's scope (its project) is one for every row,
            // so its opening (S2V's fixed part computed once) serves the whole export.
            private UUID scope;
            private DeterministicKeyset.Opening opening;

            @Override
            public byte[] openUtf8(UUID scopeId, String stored) {
                if (ValueCodec.isDeterministic(stored)) {
                    if (kept == null) {
                        kept = keysets.forOpening(tenantId).map(k -> k.deterministic()).orElse(null);
                    }
                    if (kept != null) {
                        try {
                            if (!scopeId.equals(scope)) {
                                opening = kept.opening(ValueCodec.deterministicData(tenantId, column, scopeId));
                                scope = scopeId;
                            }
                            return ValueCodec.openDeterministicBytes(opening, stored);
                        } catch (GeneralSecurityException e) {
                            // below: the keyset read again once
                        }
                    }
                }
                String plain = openDeterministic(column, tenantId, scopeId, stored);
                return plain == null ? null : plain.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** An opener that opens to bytes first, what the AEAD gives: the text is made from them only when asked for. */
    private abstract static class Utf8Opener implements Opener {

        @Override
        public final String open(UUID rowId, String stored) {
            byte[] opened = openUtf8(rowId, stored);
            return opened == null ? null : new String(opened, StandardCharsets.UTF_8);
        }

        @Override
        public abstract byte[] openUtf8(UUID rowId, String stored);
    }

    private static void requireDeterministic(EncryptedColumn column) {
        if (!column.deterministic()) {
            throw new IllegalArgumentException(column.qualifiedName() + " is not a deterministic column");
        }
    }
}
