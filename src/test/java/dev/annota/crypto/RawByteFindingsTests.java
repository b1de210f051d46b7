package dev.annota.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The streamed scan of {@link ShreddingSurvivesWalPostgresTests}: with tiny windows (64 bytes and 40 of overlap), a
 * marker or a sealed value that spans a window's end is found whole and once, wherever the writes cut the bytes; a
 * candidate longer than the overlap fails the scan instead of being missed.
 */
class RawByteFindingsTests {

    private static final String MARKER = "okapipayload0123456789abcdef";
    private static final String SEALED = "v1:QUJDREVGR0hJSktMTU5PUFFSU1RVVldY";

    private static ShreddingSurvivesWalPostgresTests.Findings scanned(String content, int writeSize) throws IOException {
        var findings = new ShreddingSurvivesWalPostgresTests.Findings(List.of(MARKER), v -> true, 64, 40);
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
        try (var out = findings.source("test")) {
            for (int at = 0; at < bytes.length; at += writeSize) {
                out.write(bytes, at, Math.min(writeSize, bytes.length - at));
            }
        }
        return findings;
    }

    @Test
    void aMarkerAndASealedValueAcrossAWindowsEndAreFoundWholeWhateverTheWritesSize() throws IOException {
        for (int shift = 0; shift < 70; shift += 7) {
            String content = "\0".repeat(40 + shift) + MARKER + "\1\1" + SEALED + "\0".repeat(300) + MARKER + "\0" + SEALED + "\2";
            for (int writeSize : new int[] {1, 13, 64, 1000}) {
                var found = scanned(content, writeSize);
                assertThat(found.plaintextHits(MARKER)).as("shift %d, writes of %d", shift, writeSize).containsExactly("test");
                assertThat(found.sealedValues.keySet()).as("shift %d, writes of %d", shift, writeSize)
                        .containsExactly(SEALED.substring(3));
                assertThat(found.bytes).isEqualTo(content.length());
            }
        }
    }

    @Test
    void aMissingMarkerIsNotFound() throws IOException {
        assertThat(scanned("\0".repeat(500) + MARKER.substring(0, 20) + "\0" + MARKER.substring(20), 17).plaintextHits(MARKER)).isEmpty();
    }

    @Test
    void aCandidateLongerThanTheOverlapFailsTheScan() {
        assertThatThrownBy(() -> scanned("\0".repeat(10) + "v1:" + "A".repeat(200), 50))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OVERLAP");
    }
}
