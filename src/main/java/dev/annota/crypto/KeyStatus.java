package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's keyset as its admin sees it: never a key, only what identifies the keys and what happened to them.
 *
 * @param state          {@code NONE} (nothing encrypted yet), {@code ACTIVE} or {@code SHREDDED}
 * @param primaryKeyId   the Tink id of the key new data is sealed under (unsigned)
 * @param masterKey      what wraps the keyset: {@code local key file} or {@code KMS}
 * @param latestRotation the newest re-encryption job, if any
 */
public record KeyStatus(UUID organizationId, String state, int version, Long primaryKeyId, Integer keys, String masterKey,
                        Instant createdAt, Instant rotatedAt, Instant shreddedAt, Rotation latestRotation) {
}
