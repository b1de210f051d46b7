package dev.annota.audit;

import java.util.List;

/** An RFC 9162 inclusion proof: the event at {@code index} is in the tree of {@code treeSize} (the audit path). */
public record InclusionProof(long index, long treeSize, List<byte[]> path) {

    public InclusionProof {
        path = List.copyOf(path);
    }
}
