package dev.annota.crypto.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import dev.annota.crypto.EncryptedColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sealed form of a value and the keysets behind it, without Spring or a database. */
class ValueCodecTests {

    static final EncryptedColumn PAYLOAD = new EncryptedColumn("items", "payload");
    static final EncryptedColumn ANSWER = new EncryptedColumn("annotations", "answer");
    static final String JSON = "{\"text\":\"the secret launch date is 2027-01-05\"}";

    final UUID tenant = UUID.randomUUID();
    final UUID row = UUID.randomUUID();

    @Test
    void aSealedValueOpensToTheSameTextAndHoldsNoneOfIt() throws Exception {
        Aead aead = Keysets.aead(Keysets.generate());

        String stored = ValueCodec.seal(aead, tenant, PAYLOAD, row, JSON);

        assertThat(stored).startsWith("v1:").doesNotContain("secret").doesNotContain("2027");
        assertThat(new String(Base64.getDecoder().decode(stored.substring(3)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret");
        assertThat(ValueCodec.open(aead, tenant, PAYLOAD, row, stored)).isEqualTo(JSON);
        // Random nonces: the same text sealed twice gives two different stored values.
        assertThat(ValueCodec.seal(aead, tenant, PAYLOAD, row, JSON)).isNotEqualTo(stored);
    }

    @Test
    void theBytesOfAnOpenedValueAreTheUtf8OfItsTextForEveryLengthOfBase64AndAreBoundToTheRow() throws Exception {
        Aead aead = Keysets.aead(Keysets.generate());
        var daead = Keysets.deterministicAead(Keysets.generateDeterministic());
        var column = EncryptedColumn.deterministic("items", "external_id", "project_id");
        byte[] prefix = ValueCodec.associatedDataPrefix(tenant, PAYLOAD);
        byte[] scope = ValueCodec.deterministicData(tenant, column, row);
        // Lengths 0..5 past a multiple of three: base64 with no, one and two padding characters.
        for (String text : new String[] {"", "a", "ab", "abc", "{\"é\":\"\u2028😀\"}", JSON, JSON + "x", JSON + "xy"}) {
            String stored = ValueCodec.seal(aead, tenant, PAYLOAD, row, text);
            assertThat(ValueCodec.openBytes(aead, prefix, row, stored)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ValueCodec.open(aead, prefix, row, stored)).isEqualTo(text);
            assertThatThrownBy(() -> ValueCodec.openBytes(aead, prefix, UUID.randomUUID(), stored))
                    .isInstanceOf(GeneralSecurityException.class);
            String deterministic = ValueCodec.sealDeterministic(daead, tenant, column, row, text);
            assertThat(ValueCodec.openDeterministicBytes(daead, scope, deterministic))
                    .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ValueCodec.openBytes(aead, prefix, row, "v1:abc*"))
                .isInstanceOf(GeneralSecurityException.class).hasMessage("not valid base64");
    }

    @Test
    void deterministicValuesAreEqualForEqualIdsOfOneProjectAndBoundToTheProjectTenantAndColumn() throws Exception {
        var column = EncryptedColumn.deterministic("items", "external_id", "project_id");
        var daead = Keysets.deterministicAead(Keysets.generateDeterministic());
        UUID project = UUID.randomUUID();

        String stored = ValueCodec.sealDeterministic(daead, tenant, column, project, "patient-0042");

        assertThat(stored).startsWith("d1:").doesNotContain("patient").doesNotContain("0042");
        assertThat(ValueCodec.sealDeterministic(daead, tenant, column, project, "patient-0042")).isEqualTo(stored);
        assertThat(ValueCodec.sealDeterministic(daead, tenant, column, project, "patient-0043")).isNotEqualTo(stored);
        assertThat(ValueCodec.openDeterministic(daead, tenant, column, project, stored)).isEqualTo("patient-0042");
        // The same id in another project, tenant or column is another text, and a value moved there does not open.
        UUID otherProject = UUID.randomUUID();
        assertThat(ValueCodec.sealDeterministic(daead, tenant, column, otherProject, "patient-0042")).isNotEqualTo(stored);
        assertThatThrownBy(() -> ValueCodec.openDeterministic(daead, tenant, column, otherProject, stored))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ValueCodec.openDeterministic(daead, UUID.randomUUID(), column, project, stored))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ValueCodec.openDeterministic(daead, tenant,
                EncryptedColumn.deterministic("items", "other_id", "project_id"), project, stored))
                .isInstanceOf(GeneralSecurityException.class);
        // Wrapped like the AEAD keyset: through the same method, opening only for its tenant.
        Aead master = Keysets.aead(Keysets.generate());
        var wrapped = Keysets.wrap(Keysets.generateDeterministic(), master, tenant);
        assertThat(Keysets.unwrap(wrapped, master, tenant)).isNotNull();
        assertThatThrownBy(() -> Keysets.unwrap(wrapped, master, UUID.randomUUID())).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void binaryValuesSealToTheSameTextFormAndOpenToTheSameBytes() throws Exception {
        Aead aead = Keysets.aead(Keysets.generate());
        byte[] image = new byte[70_000];
        new java.util.Random(7).nextBytes(image);
        var column = new EncryptedColumn("project_images", "content", 4);

        String stored = ValueCodec.sealBytes(aead, tenant, column, row, image);

        assertThat(stored).startsWith("v1:");
        assertThat(ValueCodec.keyId(stored)).isNotNull();
        assertThat(ValueCodec.openBytes(aead, tenant, column, row, stored)).isEqualTo(image);
        // Text is its UTF-8 bytes: the re-encryption job, which works on bytes, rewrites text columns unchanged.
        String text = ValueCodec.seal(aead, tenant, PAYLOAD, row, "héllo 🌍");
        assertThat(new String(ValueCodec.openBytes(aead, tenant, PAYLOAD, row, text), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("héllo 🌍");
        assertThatThrownBy(() -> ValueCodec.openBytes(aead, tenant, new EncryptedColumn("project_images", "name"), row, stored))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aValueCopiedToAnotherRowTenantOrColumnDoesNotOpen() throws Exception {
        Aead aead = Keysets.aead(Keysets.generate());
        String stored = ValueCodec.seal(aead, tenant, PAYLOAD, row, JSON);

        assertThatThrownBy(() -> ValueCodec.open(aead, tenant, PAYLOAD, UUID.randomUUID(), stored))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ValueCodec.open(aead, UUID.randomUUID(), PAYLOAD, row, stored))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ValueCodec.open(aead, tenant, ANSWER, row, stored))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void anotherTenantsKeysetCannotOpenAValue() throws Exception {
        String stored = ValueCodec.seal(Keysets.aead(Keysets.generate()), tenant, PAYLOAD, row, JSON);

        assertThatThrownBy(() -> ValueCodec.open(Keysets.aead(Keysets.generate()), tenant, PAYLOAD, row, stored))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void anAlteredValueDoesNotOpenAndTheFailureNamesNoContent() throws Exception {
        Aead aead = Keysets.aead(Keysets.generate());
        byte[] bytes = Base64.getDecoder().decode(ValueCodec.seal(aead, tenant, PAYLOAD, row, JSON).substring(3));
        bytes[bytes.length - 20] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> ValueCodec.open(aead, tenant, PAYLOAD, row, altered))
                .isInstanceOf(GeneralSecurityException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("secret"));
        assertThatThrownBy(() -> ValueCodec.open(aead, tenant, PAYLOAD, row, JSON)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> ValueCodec.open(aead, tenant, PAYLOAD, row, "v1:***")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewPrimaryKey() throws Exception {
        KeysetHandle first = Keysets.generate();
        String old = ValueCodec.seal(Keysets.aead(first), tenant, PAYLOAD, row, JSON);

        KeysetHandle rotated = Keysets.rotate(first);
        Aead aead = Keysets.aead(rotated);
        String fresh = ValueCodec.seal(aead, tenant, PAYLOAD, row, JSON);

        assertThat(rotated.size()).isEqualTo(2);
        assertThat(rotated.getPrimary().getId()).isNotEqualTo(first.getPrimary().getId());
        assertThat(ValueCodec.open(aead, tenant, PAYLOAD, row, old)).isEqualTo(JSON);
        assertThat(ValueCodec.keyId(old)).isEqualTo(first.getPrimary().getId());
        assertThat(ValueCodec.keyId(fresh)).isEqualTo(rotated.getPrimary().getId());
        // The old keyset does not know the new key.
        assertThatThrownBy(() -> ValueCodec.open(Keysets.aead(first), tenant, PAYLOAD, row, fresh))
                .isInstanceOf(GeneralSecurityException.class);
        assertThat(ValueCodec.keyId(JSON)).isNull();
    }

    @Test
    void aWrappedKeysetOpensOnlyWithItsMasterKeyAndForItsTenant() throws Exception {
        Aead master = Keysets.aead(Keysets.generate());
        KeysetHandle keyset = Keysets.generate();
        String wrapped = Keysets.wrap(keyset, master, tenant);
        String stored = ValueCodec.seal(Keysets.aead(keyset), tenant, PAYLOAD, row, JSON);

        String clear = com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(keyset,
                com.google.crypto.tink.InsecureSecretKeyAccess.get());
        var keyBytes = java.util.regex.Pattern.compile("\"value\":\\s*\"([^\"]+)\"").matcher(clear);
        assertThat(keyBytes.find()).isTrue();
        assertThat(wrapped).contains("encryptedKeyset").doesNotContain(keyBytes.group(1));
        KeysetHandle unwrapped = Keysets.unwrap(wrapped, master, tenant);
        assertThat(ValueCodec.open(Keysets.aead(unwrapped), tenant, PAYLOAD, row, stored)).isEqualTo(JSON);
        assertThatThrownBy(() -> Keysets.unwrap(wrapped, master, UUID.randomUUID())).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Keysets.unwrap(wrapped, Keysets.aead(Keysets.generate()), tenant))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theLocalMasterKeyFileIsCreatedOwnerOnlyAndReusedOnTheNextStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("master-key.json");

        LocalMasterKey first = LocalMasterKey.openOrCreate(file);
        LocalMasterKey again = LocalMasterKey.openOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(again.id()).isEqualTo(first.id()).startsWith("local:");
        byte[] sealed = first.aead().encrypt("x".getBytes(), new byte[0]);
        assertThat(again.aead().decrypt(sealed, new byte[0])).isEqualTo("x".getBytes());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
