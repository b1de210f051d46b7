package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The KMS seam, with a KMS client of the test's own (no real KMS is reachable here): a master key URI is resolved
 * through Tink's {@link KmsClients}, exactly as the tink-gcpkms / tink-awskms clients are.
 */
class KmsMasterKeyTests {

    /** Stands in for a KMS: holds one key "remotely" and answers encrypt/decrypt for its URI. */
    static final class InMemoryKms implements KmsClient {
        private final String uri;
        private final Aead key;
        String credentials;

        InMemoryKms(String uri) throws GeneralSecurityException {
            this.uri = uri;
            this.key = Keysets.aead(Keysets.generate());
        }

        @Override
        public boolean doesSupport(String keyUri) {
            return uri.equals(keyUri);
        }

        @Override
        public KmsClient withCredentials(String path) {
            credentials = path;
            return this;
        }

        @Override
        public KmsClient withDefaultCredentials() {
            credentials = "default";
            return this;
        }

        @Override
        public Aead getAead(String keyUri) {
            return key;
        }
    }

    @Test
    void aKmsKeyUriWrapsAndUnwrapsTenantKeysetsThroughTheRegisteredClient() throws Exception {
        String uri = "test-kms://projects/p/keys/" + UUID.randomUUID();
        var kms = new InMemoryKms(uri);
        KmsClients.add(kms);
        UUID tenant = UUID.randomUUID();

        var master = KmsMasterKey.connect(uri, "/etc/annota/kms.json");
        String wrapped = Keysets.wrap(Keysets.generate(), master.aead(), tenant);

        assertThat(master.id()).isEqualTo(uri);
        assertThat(kms.credentials).isEqualTo("/etc/annota/kms.json");
        assertThat(Keysets.unwrap(wrapped, KmsMasterKey.connect(uri, "").aead(), tenant).size()).isEqualTo(1);
        assertThat(kms.credentials).isEqualTo("default");
    }

    @Test
    void aKmsMasterKeyWrapsTheTenantKeyFilesAndOnlyItOpensThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String uri = "test-kms://projects/p/keys/" + UUID.randomUUID();
        KmsClients.add(new InMemoryKms(uri));
        var master = KmsMasterKey.connect(uri, "");
        var store = new TenantKeyStore(dir, master, null);
        UUID tenant = UUID.randomUUID();

        byte[] sealed = store.openOrCreate(tenant).encrypt(new byte[] {1, 2, 3}, new byte[0]);

        assertThat(java.nio.file.Files.readString(store.file(tenant))).contains("master-key: " + uri);
        assertThat(store.wrappedBy(tenant)).isEqualTo(uri);
        assertThat(new TenantKeyStore(dir, KmsMasterKey.connect(uri, ""), null).open(tenant).decrypt(sealed, new byte[0]))
                .containsExactly(1, 2, 3);
        assertThatThrownBy(() -> new TenantKeyStore(dir, LocalMasterKey.openOrCreate(dir.resolve("local.json")), null).open(tenant))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining(uri);
    }

    @Test
    void anUnknownKmsUriStopsTheStartWithTheUriNamed() {
        assertThatThrownBy(() -> KmsMasterKey.connect("nowhere-kms://key/1", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nowhere-kms://key/1");
    }
}
