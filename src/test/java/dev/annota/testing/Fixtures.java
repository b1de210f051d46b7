package dev.annota.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.annota.identity.ApiTokens;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.UserAccount;
import dev.annota.identity.Users;
import dev.annota.item.ImportReport;
import dev.annota.item.Image;
import dev.annota.item.Images;
import dev.annota.item.Items;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectSettings;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds organizations, users and projects through the modules' own facades, with unique names so tests sharing a
 * database never collide. Import it into a Spring test with {@code @Import(Fixtures.class)}. A record of the facades it
 * builds through, which Spring passes to its constructor.
 */
@Component
public record Fixtures(Organizations organizations, Users users, Projects projects, Items items, JsonMapper json,
                       Images images, ApiTokens tokens, Environment environment) {

    public static final String PASSWORD = "fixture-password-1";
    public static final String SCHEMA = """
            {"questions": [{"name": "label", "type": "choice", "options": ["a", "b", "c"]}]}""";
    public static final String BOX_SCHEMA = """
            {"questions": [{"name": "objects", "type": "boxes", "classes": ["car", "pedestrian"]}]}""";

    public Organization organization(OrganizationKind kind, String prefix) {
        return organizations.create(kind, prefix + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    public CurrentUser user(Organization org, Role... roles) {
        UserAccount account = users.create(new NewUser(org.id(),
                roles[0].name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example", "Test " + roles[0], PASSWORD,
                Set.of(roles)));
        return new CurrentUser(account.id(), org.id(), org.kind(), account.email(), account.displayName(), account.roles());
    }

    public List<CurrentUser> annotators(Organization org, int count) {
        var list = new ArrayList<CurrentUser>();
        for (int i = 0; i < count; i++) {
            list.add(user(org, Role.ANNOTATOR));
        }
        return list;
    }

    public Project project(CurrentUser manager, int overlap, int leaseSeconds) {
        return projects.create(manager, new ProjectSettings("Project " + UUID.randomUUID().toString().substring(0, 8),
                "# Guidelines", TaskType.TEXT_CLASSIFICATION, json.readTree(SCHEMA), overlap, leaseSeconds, 0));
    }

    /** An image-boxes project (one "objects" boxes question, classes car and pedestrian). */
    public Project boxProject(CurrentUser manager, int overlap, int leaseSeconds) {
        return projects.create(manager, new ProjectSettings("Boxes " + UUID.randomUUID().toString().substring(0, 8),
                "# Guidelines", TaskType.IMAGE_BOXES, json.readTree(BOX_SCHEMA), overlap, leaseSeconds, 0));
    }

    /** A real PNG of that size (a gradient, so it does not compress to nothing), as javax.imageio writes it. */
    public static byte[] png(int width, int height) {
        return encode("png", width, height);
    }

    public static byte[] jpeg(int width, int height) {
        return encode("jpeg", width, height);
    }

    private static byte[] encode(String format, int width, int height) {
        var picture = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60);
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        try {
            if (!javax.imageio.ImageIO.write(picture, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Uploads a PNG of that size to the project, as its manager. */
    public Image image(Project project, CurrentUser manager, int width, int height) {
        return images.upload(access(project, manager), "fixture.png", new ByteArrayInputStream(png(width, height)));
    }

    /** Imports one item per image, each referring to its upload; external ids image-0, image-1, ... */
    public ImportReport itemsShowing(Project project, CurrentUser manager, List<Image> uploaded) {
        var lines = new StringBuilder();
        for (int i = 0; i < uploaded.size(); i++) {
            lines.append("{\"external_id\":\"image-").append(i).append("\",\"data\":{\"image\":{\"upload\":\"")
                    .append(uploaded.get(i).id()).append("\"}}}\n");
        }
        return importItems(project, manager, lines.toString());
    }

    public ProjectAccess access(Project project, CurrentUser caller) {
        return projects.access(caller, project.id());
    }

    /** Imports these JSON lines (one item a line, as {@code POST /items} takes them) into the project, as its manager. */
    public ImportReport importItems(Project project, CurrentUser manager, String jsonLines) {
        return items.importItems(access(project, manager), new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));
    }

    /** Imports {@code count} ordinary items (item-i) interleaved with {@code count} gold items (gold-i) whose known answer is "a". */
    public ImportReport itemsWithGold(Project project, CurrentUser manager, int count) {
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"external_id\":\"item-").append(i).append("\",\"data\":{\"text\":\"text ").append(i).append("\"}}\n");
            lines.append("{\"external_id\":\"gold-").append(i).append("\",\"data\":{\"text\":\"check ").append(i)
                    .append("\"},\"gold\":{\"label\":\"a\"}}\n");
        }
        return importItems(project, manager, lines.toString());
    }

    /** Imports {@code count} items with external ids item-0 ... item-(count-1). */
    public ImportReport items(Project project, CurrentUser manager, int count) {
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"external_id\":\"item-").append(i).append("\",\"data\":{\"text\":\"text ").append(i).append("\"}}\n");
        }
        return importItems(project, manager, lines.toString());
    }

    /** The port of the running application, in a test that starts it on a random one. */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /** The secret of a new API token of this user's, valid for a day. */
    public String token(CurrentUser user) {
        return tokens.issue(user, "test", 1).secret();
    }

    /** A client of the running application's API with a new token of this user's. */
    public ApiClient client(CurrentUser user) {
        return ApiClient.withToken(port(), token(user));
    }

    /** A client of the running application logged in as this user through the login form. */
    public ApiClient loggedIn(CurrentUser user) {
        return ApiClient.loggedIn(port(), user.email(), PASSWORD);
    }

    /** A client of the running application that has not logged in. */
    public ApiClient anonymous() {
        return ApiClient.anonymous(port());
    }

    /** A customer organization, its manager, and a text-classification project of the manager's with items in it. */
    public record LabProject(Organization lab, CurrentUser manager, Project project) {

        /** The project's path in the API, {@code /api/v1/projects/{id}}, which the project's own endpoints extend. */
        public String base() {
            return "/api/v1/projects/" + project.id();
        }
    }

    /** A new customer lab whose manager has a project (600-second leases) holding {@code count} items, item-0 ... */
    public LabProject labProject(String labName, int overlap, int count) {
        Organization lab = organization(OrganizationKind.CUSTOMER, labName);
        CurrentUser manager = user(lab, Role.MANAGER);
        Project project = project(manager, overlap, 600);
        if (count > 0) {
            items(project, manager, count);
        }
        return new LabProject(lab, manager, project);
    }

    /** A new workforce organization that the lab's project engages. */
    public Organization engagedVendor(LabProject setup) {
        Organization vendor = organization(OrganizationKind.WORKFORCE, "Vendor");
        projects.engage(access(setup.project(), setup.manager()), vendor.id());
        return vendor;
    }
}
