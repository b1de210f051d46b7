package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Image upload through {@code POST /api/v1/projects/{id}/images} (formats by content, size limit 2 MB in API tests),
 * items referring to an upload, and who may fetch the bytes: the annotator holding a live lease on an item showing
 * the image and the owner's staff; 404 for everyone else.
 */
@ApiTest
class ImageUploadApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    private Organization lab;
    private CurrentUser managerUser;
    private ApiClient manager;
    private Project project;

    @BeforeEach
    void aBoxProject() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Image lab");
        managerUser = fixtures.user(lab, Role.MANAGER);
        project = fixtures.boxProject(managerUser, 1, 600);
        manager = fixtures.client(managerUser);
    }

    private String base() {
        return "/api/v1/projects/" + project.id();
    }

    private Response upload(ApiClient as, String contentType, byte[] bytes, String name) {
        return as.post(base() + "/images" + (name == null ? "" : "?name=" + name), contentType,
                HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    private Response importItems(String jsonl) {
        return manager.postJsonLines(base() + "/items", jsonl);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageUploadApiTests.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPngAJpegAndAWebpAreStoredWithThePixelSizeTheServerReadFromThem() throws IOException {
        var png = upload(manager, "image/png", Fixtures.png(321, 123), "street.png");
        var jpeg = upload(manager, "image/jpeg", Fixtures.jpeg(64, 48), "cam/front.jpg");
        // The format comes from the bytes: a WebP sent as application/octet-stream is still a WebP.
        var webp = upload(manager, "application/octet-stream", resource("extended-lossy-37x23.webp"), null);

        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.json().get("mediaType").asString()).isEqualTo("image/png");
        assertThat(png.json().get("width").asInt()).isEqualTo(321);
        assertThat(png.json().get("height").asInt()).isEqualTo(123);
        assertThat(png.json().get("name").asString()).isEqualTo("street.png");
        assertThat(png.header("Location").orElseThrow()).endsWith("/images/" + png.json().get("id").asString());
        assertThat(jpeg.status()).as(jpeg.toString()).isEqualTo(201);
        assertThat(jpeg.json().get("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(jpeg.json().get("width").asInt()).isEqualTo(64);
        assertThat(jpeg.json().get("name").asString()).as("path parts dropped").isEqualTo("front.jpg");
        assertThat(webp.status()).as(webp.toString()).isEqualTo(201);
        assertThat(webp.json().get("mediaType").asString()).isEqualTo("image/webp");
        assertThat(webp.json().get("width").asInt()).isEqualTo(37);
        assertThat(webp.json().get("height").asInt()).isEqualTo(23);

        var listed = manager.get(base() + "/images").json();
        assertThat(listed.size()).isEqualTo(3);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(png.json().get("id").asString());
        var fetched = manager.get(base() + "/images/" + jpeg.json().get("id").asString() + "/content");
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).isEqualTo("image/jpeg");
        assertThat(fetched.body()).isEqualTo(Fixtures.jpeg(64, 48));
    }

    @Test
    void aGifAndBytesThatAreNoImageAreRefusedWithAProblemNamingTheFile() {
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ';'};
        var asGif = upload(manager, "image/png", gif, "cat.png");
        var garbage = upload(manager, "image/png", "<html><script>alert(1)</script></html>".getBytes(), "x.png");
        var truncated = upload(manager, "image/png", Arrays.copyOf(Fixtures.png(10, 10), 12), null);
        var empty = upload(manager, "image/png", new byte[0], null);

        assertThat(asGif.status()).as(asGif.toString()).isEqualTo(415);
        assertThat(asGif.contentType()).isEqualTo("application/problem+json");
        assertThat(asGif.json().get("field").asString()).isEqualTo("file");
        assertThat(asGif.json().get("detail").asString()).contains("GIF").contains("PNG, JPEG or WebP");
        assertThat(garbage.status()).as(garbage.toString()).isEqualTo(415);
        assertThat(garbage.json().get("detail").asString()).contains("3c68746d6c3e");
        assertThat(truncated.status()).as(truncated.toString()).isEqualTo(422);
        assertThat(truncated.json().get("detail").asString()).contains("cannot be read");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(manager.get(base() + "/images").json().size()).as("nothing stored").isZero();
    }

    @Test
    void anImageUploadedToAProjectWhoseItemsShowNoImagesIsRefused() {
        project = fixtures.project(managerUser, 1, 600);

        var refused = upload(manager, "image/png", Fixtures.png(8, 8), "cat.png");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
        assertThat(refused.json().get("detail").asString()).contains("shows no images");
        assertThat(manager.get(base() + "/images").json().size()).as("nothing stored").isZero();
    }

    @Test
    void anImageOverTheSizeLimitIsRefusedWith413() {
        byte[] big = Arrays.copyOf(Fixtures.png(8, 8), 2 * 1024 * 1024 + 1);
        byte[] atTheLimit = Arrays.copyOf(Fixtures.png(8, 8), 2 * 1024 * 1024);

        var refused = upload(manager, "image/png", big, null);
        var accepted = upload(manager, "image/png", atTheLimit, null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("2097152");
        assertThat(accepted.status()).as("trailing bytes after a PNG's end are still a PNG of that size").isEqualTo(201);
    }

    @Test
    void anItemReferringToAnUploadGetsItsUrlAndSizeAndAnUnknownOrForeignUploadRejectsTheLine() {
        String id = upload(manager, "image/png", Fixtures.png(200, 100), "cam/front-1.png").json().get("id").asString();
        Project other = fixtures.boxProject(managerUser, 1, 600);
        String foreign = fixtures.image(other, managerUser, 5, 5).id().toString();

        var unknown = importItems("{\"external_id\":\"a\",\"data\":{\"image\":{\"upload\":\"" + id + "\"}}}\n"
                + "{\"external_id\":\"b\",\"data\":{\"image\":{\"upload\":\"" + foreign + "\"}}}\n");
        var wrongSize = importItems("{\"external_id\":\"a\",\"data\":{\"image\":{\"upload\":\"" + id + "\",\"width\":300}}}\n");
        var notAnId = importItems("{\"external_id\":\"a\",\"data\":{\"image\":{\"upload\":\"street.png\"}}}\n");
        var ok = importItems("{\"external_id\":\"a\",\"data\":{\"image\":{\"upload\":\"" + id + "\",\"width\":200}}}\n");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().get("line").asInt()).isEqualTo(2);
        assertThat(unknown.json().get("field").asString()).isEqualTo("data.image.upload");
        assertThat(wrongSize.status()).isEqualTo(422);
        assertThat(wrongSize.json().get("field").asString()).isEqualTo("data.image.width");
        assertThat(notAnId.status()).isEqualTo(422);
        assertThat(notAnId.json().get("field").asString()).isEqualTo("data.image.upload");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("added").asInt()).isEqualTo(1);

        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        JsonNode task = fixtures.client(annotator).post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
        JsonNode image = task.get("data").get("image");
        assertThat(image.get("upload").asString()).isEqualTo(id);
        assertThat(image.get("url").asString()).isEqualTo(base() + "/images/" + id + "/content");
        assertThat(image.get("width").asInt()).isEqualTo(200);
        assertThat(image.get("height").asInt()).isEqualTo(100);
        assertThat(image.get("name").asString()).isEqualTo("front-1.png");
    }

    @Test
    void theCocoExportNamesAnUploadedImageByItsFileNameUnlessTheItemNamesIt() {
        String front = upload(manager, "image/png", Fixtures.png(64, 32), "run-7/front.png").json().get("id").asString();
        String rear = upload(manager, "image/png", Fixtures.png(64, 32), "rear.png").json().get("id").asString();
        var imported = importItems("{\"external_id\":\"f\",\"data\":{\"image\":{\"upload\":\"" + front + "\"}}}\n"
                + "{\"external_id\":\"r\",\"data\":{\"image\":{\"upload\":\"" + rear + "\",\"name\":\"train/0002.png\"}}}\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        ApiClient annotator = fixtures.client(fixtures.user(lab, Role.ANNOTATOR));
        for (int i = 0; i < 2; i++) {
            JsonNode task = annotator.post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
            var submitted = annotator.postJson(base() + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                    "{\"objects\":{\"objects\":[{\"type\":\"box\",\"class\":\"car\",\"x\":1,\"y\":2,\"width\":10,\"height\":5}]}}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        }

        var export = manager.get(base() + "/export?format=coco");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        Map<String, String> fileNames = new java.util.HashMap<>();
        export.json().get("images").forEach(i -> fileNames.put(i.get("external_id").asString(), i.get("file_name").asString()));
        assertThat(fileNames).containsExactlyInAnyOrderEntriesOf(Map.of("f", "front.png", "r", "train/0002.png"));
        assertThat(export.json().get("images").get(0).get("coco_url").asString()).startsWith(base() + "/images/");
    }

    @Test
    void onlyTheLeaseholderAndTheOwnersStaffFetchTheBytesAndEachFetchIsLogged() {
        byte[] png = Fixtures.png(40, 30);
        String id = upload(manager, "image/png", png, null).json().get("id").asString();
        assertThat(importItems("{\"external_id\":\"a\",\"data\":{\"image\":{\"upload\":\"" + id + "\"}}}\n").status()).isEqualTo(200);
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Image vendor");
        projects.engage(fixtures.access(project, managerUser), vendor.id());
        CurrentUser holderUser = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient holder = fixtures.client(holderUser);
        ApiClient otherAnnotator = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        ApiClient vendorManager = fixtures.client(fixtures.user(vendor, Role.MANAGER, Role.ADMIN, Role.REVIEWER));
        ApiClient outsider = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.values()));
        ApiClient reviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        String content = base() + "/images/" + id + "/content";

        assertThat(holder.get(content).status()).as("before the claim: no lease").isEqualTo(404);
        JsonNode task = holder.post(base() + "/tasks/next", "application/json", HttpRequest.BodyPublishers.noBody()).json();
        var shown = holder.get(content);

        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.body()).isEqualTo(png);
        assertThat(shown.contentType()).isEqualTo("image/png");
        assertThat(shown.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(shown.header("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(reviewer.get(content).status()).isEqualTo(200);
        for (ApiClient refused : new ApiClient[] {otherAnnotator, vendorManager, outsider}) {
            var r = refused.get(content);
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.body()).doesNotContain(png[20], png[21], png[22], png[23]);
            assertThat(refused.get(base() + "/images").status()).isIn(403, 404);
            assertThat(refused.get(base() + "/images/" + id).status()).isEqualTo(404);
            assertThat(upload(refused, "image/png", png, null).status()).isIn(403, 404);
        }
        assertThat(holder.get(base() + "/images").status()).as("annotators do not list images").isEqualTo(403);
        assertThat(holder.get(base() + "/images/" + UUID.randomUUID() + "/content").status()).isEqualTo(404);

        var submitted = holder.postJson(base() + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"objects\":{\"objects\":[{\"type\":\"box\",\"class\":\"car\",\"x\":1,\"y\":2,\"width\":10,\"height\":5}]}}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(holder.get(content).status()).as("the lease ended with the submit").isEqualTo(404);

        long logged = jdbc.sql("select count(*) from audit_events where tenant_id = ? and action = 'payload.image' and target_id = ? "
                        + "and actor_id = ? and item_id = ? and assignment_id = ?")
                .params(lab.id(), UUID.fromString(id), holderUser.id(), UUID.fromString(task.get("itemId").asString()),
                        UUID.fromString(task.get("assignmentId").asString()))
                .query(Long.class).single();
        assertThat(logged).as("the leaseholder's one fetch").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_events where tenant_id = ? and action = 'payload.image' and target_id = ?")
                .params(lab.id(), UUID.fromString(id)).query(Long.class).single()).as("holder and reviewer, no one else").isEqualTo(2);
    }
}
