package dev.annota.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1: hashing, tree roots of any size,
 * inclusion and consistency proofs (generation per 2.1.3.1/2.1.4.1, verification exactly per the algorithms of
 * 2.1.3.2/2.1.4.2). Pure Java, no Spring: the offline verifier uses it as is.
 */
public final class Merkle {

    public static final int HASH_SIZE = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private Merkle() {
    }

    /** SHA-256 of nothing: the root of the empty tree. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** SHA-256(0x00 || entry). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest d = sha256();
        d.update(LEAF_PREFIX);
        d.update(entry);
        return d.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update(NODE_PREFIX);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** MTH(D[n]) over leaf hashes (not entries): the root of a tree of any size, the empty tree included. */
    public static byte[] root(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? emptyRoot() : subtree(leafHashes, 0, leafHashes.size());
    }

    /** MTH(D[from:to]) for to - from >= 1. */
    static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    /** PATH(m, D[n]) of RFC 9162 2.1.3.1 over the first {@code size} leaf hashes; innermost sibling first. */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, long index, long size) {
        if (size > leafHashes.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("No leaf " + index + " in a tree of size " + size);
        }
        var proof = new ArrayList<byte[]>();
        path(leafHashes, (int) index, 0, (int) size, proof);
        return proof;
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** PROOF(m, D[n]) of RFC 9162 2.1.4.1; empty when m == n. Defined for 0 < m <= n. */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, long size1, long size2) {
        if (size1 <= 0 || size1 > size2 || size2 > leafHashes.size()) {
            throw new IllegalArgumentException("No consistency proof from size " + size1 + " to size " + size2);
        }
        var proof = new ArrayList<byte[]>();
        if (size1 < size2) {
            subproof(leafHashes, (int) size1, 0, (int) size2, true, proof);
        }
        return proof;
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /**
     * RFC 9162 2.1.3.2: does {@code proof} prove the leaf hash at {@code index} in the tree of {@code size} with {@code root}?
     * Indexes and sizes are unsigned 64-bit numbers in the RFC; here values of 2^63 and above arrive negative and fail.
     */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        // 1. leaf_index >= tree_size fails.
        if (index < 0 || size < 0 || index >= size || leafHash == null || root == null) {
            return false;
        }
        // A leaf hash or root that is no SHA-256 value proves nothing (an empty leaf would otherwise "match" an empty root).
        if (leafHash.length != HASH_SIZE || root.length != HASH_SIZE) {
            return false;
        }
        // 2.-3.
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        // 4.
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5.
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * RFC 9162 2.1.4.2: does {@code proof} show the tree of {@code size2} with {@code root2} extends the tree of
     * {@code size1} with {@code root1}? The RFC defines proofs for 0 < size1 < size2; equal sizes are consistent when
     * the proof is empty and the roots are equal; a proof from the empty tree proves nothing and is refused.
     */
    public static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (root1 == null || root2 == null || proof == null || size1 <= 0 || size2 < size1) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && MessageDigest.isEqual(root1, root2);
        }
        // 1. An empty path fails.
        if (proof.isEmpty()) {
            return false;
        }
        // 2. If first is an exact power of 2, prepend first_hash.
        var path = new ArrayList<byte[]>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1);
        }
        path.addAll(proof);
        // 3.
        long fn = size1 - 1;
        long sn = size2 - 1;
        // 4.
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5.
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        // 6.
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        // 7.
        return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] copy(byte[] hash) {
        return Arrays.copyOf(hash, hash.length);
    }
}
