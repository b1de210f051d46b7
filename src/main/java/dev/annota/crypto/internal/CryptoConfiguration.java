package dev.annota.crypto.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    /** A KMS key when {@code annota.crypto.master-key-uri} is set, otherwise the local key file (created if absent). */
    @Bean
    MasterKey masterKey(CryptoProperties properties) {
        if (!properties.masterKeyUri().isBlank()) {
            var kms = KmsMasterKey.connect(properties.masterKeyUri(), properties.kmsCredentialsFile());
            log.info("Tenant keysets are wrapped by the KMS key {}", kms.id());
            return kms;
        }
        var local = LocalMasterKey.openOrCreate(properties.masterKeyFile());
        log.info("Tenant keysets are wrapped by the local master key {} ({})", properties.masterKeyFile().toAbsolutePath(), local.id());
        return local;
    }

    /**
     * The master key being replaced, while keysets still wrapped by it are re-wrapped ({@code keys rewrap}): opened,
     * never created (a missing file is an error: it holds the only way to open those keysets).
     */
    @Bean
    PreviousMasterKey previousMasterKey(CryptoProperties properties) {
        if (!properties.previousMasterKeyUri().isBlank()) {
            return new PreviousMasterKey(KmsMasterKey.connect(properties.previousMasterKeyUri(), properties.kmsCredentialsFile()));
        }
        if (!properties.previousMasterKeyFile().isBlank()) {
            var file = java.nio.file.Path.of(properties.previousMasterKeyFile());
            var key = LocalMasterKey.open(file);
            log.info("Keysets wrapped by the previous master key {} ({}) are still opened; run `keys rewrap` to move them",
                    file.toAbsolutePath(), key.id());
            return new PreviousMasterKey(key);
        }
        return new PreviousMasterKey(null);
    }

    /** Each organization's key-encryption key, in a file of its own outside the database, wrapped by the master key. */
    @Bean
    TenantKeyStore tenantKeyStore(CryptoProperties properties, MasterKey master, PreviousMasterKey previous) {
        var store = new TenantKeyStore(properties.tenantKeyDir(), master, previous.key());
        log.info("Organizations' key-encryption keys are kept in {}", store.directory());
        return store;
    }

    @Bean
    KeysetWrapping keysetWrapping(TenantKeyStore store, MasterKey master, PreviousMasterKey previous) {
        return new KeysetWrapping(store, master, previous);
    }
}
