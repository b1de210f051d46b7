package dev.annota.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.annota.identity.Role;
import dev.annota.project.Projects;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A project moved between two instances, each with its own database (the test's in-memory H2 and an H2 file of a
 * second application context), its own keys and its own access log key: exported, verified offline, imported, exported
 * again, and the two bundles compared item by item and answer by answer through the receiver's provenance.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleRoundTripTests {

    @Autowired
    Fixtures fixtures;

    @TempDir
    static Path dir;

    ConfigurableApplicationContext receiving;
    Fixtures receiver;
    BundleScenario.Labeled source;
    byte[] exported;
    String sourceKey;

    @BeforeAll
    void twoInstancesAndALabeledProject() throws Exception {
        receiving = RunningApplication.onH2(dir.resolve("receiver"));
        receiver = receiving.getBean(Fixtures.class);
        source = BundleScenario.labeledProject(fixtures);
        var download = fixtures.client(source.manager()).get("/api/v1/projects/" + source.project().id() + "/bundle");
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");
        exported = download.body();
        sourceKey = fixtures.client(source.manager()).get("/api/v1/audit/public-key.pem").text();
    }

    @AfterAll
    void stop() {
        if (receiving != null) {
            receiving.close();
        }
    }

    @Test
    void aProjectImportedIntoAnotherInstanceExportsAgainTheSameItemByItemAndAnswerByAnswer() {
        var lab = receiver.organization(OrganizationKind.CUSTOMER, "Receiving lab");
        ApiClient manager = receiver.client(receiver.user(lab, Role.MANAGER));
        String fingerprint = manager.get("/api/v1/audit/public-key").json().get("fingerprint").asString();
        assertThat(fingerprint).as("the receiver has a key of its own").doesNotContain(BundleScenario.JSON.readTree(
                new String(BundleScenario.entries(exported).get("manifest.json"), StandardCharsets.UTF_8)).get("signer").get("fingerprint").asString());

        var imported = importBundle(manager, exported, signerOf(exported));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        UUID project = UUID.fromString(imported.json().get("project_id").asString());
        assertThat(project).isNotEqualTo(source.project().id());
        assertThat(imported.json().get("source_project_id").asString()).isEqualTo(source.project().id().toString());
        assertThat(imported.json().get("signer_pinned").asBoolean()).isTrue();

        var again = manager.get("/api/v1/projects/" + project + "/bundle");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        Map<String, String> newToOld = BundleScenario.provenance(manager, project);
        int rows = BundleScenario.assertSameProject(exported, again.body(), newToOld);

        Map<String, byte[]> entries = BundleScenario.entries(exported);
        assertThat(BundleScenario.lines(entries.get("annotations.jsonl"))).as("answers of two annotators, a rejected one among them")
                .hasSizeGreaterThan(4);
        assertThat(BundleScenario.lines(entries.get("schemas.jsonl"))).hasSize(2);
        assertThat(BundleScenario.lines(entries.get("guidelines.jsonl"))).hasSize(2);
        assertThat(BundleScenario.lines(entries.get("review-decisions.jsonl"))).hasSize(2);
        assertThat(BundleScenario.lines(entries.get("gold-results.jsonl"))).isNotEmpty();
        assertThat(BundleScenario.lines(entries.get("access/events.jsonl"))).extracting(e -> e.get("event").asString())
                .anyMatch(e -> e.contains("\"project.bundle.export\"")).anyMatch(e -> e.contains("\"payload.claim\""));
        // What the receiving lab's people see: the project under its name, with its items and their answers.
        var view = manager.get("/api/v1/projects/" + project);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("name").asString()).isEqualTo(source.project().name());
        var origin = manager.get("/api/v1/projects/" + project + "/provenance").json();
        assertThat(origin.get("signer_fingerprint").asString()).isEqualTo(signerOf(exported));
        System.out.printf("[%s] bundle of %d bytes, %d entries; %d rows compared after the round trip%n",
                getClass().getSimpleName(), exported.length, entries.size(), rows);
    }

    @Test
    void anUploadedImageArrivesWithItsBytesAndTheItemShowingItPointsAtItsNewId() {
        var lab = fixtures.organization(OrganizationKind.CUSTOMER, "Image lab");
        var owner = fixtures.user(lab, Role.MANAGER);
        var boxes = fixtures.boxProject(owner, 1, 600);
        byte[] png = dev.annota.testing.Fixtures.png(40, 30);
        var image = fixtures.images().upload(fixtures.access(boxes, owner), "street.png", new java.io.ByteArrayInputStream(png));
        fixtures.itemsShowing(boxes, owner, java.util.List.of(image));
        byte[] bundle = fixtures.client(owner).get("/api/v1/projects/" + boxes.id() + "/bundle").body();

        ApiClient manager = receiver.client(receiver.user(receiver.organization(OrganizationKind.CUSTOMER, "Image receiver"), Role.MANAGER));
        var imported = importBundle(manager, bundle, null);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().get("signer_pinned").asBoolean()).isFalse();
        String project = imported.json().get("project_id").asString();
        Map<String, String> newToOld = BundleScenario.provenance(manager, project);
        String newImage = newToOld.entrySet().stream().filter(e -> e.getValue().equals(image.id().toString())).findFirst()
                .orElseThrow().getKey();
        var content = manager.get("/api/v1/projects/" + project + "/images/" + newImage + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(png);
        var again = manager.get("/api/v1/projects/" + project + "/bundle").body();
        assertThat(BundleScenario.assertSameProject(bundle, again, newToOld)).isGreaterThanOrEqualTo(5);
        String item = new String(BundleScenario.entries(again).get("items.jsonl"), StandardCharsets.UTF_8);
        assertThat(item).contains("/api/v1/projects/" + project + "/images/" + newImage + "/content").doesNotContain(image.id().toString());
    }

    @Test
    void theVerifyCommandAcceptsTheBundleWithItsInstancesKeyAndNothingElse() throws IOException {
        Path key = Files.writeString(dir.resolve("source-key.pem"), sourceKey);
        Path bundle = Files.write(dir.resolve("bundle.zip"), exported);
        var ok = command("verify", "--public-key", key.toString(), bundle.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("OK: ").contains("access events");

        Path otherKey = Files.writeString(dir.resolve("other-key.pem"),
                receiver.client(receiver.user(receiver.organization(OrganizationKind.CUSTOMER, "Key"), Role.ADMIN))
                        .get("/api/v1/audit/public-key.pem").text());
        var wrongKey = command("verify", "--public-key", otherKey.toString(), bundle.toString());
        assertThat(wrongKey.exit()).isEqualTo(1);
        assertThat(wrongKey.err()).contains("manifest.json").contains("not by the trusted key");

        Path changed = Files.write(dir.resolve("changed.zip"), replaced(exported, "items.jsonl",
                s -> s.replaceFirst("text 0", "text 9")));
        var tampered = command("verify", "--public-key", key.toString(), changed.toString());
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.err()).contains("items.jsonl").contains("SHA-256");

        assertThat(command("--help").exit()).isZero();
        assertThat(command("--help").out()).contains("bundle verify --public-key");
        assertThat(command("verify", bundle.toString()).exit()).isEqualTo(2);
    }

    @Test
    void aDamagedOrForeignBundleIsRefusedNamingTheEntryAndNothingIsStored() {
        var lab = receiver.organization(OrganizationKind.CUSTOMER, "Careful lab");
        var user = receiver.user(lab, Role.MANAGER);
        ApiClient manager = receiver.client(user);
        Projects projects = receiving.getBean(Projects.class);

        var changed = importBundle(manager, replaced(exported, "annotations.jsonl", s -> s.replaceFirst("\"a\"", "\"c\"")), null);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().get("entry").asString()).isEqualTo("annotations.jsonl");

        var foreign = importBundle(manager, exported, "SHA256:" + "0".repeat(64));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("detail").asString()).contains("not by the pinned key");

        var notZip = importBundle(manager, "not a zip".getBytes(StandardCharsets.UTF_8), null);
        assertThat(notZip.status()).isEqualTo(415);

        var tooLarge = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Large"), Role.MANAGER));
        assertThat(importBundle(tooLarge, new byte[1024 * 1024 + 1], null).status()).as("annota.bundles.max-bytes=1MB (ApiTest)")
                .isEqualTo(413);

        assertThat(projects.visibleTo(user)).as("nothing of the refused bundles was stored").isEmpty();
    }

    @Test
    void onlyTheOwningLabsAdminsAndManagersDownloadTheBundle() {
        String path = "/api/v1/projects/" + source.project().id() + "/bundle";
        assertThat(fixtures.client(fixtures.user(source.lab(), Role.ANNOTATOR)).get(path).status()).isEqualTo(403);
        assertThat(fixtures.client(fixtures.user(source.lab(), Role.ADMIN)).get(path).status()).isEqualTo(200);
        var otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        assertThat(fixtures.client(fixtures.user(otherLab, Role.MANAGER)).get(path).status()).isEqualTo(404);
    }

    static ApiClient.Response importBundle(ApiClient client, byte[] bundle, String signer) {
        return client.post("/api/v1/projects/bundle" + (signer == null ? "" : "?signer=" + signer), "application/zip",
                HttpRequest.BodyPublishers.ofByteArray(bundle));
    }

    static String signerOf(byte[] bundle) {
        return BundleScenario.JSON.readTree(BundleScenario.entries(bundle).get("manifest.json")).get("signer").get("fingerprint").asString();
    }

    /** The bundle with one entry's text changed and everything else (the manifest and its signature too) as it was. */
    static byte[] replaced(byte[] bundle, String name, java.util.function.UnaryOperator<String> change) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : BundleScenario.entries(bundle).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                byte[] bytes = entry.getValue();
                if (entry.getKey().equals(name)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String changed = change.apply(text);
                    assertThat(changed).as("the test changes " + name).isNotEqualTo(text);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    record Ran(int exit, String out, String err) {
    }

    static Ran command(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = BundleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
