package dev.annota.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.crypto.tink.Aead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenant key store on a real file system, without Spring. */
class TenantKeyStoreTests {

    static final byte[] SECRET = "a keyset, say".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private MasterKey master(String name) {
        return LocalMasterKey.openOrCreate(dir.resolve(name));
    }

    /** A store of key files in {@code tenant-keys}, wrapped by the master key in that file. */
    private TenantKeyStore storeWrappedBy(String masterKeyFile) {
        return new TenantKeyStore(dir.resolve("tenant-keys"), master(masterKeyFile), null);
    }

    @Test
    void aKeyFileIsCreatedOnceReadableByItsOwnerOnlyAndOpensAgainFromAnotherStore() throws Exception {
        Path keys = dir.resolve("tenant-keys");
        var store = new TenantKeyStore(keys, master("master.json"), null);
        UUID tenant = UUID.randomUUID();

        byte[] sealed = store.openOrCreate(tenant).encrypt(SECRET, new byte[0]);

        Path file = store.file(tenant);
        assertThat(file).exists().hasParent(keys.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        // No temporary file is left beside it.
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).containsExactly(file);
        }
        // The file holds the key encrypted: no Tink key material in the clear, and it names its master key.
        String content = Files.readString(file);
        assertThat(content).startsWith("annota/tenant-kek/v1\nmaster-key: local:").contains("encryptedKeyset")
                .doesNotContain("keyValue", "\"value\"");
        var again = storeWrappedBy("master.json");
        assertThat(again.openOrCreate(tenant).decrypt(sealed, new byte[0])).isEqualTo(SECRET);
        assertThat(again.tenants()).containsExactly(tenant);
        assertThat(again.wrappedBy(tenant)).isEqualTo(master("master.json").id());
    }

    @Test
    void twoStoresCreatingTheSameTenantsKeyAtOnceEndUpWithOneKey() throws Exception {
        Path keys = dir.resolve("shared");
        MasterKey master = master("master.json");
        UUID tenant = UUID.randomUUID();
        int racers = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(racers);
        try {
            var results = new ArrayList<Future<Aead>>();
            for (int i = 0; i < racers; i++) {
                // A store each, as two instances on a shared volume have.
                var store = new TenantKeyStore(keys, master, null);
                results.add(pool.submit(() -> {
                    start.await();
                    return store.openOrCreate(tenant);
                }));
            }
            start.countDown();
            List<Aead> kekS = new ArrayList<>();
            for (var r : results) {
                kekS.add(r.get());
            }
            byte[] sealed = kekS.get(0).encrypt(SECRET, new byte[0]);
            for (Aead kek : kekS) {
                assertThat(kek.decrypt(sealed, new byte[0])).as("every racer holds the same key").isEqualTo(SECRET);
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void aKeyFileIsBoundToItsTenantAndItsMasterKey() throws Exception {
        var store = storeWrappedBy("master.json");
        UUID tenant = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        store.openOrCreate(tenant);
        // Copied to another tenant's name, it does not open.
        Files.copy(store.file(tenant), store.file(other));
        assertThatThrownBy(() -> store.open(other)).isInstanceOf(GeneralSecurityException.class);
        // Another master key does not open it, and the message names the key that does.
        var elsewhere = storeWrappedBy("other-master.json");
        assertThatThrownBy(() -> elsewhere.open(tenant)).isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining(master("master.json").id());
    }

    @Test
    void destroyingOverwritesAndDeletesTheFileAndTheKeyIsGoneForGood() throws Exception {
        var store = storeWrappedBy("master.json");
        UUID tenant = UUID.randomUUID();
        byte[] sealed = store.openOrCreate(tenant).encrypt(SECRET, new byte[0]);
        // A hard link sees the same inode: what the destruction leaves in it is what the disk keeps.
        Path inode = dir.resolve("same-inode");
        Files.createLink(inode, store.file(tenant));
        String before = Files.readString(inode);

        assertThat(store.destroy(tenant)).isTrue();

        assertThat(store.file(tenant)).doesNotExist();
        byte[] left = Files.readAllBytes(inode);
        assertThat(left).hasSize(before.length());
        assertThat(new String(left, StandardCharsets.ISO_8859_1)).as("overwritten, not only unlinked")
                .doesNotContain("encryptedKeyset", "master-key");
        assertThat(store.destroy(tenant)).as("a second time: nothing left").isFalse();
        // A new key would be another key: what the old one sealed stays shut.
        assertThatThrownBy(() -> store.openOrCreate(tenant).decrypt(sealed, new byte[0])).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aMissingKeyFileIsAnErrorNamingTheTenantAndTheFile() throws Exception {
        var store = storeWrappedBy("master.json");
        UUID tenant = UUID.randomUUID();
        assertThatThrownBy(() -> store.open(tenant)).isInstanceOf(TenantKeyStore.MissingTenantKey.class)
                .hasMessageContaining(tenant.toString())
                .hasMessageContaining(store.file(tenant).toString());
        assertThat(store.file(tenant)).as("opening never creates").doesNotExist();
        assertThat(store.wrappedBy(tenant)).isNull();
    }

    @Test
    void rewrappingMovesAKeyFileFromThePreviousMasterKeyToTheCurrentOneKeepingTheKey() throws Exception {
        Path keys = dir.resolve("tenant-keys");
        MasterKey old = master("old.json");
        MasterKey current = master("new.json");
        UUID tenant = UUID.randomUUID();
        byte[] sealed = new TenantKeyStore(keys, old, null).openOrCreate(tenant).encrypt(SECRET, new byte[0]);
        var store = new TenantKeyStore(keys, current, old);
        assertThat(store.open(tenant).decrypt(sealed, new byte[0])).as("opens with the previous key").isEqualTo(SECRET);

        assertThat(store.rewrap(tenant)).isEqualTo(old.id());

        assertThat(store.wrappedBy(tenant)).isEqualTo(current.id());
        assertThat(new TenantKeyStore(keys, current, null).open(tenant).decrypt(sealed, new byte[0])).isEqualTo(SECRET);
        assertThatThrownBy(() -> new TenantKeyStore(keys, old, null).open(tenant)).isInstanceOf(GeneralSecurityException.class);
        assertThat(store.rewrap(tenant)).as("nothing left to move").isNull();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file(tenant)))).isEqualTo("rw-------");
    }
}
