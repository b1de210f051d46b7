package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.annota.crypto.Rotation;
import dev.annota.crypto.TenantKeys;
import dev.annota.crypto.internal.ValueCodec;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.Image;
import dev.annota.item.Images;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.OnSharedPostgres;
import dev.annota.work.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Uploaded images on PostgreSQL: what the database holds is ciphertext (read as a superuser, below the application),
 * items imported through COPY record the image they show, and a key rotation rewrites images a few rows at a time.
 */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class ImageStoragePostgresTests {

    @Autowired Fixtures fixtures;
    @Autowired Images images;
    @Autowired Projects projects;
    @Autowired WorkQueue queue;
    @Autowired TenantKeys keys;

    private final PostgresDatabase db = PostgresDatabase.shared();

    @Test
    void theDatabaseHoldsOnlyCiphertextOfTheBytesAndTheNameOfAnUploadedImage() throws SQLException {
        CurrentUser manager = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Sealed lab"), Role.MANAGER);
        Project project = fixtures.boxProject(manager, 1, 600);
        byte[] png = Fixtures.png(300, 200);
        String name = "plate-KX-" + UUID.randomUUID() + ".png";

        Image image = images.upload(fixtures.access(project, manager), name, new ByteArrayInputStream(png));

        String content;
        String storedName;
        try (Connection admin = db.connectAsAdmin(); var s = admin.prepareStatement(
                "select content, name, media_type, width, height, byte_count from project_images where id = ?")) {
            s.setObject(1, image.id());
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                content = rs.getString(1);
                storedName = rs.getString(2);
                assertThat(rs.getString(3)).isEqualTo("image/png");
                assertThat(rs.getInt(4)).isEqualTo(300);
                assertThat(rs.getInt(5)).isEqualTo(200);
                assertThat(rs.getLong(6)).isEqualTo(png.length);
            }
        }
        assertThat(content).startsWith(ValueCodec.PREFIX);
        String ciphertext = HexFormat.of().formatHex(Base64.getDecoder().decode(content.substring(ValueCodec.PREFIX.length())));
        // The PNG signature, its IHDR chunk and a run of its pixel data appear nowhere in what is stored.
        assertThat(ciphertext).doesNotContain(HexFormat.of().formatHex(png, 0, 8))
                .doesNotContain(HexFormat.of().formatHex(png, 12, 24))
                .doesNotContain(HexFormat.of().formatHex(png, png.length / 2, png.length / 2 + 16));
        assertThat(content).doesNotContain(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(png, 30)).substring(0, 30));
        assertThat(storedName).startsWith(ValueCodec.PREFIX).doesNotContain("plate").doesNotContain(name.substring(9));

        assertThat(images.show(fixtures.access(project, manager), image.id()).bytes()).isEqualTo(png);
        assertThat(images.page(fixtures.access(project, manager), null, 10)).extracting(Image::name).containsExactly(name);
    }

    @Test
    void itemsImportedThroughCopyRecordTheirImageAndItsLeaseholderMayFetchIt() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Copy lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.boxProject(manager, 1, 600);
        var uploaded = List.of(fixtures.image(project, manager, 20, 10), fixtures.image(project, manager, 30, 15));
        assertThat(fixtures.itemsShowing(project, manager, uploaded).added()).isEqualTo(2);
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        var access = fixtures.access(project, annotator);

        var task = queue.next(access).orElseThrow();
        UUID shown = UUID.fromString(task.data().get("image").get("upload").asString());
        UUID other = uploaded.stream().map(Image::id).filter(id -> !id.equals(shown)).findFirst().orElseThrow();

        assertThat(images.show(access, shown).bytes()).isEqualTo(Fixtures.png(shown.equals(uploaded.get(0).id()) ? 20 : 30,
                shown.equals(uploaded.get(0).id()) ? 10 : 15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> images.show(access, other))
                .hasMessageContaining("No image with that id");
    }

    @Test
    void aKeyRotationRewritesEveryImageAndEachStillOpensToItsBytes() {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Rotating image lab");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        CurrentUser admin = fixtures.user(lab, Role.ADMIN);
        Project project = fixtures.boxProject(manager, 1, 600);
        var uploaded = new ArrayList<Image>();
        for (int i = 1; i <= 9; i++) {
            uploaded.add(fixtures.image(project, manager, 10 + i, 10));
        }

        Rotation rotation = keys.rotate(lab.id(), admin.id());
        int batches = 0;
        int ran;
        while ((ran = keys.reencryptNow(Duration.ofSeconds(60))) > 0) {
            batches += ran;
        }

        var done = keys.rotation(lab.id(), rotation.id()).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        // 9 contents and 9 names, and the project's name, guidelines, guidelines version and schema; the contents go 4
        // rows per batch (ItemPayloads.IMAGE_CONTENT), so 3 batches at least.
        assertThat(done.rowsReencrypted()).isEqualTo(18 + 4);
        assertThat(batches).isGreaterThanOrEqualTo(4);
        long primary = keys.status(lab.id()).primaryKeyId();
        for (Image image : uploaded) {
            assertThat(Integer.toUnsignedLong(ValueCodec.keyId(storedContent(image.id())))).isEqualTo(primary);
            assertThat(images.show(fixtures.access(project, manager), image.id()).bytes())
                    .isEqualTo(Fixtures.png(image.width(), 10));
        }
    }

    private String storedContent(UUID imageId) {
        try (Connection admin = db.connectAsAdmin(); var s = admin.prepareStatement("select content from project_images where id = ?")) {
            s.setObject(1, imageId);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
