package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's keyset as its admin sees it: never a key, only what identifies the keys and what happened to them.
 *
 * @param state          {@code NONE} (nothing encrypted yet), {@code ACTIVE} or {@code SHREDDED}
 * @param primaryKeyId   the Tink id of the key new data is sealed under (unsigned)
 * @param masterKey      the master key's kind: {@code local key file} or {@code KMS}
 * @param keyEncryptionKey where the key that wraps the keyset is held (never the key itself): {@code TENANT_KEY_FILE}
 *                       (the organization's own key file, outside the database, wrapped by the master key),
 *                       {@code MASTER_KEY} (a keyset stored before tenant key files: wrapped by the master key directly
 *                       until the operator runs {@code keys rewrap}), {@code DESTROYED} (shredded), {@code MISSING} (the
 *                       key file is not where it should be: the operator must restore it), null while {@code NONE}
 * @param latestRotation the newest re-encryption job, if any
 */
public record KeyStatus(UUID organizationId, String state, int version, Long primaryKeyId, Integer keys, String masterKey,
                        String keyEncryptionKey, Instant createdAt, Instant rotatedAt, Instant shreddedAt,
                        Rotation latestRotation) {
}
