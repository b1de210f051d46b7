package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import dev.annota.crypto.KeysShredded;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant keysets: stored wrapped in {@code tenant_keys}, held unwrapped in a bounded in-memory cache.
 *
 * <p>Several instances: each keyset version is immutable, so the cache only has to notice newer versions. An entry is
 * used for at most {@code annota.crypto.keyset-cache-ttl} (then re-read), and a value that fails to open under a
 * cached keyset makes the caller re-read it at once ({@link #reload}): a value sealed by another instance under a key
 * this instance has not seen yet opens on the second try. A rotation or shredding on this instance drops the entry
 * immediately; other instances follow within the TTL.
 */
@Component
public class TenantKeysets {

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final TransactionTemplate separately;
    private final MasterKey master;
    private final PreviousMasterKey previous;
    private final KeysetWrapping wrapping;
    private final TenantKeyDestruction destruction;
    private final dev.annota.tenancy.Organizations organizations;
    private final Clock clock;
    private final long ttlNanos;
    private final Map<UUID, TenantKeyset> cache;

    TenantKeysets(JdbcClient jdbc, TenantScope tenants, PlatformTransactionManager transactions, MasterKey master,
                  PreviousMasterKey previous, KeysetWrapping wrapping, TenantKeyDestruction destruction,
                  dev.annota.tenancy.Organizations organizations, Clock clock, CryptoProperties properties) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
        this.destruction = destruction;
        this.previous = previous;
        this.organizations = organizations;
        this.tenants = tenants;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.master = master;
        this.clock = clock;
        this.ttlNanos = properties.keysetCacheTtl().toNanos();
        int size = properties.keysetCacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, TenantKeyset> eldest) {
                return size() > size;
            }
        });
    }

    /** The tenant's keyset for sealing: created (in a transaction of its own) on the tenant's first write. */
    public TenantKeyset forSealing(UUID tenantId) {
        TenantKeyset cached = fresh(tenantId);
        if (cached != null) {
            return cached;
        }
        return load(tenantId).orElseGet(() -> create(tenantId));
    }

    /** The tenant's keyset for opening, or empty when the tenant never had one. */
    public Optional<TenantKeyset> forOpening(UUID tenantId) {
        TenantKeyset cached = fresh(tenantId);
        return cached != null ? Optional.of(cached) : load(tenantId);
    }

    /** Drops the cached keyset and reads the stored one. */
    public Optional<TenantKeyset> reload(UUID tenantId) {
        cache.remove(tenantId);
        return load(tenantId);
    }

    public void forget(UUID tenantId) {
        cache.remove(tenantId);
    }

    /** The stored row without unwrapping (status pages): null when the tenant has none. */
    public Stored stored(UUID tenantId) {
        return tenants.read(tenantId, () -> jdbc.sql("""
                        select keyset, master_key, version, primary_key_id, key_count, created_at, rotated_at, shredded_at,
                               deterministic_keyset
                        from tenant_keys where tenant_id = ?""")
                .param(tenantId)
                .query(TenantKeysets::mapStored)
                .optional().orElse(null));
    }

    /**
     * Adds a new primary key (creating the keyset first if the tenant has none). Runs in the caller's tenant
     * transaction; the row lock serializes concurrent rotations of one tenant.
     */
    public TenantKeyset rotate(UUID tenantId) {
        Instant now = now();
        Stored row = lockedRow(tenantId);
        if (row == null) {
            insert(tenantId);
            row = lockedRow(tenantId);
        }
        if (row.shreddedAt() != null) {
            throw new KeysShredded(tenantId);
        }
        try {
            KeysetHandle rotated = Keysets.rotate(unwrap(tenantId, row));
            // The deterministic keyset is not rotated (equal values must keep equal ciphertexts); it is only re-wrapped
            // with the AEAD keyset, since one master_key names what wraps both. A keyset from before deterministic
            // sealing gets one here, so the rotation's job can seal plaintext external ids without making it.
            KeysetHandle deterministic = deterministicOf(tenantId, row);
            if (deterministic == null) {
                deterministic = Keysets.generateDeterministic();
            }
            jdbc.sql("""
                    update tenant_keys set keyset = ?, deterministic_keyset = ?, master_key = ?, version = version + 1,
                           primary_key_id = ?, key_count = ?, rotated_at = ?
                    where tenant_id = ?""")
                    .params(wrap(rotated, tenantId), wrap(deterministic, tenantId), KeysetWrapping.BY_TENANT_KEY,
                            Integer.toUnsignedLong(rotated.getPrimary().getId()), rotated.size(), Timestamp.from(now),
                            tenantId)
                    .update();
            cache.remove(tenantId);
            return new TenantKeyset(tenantId, row.version() + 1, rotated, Keysets.aead(rotated),
                    Keysets.deterministicAead(deterministic), System.nanoTime());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot rotate the keyset of organization " + tenantId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Destroys the keyset: the wrapped keys (the AEAD and the deterministic keyset) are overwritten with null in the
     * caller's tenant transaction, the row stays as a tombstone, and once that transaction commits the organization's
     * key-encryption key is destroyed ({@link TenantKeyDestruction}): only that makes the copies of the wrapped keysets
     * that PostgreSQL still keeps (dead rows, WAL, backups) useless. Returns false when it was shredded already.
     */
    public boolean shred(UUID tenantId, UUID by) {
        if (lockedRow(tenantId) == null) {
            // Never had a key: record the tombstone so nothing is ever sealed for this tenant again.
            jdbc.sql("""
                    insert into tenant_keys (tenant_id, keyset, master_key, version, primary_key_id, key_count, created_at)
                    values (?, null, ?, 0, 0, 0, ?) on conflict do nothing""")
                    .params(tenantId, KeysetWrapping.BY_TENANT_KEY, Timestamp.from(now())).update();
        }
        // Also when it was shredded already: a key file left by an interrupted shredding goes now.
        destruction.destroyAfterCommit(tenantId);
        int changed = jdbc.sql("""
                update tenant_keys set keyset = null, deterministic_keyset = null, shredded_at = ?, shredded_by = ?,
                       version = version + 1
                where tenant_id = ? and shredded_at is null""")
                .params(Timestamp.from(now()), by, tenantId).update();
        cache.remove(tenantId);
        return changed == 1;
    }

    private Stored lockedRow(UUID tenantId) {
        return jdbc.sql("""
                        select keyset, master_key, version, primary_key_id, key_count, created_at, rotated_at, shredded_at,
                               deterministic_keyset
                        from tenant_keys where tenant_id = ? for update""")
                .param(tenantId)
                .query(TenantKeysets::mapStored)
                .optional().orElse(null);
    }

    private TenantKeyset fresh(UUID tenantId) {
        TenantKeyset cached = cache.get(tenantId);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < ttlNanos) {
            return cached;
        }
        return null;
    }

    private Optional<TenantKeyset> load(UUID tenantId) {
        Stored row = stored(tenantId);
        if (row == null) {
            return Optional.empty();
        }
        if (row.shreddedAt() != null) {
            cache.remove(tenantId);
            throw new KeysShredded(tenantId);
        }
        try {
            KeysetHandle handle = unwrap(tenantId, row);
            KeysetHandle deterministic = row.deterministicKeyset() == null ? null
                    : unwrap(tenantId, row.deterministicKeyset(), row.masterKey());
            var keyset = new TenantKeyset(tenantId, row.version(), handle, Keysets.aead(handle),
                    deterministic == null ? null : Keysets.deterministicAead(deterministic), System.nanoTime());
            cache.put(tenantId, keyset);
            return Optional.of(keyset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the keyset of organization " + tenantId + ": " + e.getMessage(), e);
        }
    }

    private KeysetHandle unwrap(UUID tenantId, Stored row) throws GeneralSecurityException {
        return unwrap(tenantId, row.keyset(), row.masterKey());
    }

    /** A wrapped keyset of the row (the AEAD or the deterministic one), opened by what wraps both ({@code master_key}). */
    private KeysetHandle unwrap(UUID tenantId, String wrapped, String wrappedBy) throws GeneralSecurityException {
        return wrapping.unwrap(tenantId, wrapped, wrappedBy);
    }

    /** The row's deterministic keyset opened, or null when it has none yet. */
    private KeysetHandle deterministicOf(UUID tenantId, Stored row) throws GeneralSecurityException {
        return row.deterministicKeyset() == null ? null : unwrap(tenantId, row.deterministicKeyset(), row.masterKey());
    }

    private String wrapped(KeysetHandle deterministic, UUID tenantId) throws GeneralSecurityException {
        return deterministic == null ? null : wrap(deterministic, tenantId);
    }

    /**
     * The one place this class wraps a keyset (the AEAD one and the deterministic one alike), as {@link #unwrap} is the
     * one place it unwraps: both go through {@link KeysetWrapping}, under the organization's key-encryption key.
     */
    private String wrap(KeysetHandle handle, UUID tenantId) throws GeneralSecurityException {
        return wrapping.wrap(tenantId, handle);
    }

    /**
     * The tenant's keyset with its deterministic keyset, which is created (in a transaction of its own, like a first
     * keyset) if the tenant has none yet: tenants whose keyset predates deterministic sealing get it on first use.
     */
    public TenantKeyset forDeterministicSealing(UUID tenantId) {
        TenantKeyset keyset = forSealing(tenantId);
        if (keyset.deterministic() != null) {
            return keyset;
        }
        writeOnItsOwn(tenantId, () -> addDeterministic(tenantId));
        return reload(tenantId).orElseThrow();
    }

    private void addDeterministic(UUID tenantId) {
        Stored row = lockedRow(tenantId);
        if (row == null || row.deterministicKeyset() != null) {
            return;
        }
        if (row.shreddedAt() != null) {
            throw new KeysShredded(tenantId);
        }
        try {
            // Both keysets under the organization's key-encryption key, since one master_key column names what wraps them.
            KeysetHandle aead = unwrap(tenantId, row);
            jdbc.sql("update tenant_keys set keyset = ?, deterministic_keyset = ?, master_key = ? where tenant_id = ?")
                    .params(wrap(aead, tenantId),
                            wrap(Keysets.generateDeterministic(), tenantId), KeysetWrapping.BY_TENANT_KEY, tenantId)
                    .update();
            cache.remove(tenantId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add a deterministic keyset for organization " + tenantId + ": " + e.getMessage(), e);
        }
    }

    /** What a change of the keyset did: keys affected and the keyset's new version. */
    public record KeysetChange(int keys, int version) {
    }

    /**
     * Disables every key but the primary (retirement's first step), in the caller's tenant transaction. Values sealed
     * under the disabled keys no longer open. Returns how many keys were disabled (0: nothing to do).
     */
    public KeysetChange disableOldKeys(UUID tenantId) {
        return change(tenantId, handle -> Keysets.disableAllButPrimary(handle),
                (before, after) -> Keysets.count(before, com.google.crypto.tink.KeyStatus.ENABLED)
                        - Keysets.count(after, com.google.crypto.tink.KeyStatus.ENABLED));
    }

    /** Removes the disabled keys from the keyset for good (retirement's second step). */
    public KeysetChange destroyDisabledKeys(UUID tenantId) {
        return change(tenantId, handle -> Keysets.destroyDisabled(handle), (before, after) -> before.size() - after.size());
    }

    /**
     * Puts the keyset under the current master key, in the caller's tenant transaction under the keyset's row lock (so
     * a shredding cannot interleave): a keyset still wrapped directly by a master key (stored before the tenant key
     * files) is wrapped by the organization's key-encryption key instead, created now; a key-encryption key file
     * wrapped by the previous master key is re-wrapped by the current one. The keys inside do not change. Returns the id
     * of the master key that wrapped it before, or null when there was nothing to do (already current, shredded, or no
     * keyset).
     */
    public String rewrap(UUID tenantId) {
        Stored row = lockedRow(tenantId);
        if (row == null || row.shreddedAt() != null || row.keyset() == null) {
            return null;
        }
        try {
            if (KeysetWrapping.byMasterKeyDirectly(row.masterKey())) {
                KeysetHandle handle = unwrap(tenantId, row);
                KeysetHandle deterministic = deterministicOf(tenantId, row);
                jdbc.sql("update tenant_keys set keyset = ?, deterministic_keyset = ?, master_key = ? where tenant_id = ?")
                        .params(wrap(handle, tenantId), wrapped(deterministic, tenantId), KeysetWrapping.BY_TENANT_KEY,
                                tenantId).update();
                // The key-encryption key was created under the current master key, and only it opens the keysets now.
                cache.remove(tenantId);
                return row.masterKey();
            }
            return wrapping.store().rewrap(tenantId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot re-wrap the keyset of organization " + tenantId + ": " + e.getMessage(), e);
        }
    }

    /**
     * What wraps the organization's keyset now: {@code null} when it has none (or it is shredded), the id of the master
     * key that wraps it directly (stored before the tenant key files), or {@link KeysetWrapping#BY_TENANT_KEY}.
     */
    public String wrappedBy(UUID tenantId) {
        Stored row = stored(tenantId);
        return row == null || row.keyset() == null ? null : row.masterKey();
    }

    public TenantKeyStore keyStore() {
        return wrapping.store();
    }

    public String masterKeyId() {
        return master.id();
    }

    public String previousMasterKeyId() {
        return previous.key() == null ? null : previous.key().id();
    }

    private interface Edit {
        KeysetHandle apply(KeysetHandle handle) throws GeneralSecurityException;
    }

    private KeysetChange change(UUID tenantId, Edit edit, java.util.function.ToIntBiFunction<KeysetHandle, KeysetHandle> affected) {
        Stored row = lockedRow(tenantId);
        if (row == null) {
            return new KeysetChange(0, 0);
        }
        if (row.shreddedAt() != null) {
            throw new KeysShredded(tenantId);
        }
        try {
            KeysetHandle before = unwrap(tenantId, row);
            KeysetHandle after = edit.apply(before);
            int keys = affected.applyAsInt(before, after);
            if (keys == 0) {
                return new KeysetChange(0, row.version());
            }
            KeysetHandle deterministic = deterministicOf(tenantId, row);
            jdbc.sql("""
                    update tenant_keys set keyset = ?, deterministic_keyset = ?, master_key = ?, version = version + 1,
                           key_count = ?
                    where tenant_id = ?""")
                    .params(wrap(after, tenantId), wrapped(deterministic, tenantId), KeysetWrapping.BY_TENANT_KEY,
                            after.size(), tenantId).update();
            cache.remove(tenantId);
            return new KeysetChange(keys, row.version() + 1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot change the keyset of organization " + tenantId + ": " + e.getMessage(), e);
        }
    }

    /**
     * A first keyset, committed on its own before any value is sealed under it: were it created inside the caller's
     * transaction (an import, say) and that transaction rolled back, the cache would hold a key that no longer exists.
     */
    private TenantKeyset create(UUID tenantId) {
        if (organizations.find(tenantId).isEmpty()) {
            // A deleted organization (its tombstone went with its rows): nothing may ever be sealed for it again, even
            // by a write that was already running when it was deleted.
            throw new KeysShredded(tenantId);
        }
        writeOnItsOwn(tenantId, () -> insert(tenantId));
        return load(tenantId).orElseThrow();
    }

    /**
     * Runs the write in a transaction of its own for the tenant, also when the tenant's transaction is in progress:
     * then REQUIRES_NEW on the same thread, where the tenant is still set, so the new transaction runs as this tenant.
     */
    private void writeOnItsOwn(UUID tenantId, Runnable write) {
        var current = TenantScope.current();
        if (current.isPresent() && !current.get().equals(tenantId)) {
            throw new IllegalStateException("A transaction for another tenant is in progress");
        }
        if (current.isPresent()) {
            separately.executeWithoutResult(status -> write.run());
        } else {
            tenants.write(tenantId, write);
        }
    }

    private void insert(UUID tenantId) {
        try {
            KeysetHandle handle = Keysets.generate();
            int inserted = jdbc.sql("""
                    insert into tenant_keys (tenant_id, keyset, deterministic_keyset, master_key, version, primary_key_id,
                                             key_count, created_at)
                    values (?, ?, ?, ?, 1, ?, 1, ?) on conflict do nothing""")
                    .params(tenantId, wrap(handle, tenantId),
                            wrap(Keysets.generateDeterministic(), tenantId), KeysetWrapping.BY_TENANT_KEY,
                            Integer.toUnsignedLong(handle.getPrimary().getId()), Timestamp.from(now()))
                    .update();
            if (inserted == 0) {
                Stored row = lockedRow(tenantId);
                if (row != null && row.shreddedAt() != null) {
                    // Shredded meanwhile (on another instance): the key file wrapping just created must go again.
                    destruction.destroyAfterCommit(tenantId);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create a keyset for organization " + tenantId, e);
        }
    }

    public String masterKeyKind() {
        return master.kind();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Stored mapStored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getInt(5),
                rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    public record Stored(String keyset, String masterKey, int version, long primaryKeyId, int keyCount, Instant createdAt,
                  Instant rotatedAt, Instant shreddedAt, String deterministicKeyset) {

        @Override
        public String toString() {
            return "Stored[version=" + version + ", shredded=" + (shreddedAt != null) + "]";
        }
    }
}
