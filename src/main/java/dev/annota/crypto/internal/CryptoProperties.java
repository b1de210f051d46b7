package dev.annota.crypto.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code annota.crypto.*}; the environment variables behind them are listed in docs/configuration.md.
 *
 * @param masterKeyFile       the local master key (a Tink keyset, JSON), created on first start when absent
 * @param masterKeyUri        a KMS key URI ({@code gcp-kms://…}, {@code aws-kms://…}); when set it replaces the file
 * @param kmsCredentialsFile  credentials for the KMS client; empty means the client's default credentials
 * @param keysetCacheTtl      how long a tenant's unwrapped keyset is used before it is read again (bounds how long
 *                            another instance keeps using a keyset after a rotation or a shredding)
 * @param keysetCacheSize     tenants whose keysets are held in memory at once
 * @param reencryptInterval   pause between runs of the re-encryption job; zero disables the background run
 * @param reencryptBatchSize  rows re-encrypted per transaction
 * @param acceptPlaintext     read values stored before encryption existed (upgrade mode; see docs/security.md)
 * @param previousMasterKeyFile the local master key being replaced (keysets it wraps still open until re-wrapped)
 * @param previousMasterKeyUri  the KMS master key being replaced
 * @param keyRetirementGrace  how long after a rotation its old keys may be disabled at the earliest: at least the
 *                            keyset cache's time to live, so no instance still seals new values under them
 * @param keyDestroyAfter     how long disabled keys stay in the keyset before they are destroyed
 * @param retireOldKeys       whether the background job retires old keys on its own once it is safe
 * @param tenantKeyDir        where each organization's key-encryption key is kept, one file each, outside the
 *                            database (shared by every instance, like the master key file)
 */
@ConfigurationProperties("annota.crypto")
public record CryptoProperties(Path masterKeyFile, String masterKeyUri, String kmsCredentialsFile, Duration keysetCacheTtl,
                        int keysetCacheSize, Duration reencryptInterval, int reencryptBatchSize, boolean acceptPlaintext,
                        String previousMasterKeyFile, String previousMasterKeyUri, Duration keyRetirementGrace,
                        Duration keyDestroyAfter, Boolean retireOldKeys, Path tenantKeyDir) {

    public CryptoProperties {
        previousMasterKeyUri = previousMasterKeyUri == null ? "" : previousMasterKeyUri.strip();
        previousMasterKeyFile = previousMasterKeyFile == null ? "" : previousMasterKeyFile.strip();
        retireOldKeys = retireOldKeys == null || retireOldKeys;
        keyDestroyAfter = keyDestroyAfter == null ? Duration.ofDays(7) : keyDestroyAfter;
        tenantKeyDir = tenantKeyDir == null ? Path.of("data", "tenant-keys") : tenantKeyDir;
        masterKeyFile = masterKeyFile == null ? Path.of("data", "master-key.json") : masterKeyFile;
        masterKeyUri = masterKeyUri == null ? "" : masterKeyUri.strip();
        kmsCredentialsFile = kmsCredentialsFile == null ? "" : kmsCredentialsFile.strip();
        keysetCacheTtl = keysetCacheTtl == null ? Duration.ofSeconds(30) : keysetCacheTtl;
        keysetCacheSize = keysetCacheSize <= 0 ? 10_000 : keysetCacheSize;
        reencryptInterval = reencryptInterval == null ? Duration.ofSeconds(10) : reencryptInterval;
        reencryptBatchSize = reencryptBatchSize <= 0 ? 500 : reencryptBatchSize;
        keyRetirementGrace = keyRetirementGrace == null ? keysetCacheTtl.multipliedBy(2) : keyRetirementGrace;
    }
}
