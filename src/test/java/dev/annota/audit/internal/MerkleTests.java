package dev.annota.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The Merkle tree against every RFC 6962/9162 vector in src/test/resources/data/merkle (transparency-dev/merkle). */
class MerkleTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rootsOfEveryTreeSizeFromZeroToEightMatchTheVectors() throws IOException {
        JsonNode vectors = JSON.readTree(SharedData.merkle().resolve("tree_vectors.json").toFile());
        List<byte[]> leaves = leafHashes(vectors);
        JsonNode roots = vectors.get("rootHashesHexBySize");
        assertThat(roots.size()).isEqualTo(9);
        var range = CompactRange.empty();
        for (int size = 0; size < roots.size(); size++) {
            byte[] expected = HEX.parseHex(roots.get(size).asString());
            assertThat(Merkle.root(leaves.subList(0, size))).as("root of size %d", size).isEqualTo(expected);
            assertThat(range.root()).as("compact range root of size %d", size).isEqualTo(expected);
            if (size < leaves.size()) {
                range.append(leaves.get(size));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInclusionVectorVerifiesOrFailsAsItShould() throws IOException {
        List<Path> files = vectorFiles("inclusion");
        assertThat(files).as("inclusion vectors (transparency-dev/merkle @417fb0c)").hasSize(98);
        List<byte[]> leaves = leafHashes(JSON.readTree(SharedData.merkle().resolve("tree_vectors.json").toFile()));
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode v = JSON.readTree(file.toFile());
            long index = uint64(v.get("leafIdx"));
            long size = uint64(v.get("treeSize"));
            byte[] leaf = b64(v.get("leafHash"));
            byte[] root = b64(v.get("root"));
            List<byte[]> proof = b64List(v.get("proof"));
            boolean wantErr = v.get("wantErr").asBoolean();
            assertThat(Merkle.verifyInclusion(index, size, leaf, proof, root)).as(v.get("desc").asString()).isEqualTo(!wantErr);
            if (!wantErr && size <= leaves.size() && java.util.Arrays.equals(leaf, leaves.get((int) index))) {
                // A proof we generate for the same tree is the vector's proof, component by component.
                assertThat(Merkle.inclusionProof(leaves, index, size)).containsExactlyElementsOf(proof);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVectorVerifiesOrFailsAsItShould() throws IOException {
        List<Path> files = vectorFiles("consistency");
        assertThat(files).as("consistency vectors (transparency-dev/merkle @417fb0c)").hasSize(98);
        List<byte[]> leaves = leafHashes(JSON.readTree(SharedData.merkle().resolve("tree_vectors.json").toFile()));
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode v = JSON.readTree(file.toFile());
            long size1 = uint64(v.get("size1"));
            long size2 = uint64(v.get("size2"));
            byte[] root1 = b64(v.get("root1"));
            byte[] root2 = b64(v.get("root2"));
            List<byte[]> proof = b64List(v.get("proof"));
            boolean wantErr = v.get("wantErr").asBoolean();
            assertThat(Merkle.verifyConsistency(size1, size2, root1, root2, proof)).as(v.get("desc").asString()).isEqualTo(!wantErr);
            if (!wantErr && size1 > 0 && size2 <= leaves.size()
                    && java.util.Arrays.equals(root2, Merkle.root(leaves.subList(0, (int) size2)))) {
                assertThat(Merkle.consistencyProof(leaves, size1, size2)).containsExactlyElementsOf(proof);
            }
        }));
    }

    @Test
    void generatedProofsVerifyForEveryLeafAndEveryPairOfSizesUpToSeventy() {
        var random = new Random(7);
        var leaves = new ArrayList<byte[]>();
        var range = CompactRange.empty();
        for (int i = 0; i < 70; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            leaves.add(Merkle.leafHash(entry));
            range.append(leaves.getLast());
            assertThat(CompactRange.of(range.size(), range.serialize()).root()).isEqualTo(Merkle.root(leaves));
        }
        for (int n = 1; n <= leaves.size(); n++) {
            byte[] root = Merkle.root(leaves.subList(0, n));
            for (int m = 0; m < n; m++) {
                List<byte[]> path = Merkle.inclusionProof(leaves, m, n);
                assertThat(Merkle.verifyInclusion(m, n, leaves.get(m), path, root)).isTrue();
                assertThat(Merkle.verifyInclusion(m, n, leaves.get((m + 1) % n == m ? m : (m + 1) % n), path, root))
                        .isEqualTo(n == 1);
                List<byte[]> consistency = Merkle.consistencyProof(leaves, m + 1, n);
                assertThat(Merkle.verifyConsistency(m + 1, n, Merkle.root(leaves.subList(0, m + 1)), root, consistency)).isTrue();
                if (m + 1 < n) {
                    assertThat(Merkle.verifyConsistency(m + 1, n, root, root, consistency)).isFalse();
                }
            }
        }
    }

    private static List<Path> vectorFiles(String kind) throws IOException {
        try (Stream<Path> walk = Files.walk(SharedData.merkle().resolve("testdata").resolve(kind))) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String name(Path file) {
        return SharedData.merkle().resolve("testdata").relativize(file).toString();
    }

    private static List<byte[]> leafHashes(JsonNode vectors) {
        var leaves = new ArrayList<byte[]>();
        vectors.get("leafInputsHex").forEach(hex -> leaves.add(Merkle.leafHash(HEX.parseHex(hex.asString()))));
        return leaves;
    }

    /** The vectors hold unsigned 64-bit numbers (2^64 - 1 for a tampered index); they wrap to negative longs. */
    private static long uint64(JsonNode node) {
        return node.bigIntegerValue().longValue();
    }

    private static byte[] b64(JsonNode node) {
        return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> b64List(JsonNode node) {
        var list = new ArrayList<byte[]>();
        if (node != null && !node.isNull()) {
            node.forEach(n -> list.add(Base64.getDecoder().decode(n.asString())));
        }
        return list;
    }
}
