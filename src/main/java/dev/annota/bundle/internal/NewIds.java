package dev.annota.bundle.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The receiving tenant's id for every id of a bundle, derived rather than remembered: SHA-256 of the import's id and
 * the old id, so the same old id gets the same new id wherever rows name it (an item in its annotations, an annotator
 * in every answer) without holding a map of a whole project in memory. A time-ordered old id (UUIDv7) keeps its
 * millisecond, so items stay in the order they were imported in (the queue walks items by id); within one millisecond
 * the order is the hash's.
 */
final class NewIds implements UnaryOperator<UUID> {

    private final byte[] importId;
    private final long fallbackMillis;

    NewIds(UUID importId, long nowMillis) {
        this.importId = bytes(importId);
        this.fallbackMillis = nowMillis;
    }

    @Override
    public UUID apply(UUID old) {
        MessageDigest sha = BundleVerifier.sha256();
        sha.update(importId);
        byte[] h = sha.digest(bytes(old));
        ByteBuffer hash = ByteBuffer.wrap(h);
        long millis = old.version() == 7 ? old.getMostSignificantBits() >>> 16 : fallbackMillis;
        long msb = (millis << 16) | 0x7000L | (hash.getShort() & 0x0FFFL);
        long lsb = (hash.getLong(8) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
