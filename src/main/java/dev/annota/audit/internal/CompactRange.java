package dev.annota.audit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The right frontier of a Merkle tree: the roots of its perfect subtrees, largest first (one per set bit of the
 * size). Appending a leaf and computing the root take O(log n) without reading earlier leaves, so the log head row
 * carries the tree forward and a checkpoint never rescans the log.
 */
public final class CompactRange {

    private long size;
    private final List<byte[]> peaks;

    private CompactRange(long size, List<byte[]> peaks) {
        this.size = size;
        this.peaks = peaks;
    }

    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /** Restores a range from {@link #serialize()}; the number of hashes must equal the number of set bits of size. */
    public static CompactRange of(long size, byte[] serialized) {
        int count = serialized == null ? 0 : serialized.length / Merkle.HASH_SIZE;
        if (size < 0 || Long.bitCount(size) != count || (serialized != null && serialized.length % Merkle.HASH_SIZE != 0)) {
            throw new IllegalStateException("Corrupt log head: size " + size + " with " + count + " subtree hashes");
        }
        var peaks = new ArrayList<byte[]>(count);
        for (int i = 0; i < count; i++) {
            byte[] h = new byte[Merkle.HASH_SIZE];
            System.arraycopy(serialized, i * Merkle.HASH_SIZE, h, 0, Merkle.HASH_SIZE);
            peaks.add(h);
        }
        return new CompactRange(size, peaks);
    }

    public void append(byte[] leafHash) {
        peaks.add(leafHash);
        // Each trailing 1 bit of the old size is a perfect subtree the new leaf completes.
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            byte[] right = peaks.removeLast();
            byte[] left = peaks.removeLast();
            peaks.add(Merkle.nodeHash(left, right));
        }
        size++;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        if (peaks.isEmpty()) {
            return Merkle.emptyRoot();
        }
        byte[] r = peaks.getLast();
        for (int i = peaks.size() - 2; i >= 0; i--) {
            r = Merkle.nodeHash(peaks.get(i), r);
        }
        return r;
    }

    public byte[] serialize() {
        byte[] out = new byte[peaks.size() * Merkle.HASH_SIZE];
        for (int i = 0; i < peaks.size(); i++) {
            System.arraycopy(peaks.get(i), 0, out, i * Merkle.HASH_SIZE, Merkle.HASH_SIZE);
        }
        return out;
    }
}
