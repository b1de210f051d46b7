package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export's own AES-SIV opening against Tink's, which sealed the values and decides what does not open. */
class SivOpeningTests {

    private static final HexFormat HEX = HexFormat.of();
    private final Random random = new Random(5297);

    @Test
    void opensTheRfc5297ExampleToItsPlaintextAndRefusesItWithAnotherAssociatedData() throws Exception {
        // RFC 5297 A.1: AES-SIV with a 256-bit key, one associated data; no Tink prefix (the prefix is empty here).
        byte[] key = HEX.parseHex("fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        byte[] associated = HEX.parseHex("101112131415161718191a1b1c1d1e1f2021222324252627");
        byte[] ciphertext = HEX.parseHex("85632d07c6e8f37f950acd320a2ecc9340c02b9690c4dc04daef7f6afe5c");

        byte[] opened = new SivOpening(List.<byte[][]>of(new byte[][] {new byte[0], key}), associated).open(ciphertext);

        assertThat(HEX.formatHex(opened)).isEqualTo("112233445566778899aabbccddee");
        byte[] other = associated.clone();
        other[0] ^= 1;
        assertThat(new SivOpening(List.<byte[][]>of(new byte[][] {new byte[0], key}), other).open(ciphertext)).isNull();
    }

    @Test
    void opensWhatTinkSealedUnderRandomKeysToWhatTinkOpensForEveryLengthAroundTheBlocks() throws Exception {
        int[] lengths = {0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 49, 100, 255, 256, 257, 4096, 70_001};
        for (int k = 0; k < 8; k++) {
            KeysetHandle handle = Keysets.generateDeterministic();
            DeterministicAead tink = handle.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class);
            byte[] associated = bytes(random.nextInt(200));
            DeterministicKeyset.Opening opening = Keysets.deterministicAead(handle).opening(associated);
            SivOpening own = new SivOpening(keysOf(handle), associated);
            for (int length : lengths) {
                byte[] plaintext = bytes(length);
                byte[] ciphertext = tink.encryptDeterministically(plaintext, associated);

                assertThat(own.open(ciphertext)).as("length %d", length).isEqualTo(plaintext)
                        .isEqualTo(tink.decryptDeterministically(ciphertext, associated));
                assertThat(opening.open(ciphertext)).isEqualTo(plaintext);
            }
        }
    }

    @Test
    void refusesEveryAlteredByteAsTinkDoesAndOpensNothingOfAnotherKeyOrAssociatedData() throws Exception {
        KeysetHandle handle = Keysets.generateDeterministic();
        DeterministicKeyset keyset = Keysets.deterministicAead(handle);
        byte[] associated = "annota/d1|tenant|items.external_id|project_id=p".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SivOpening own = new SivOpening(keysOf(handle), associated);
        DeterministicKeyset.Opening opening = keyset.opening(associated);
        for (int length : new int[] {0, 15, 16, 17, 40}) {
            byte[] ciphertext = keyset.encryptDeterministically(bytes(length), associated);
            // Every byte of the prefix, the synthetic IV and the ciphertext, one bit flipped.
            for (int i = 0; i < ciphertext.length; i++) {
                byte[] altered = ciphertext.clone();
                altered[i] ^= (byte) (1 << random.nextInt(8));

                assertThat(own.open(altered)).as("length %d, byte %d", length, i).isNull();
                assertThatThrownBy(() -> keyset.decryptDeterministically(altered, associated))
                        .isInstanceOf(GeneralSecurityException.class);
                assertThatThrownBy(() -> opening.open(altered)).isInstanceOf(GeneralSecurityException.class);
            }
            // Cut short, down to less than the prefix and the IV.
            for (int cut : new int[] {1, 16, ciphertext.length - 5, ciphertext.length}) {
                byte[] shorter = java.util.Arrays.copyOf(ciphertext, ciphertext.length - cut);
                assertThat(own.open(shorter)).isNull();
                assertThatThrownBy(() -> opening.open(shorter)).isInstanceOf(GeneralSecurityException.class);
            }
            // Sealed under another keyset, or opened with other associated data.
            byte[] foreign = Keysets.deterministicAead(Keysets.generateDeterministic()).encryptDeterministically(bytes(length), associated);
            assertThat(own.open(foreign)).isNull();
            assertThatThrownBy(() -> opening.open(foreign)).isInstanceOf(GeneralSecurityException.class);
            assertThat(new SivOpening(keysOf(handle), "other".getBytes(java.nio.charset.StandardCharsets.UTF_8)).open(ciphertext)).isNull();
        }
    }

    @Test
    void aKeysetOfSeveralKeysOpensTheValuesOfEachByItsPrefixAndARawKeyIsLeftToTink() throws Exception {
        KeysetHandle first = Keysets.generateDeterministic();
        KeysetHandle both = KeysetHandle.newBuilder(first)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedDeterministicAeadParameters.AES256_SIV)
                        .withRandomId().makePrimary())
                .build();
        byte[] associated = bytes(48);
        byte[] underFirst = Keysets.deterministicAead(first).encryptDeterministically(bytes(20), associated);
        byte[] underSecond = Keysets.deterministicAead(both).encryptDeterministically(bytes(21), associated);
        SivOpening own = new SivOpening(keysOf(both), associated);

        assertThat(own.open(underFirst)).isEqualTo(Keysets.deterministicAead(both).decryptDeterministically(underFirst, associated));
        assertThat(own.open(underSecond)).isEqualTo(Keysets.deterministicAead(both).decryptDeterministically(underSecond, associated));
        assertThat(keysOf(both)).hasSize(2);

        // A key without an output prefix (RAW) is not this opening's: Tink opens its values through the fallback.
        KeysetHandle raw = KeysetHandle.generateNew(com.google.crypto.tink.daead.AesSivParameters.builder()
                .setKeySizeBytes(64).setVariant(com.google.crypto.tink.daead.AesSivParameters.Variant.NO_PREFIX).build());
        DeterministicKeyset rawKeyset = Keysets.deterministicAead(raw);
        byte[] rawCiphertext = rawKeyset.encryptDeterministically(bytes(30), associated);
        assertThat(keysOf(raw)).isEmpty();
        assertThat(rawKeyset.opening(associated).open(rawCiphertext)).isEqualTo(rawKeyset.decryptDeterministically(rawCiphertext, associated));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static List<byte[][]> keysOf(KeysetHandle handle) throws GeneralSecurityException {
        return DeterministicKeyset.sivKeys(handle);
    }
}
