package dev.annota.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.quality.QualitySettings;
import dev.annota.quality.internal.QualitySettingsStore;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A user reads and marks their own notifications, and nobody else's; quality tells annotators where they stand. */
@ApiTest
class NotificationApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    TenantScope tenants;
    @Autowired
    Projects projects;
    @Autowired
    QualitySettingsStore quality;

    @Test
    void aUserSeesTheirNotificationsNewestFirstAndMarksThemRead() {
        Organization org = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser me = fixtures.user(org, Role.ANNOTATOR);
        notifications.notify(org.id(), me.id(), "FIRST_THING", "The first thing happened.", "/projects");
        notifications.notify(org.id(), me.id(), "SECOND_THING", "The second thing happened.", null);
        notifications.notify(org.id(), me.id(), "THIRD_THING", "The third thing happened.", null);
        ApiClient c = fixtures.client(me);

        JsonNode page = c.get("/api/v1/me/notifications").json();
        assertThat(page.get("unread").asLong()).isEqualTo(3);
        assertThat(page.get("notifications")).extracting(n -> n.get("kind").asString())
                .containsExactly("THIRD_THING", "SECOND_THING", "FIRST_THING");
        JsonNode first = page.get("notifications").get(2);
        assertThat(first.get("text").asString()).isEqualTo("The first thing happened.");
        assertThat(first.get("link").asString()).isEqualTo("/projects");
        assertThat(first.get("read").asBoolean()).isFalse();

        JsonNode two = c.get("/api/v1/me/notifications?limit=2").json();
        assertThat(two.get("notifications")).hasSize(2);
        JsonNode rest = c.get("/api/v1/me/notifications?limit=2&before=" + two.get("next").asString()).json();
        assertThat(rest.get("notifications")).extracting(n -> n.get("kind").asString()).containsExactly("FIRST_THING");

        assertThat(c.postEmpty("/api/v1/me/notifications/" + first.get("id").asString() + "/read").status()).isEqualTo(204);
        // Twice is fine: it stays read.
        assertThat(c.postEmpty("/api/v1/me/notifications/" + first.get("id").asString() + "/read").status()).isEqualTo(204);
        JsonNode after = c.get("/api/v1/me/notifications").json();
        assertThat(after.get("unread").asLong()).isEqualTo(2);
        assertThat(after.get("notifications").get(2).get("read").asBoolean()).isTrue();

        assertThat(c.postEmpty("/api/v1/me/notifications/read-all").json().get("marked").asInt()).isEqualTo(2);
        assertThat(c.get("/api/v1/me/notifications").json().get("unread").asLong()).isZero();
    }

    @Test
    void anotherUserOfTheSameOrAnotherOrganizationCannotReadOrMarkThem() {
        Organization org = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser me = fixtures.user(org, Role.ANNOTATOR);
        CurrentUser colleague = fixtures.user(org, Role.ADMIN);
        CurrentUser stranger = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab"), Role.ADMIN);
        notifications.notify(org.id(), me.id(), "PRIVATE_THING", "Only for me.", null);
        String id = fixtures.client(me).get("/api/v1/me/notifications").json().get("notifications").get(0).get("id").asString();

        for (CurrentUser other : new CurrentUser[] {colleague, stranger}) {
            ApiClient c = fixtures.client(other);
            Response list = c.get("/api/v1/me/notifications");
            assertThat(list.json().get("notifications")).isEmpty();
            assertThat(list.json().get("unread").asLong()).isZero();
            Response read = c.postEmpty("/api/v1/me/notifications/" + id + "/read");
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.text()).doesNotContain("Only for me");
            assertThat(c.postEmpty("/api/v1/me/notifications/read-all").json().get("marked").asInt()).isZero();
        }
        assertThat(fixtures.client(me).postEmpty("/api/v1/me/notifications/" + UUID.randomUUID() + "/read").status()).isEqualTo(404);
        JsonNode mine = fixtures.client(me).get("/api/v1/me/notifications").json();
        assertThat(mine.get("unread").asLong()).isEqualTo(1);
        assertThat(mine.get("notifications").get(0).get("read").asBoolean()).isFalse();
    }

    @Test
    void aNotificationSentInsideAnotherTenantsTransactionIsWrittenAfterItCommitsAndNeverWhenItRollsBack() {
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        CurrentUser me = fixtures.user(vendor, Role.ANNOTATOR);
        assertThatThrownBy(() -> tenants.write(lab.id(), () -> {
            notifications.notify(vendor.id(), me.id(), "ROLLED_BACK", "Never sent.", null);
            throw new IllegalStateException("the lab's transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        tenants.write(lab.id(), () -> notifications.notify(vendor.id(), me.id(), "COMMITTED", "Sent after the commit.", null));
        ApiClient c = fixtures.client(me);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(c.get("/api/v1/me/notifications").json().get("notifications"))
                        .extracting(n -> n.get("kind").asString()).containsExactly("COMMITTED"));
    }

    @Test
    void badKindsTextsAndLinksAreRefused() {
        UUID org = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        assertThatThrownBy(() -> notifications.notify(org, user, "lower case", "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notify(org, user, "KIND", " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notify(org, user, "KIND", "x", "https://elsewhere.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notify(org, user, "KIND", "x", "//elsewhere.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private record GoldProject(Organization lab, Organization vendor, Project project) {
    }

    /** A new lab's project with ordinary items and gold items whose known answer is "a", engaged to a new vendor. */
    private GoldProject goldProject(QualitySettings settings) {
        Organization lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        CurrentUser manager = fixtures.user(lab, Role.MANAGER);
        Project project = fixtures.project(manager, 1, 600);
        fixtures.itemsWithGold(project, manager, 6);
        quality.change(fixtures.access(project, manager), settings, true);
        projects.engage(fixtures.access(project, manager), vendor.id());
        return new GoldProject(lab, vendor, project);
    }

    /** Claims and answers the next task of the project once per label. */
    private static void answer(ApiClient c, Project p, String... labels) {
        for (String label : labels) {
            answerOne(c, p, label);
        }
    }

    private static void answerOne(ApiClient c, Project p, String label) {
        JsonNode task = c.postEmpty("/api/v1/projects/" + p.id() + "/tasks/next").json();
        assertThat(c.postJson("/api/v1/projects/" + p.id() + "/assignments/" + task.get("assignmentId").asString() + "/annotation",
                "{\"label\":\"" + label + "\"}").status()).isEqualTo(201);
    }

    private static JsonNode awaitKinds(ApiClient c, String... kinds) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(c.get("/api/v1/me/notifications").json().get("notifications"))
                        .extracting(n -> n.get("kind").asString()).containsExactly(kinds));
        return c.get("/api/v1/me/notifications").json().get("notifications");
    }

    @Test
    void aVendorsAnnotatorIsToldTheyPassedOrFailedQualificationWithALinkAndNoProjectName() {
        // Three qualification items, two of three right to pass; no gold after that.
        var gold = goldProject(new QualitySettings(0.0, 3, 0.66, 0.0, 10, null, null));
        Project p = gold.project();
        ApiClient good = fixtures.client(fixtures.user(gold.vendor(), Role.ANNOTATOR));
        ApiClient bad = fixtures.client(fixtures.user(gold.vendor(), Role.ANNOTATOR));
        answer(good, p, "a", "b", "a");
        answer(bad, p, "b", "b", "a");
        JsonNode passed = awaitKinds(good, "QUALIFICATION_PASSED").get(0);
        assertThat(passed.get("link").asString()).isEqualTo("/projects/" + p.id() + "/quality/me");
        assertThat(passed.get("text").asString()).doesNotContain(p.name());
        awaitKinds(bad, "QUALIFICATION_FAILED");
        // Answering ordinary items afterwards tells them nothing new.
        answer(good, p, "c");
        assertThat(good.get("/api/v1/me/notifications").json().get("notifications")).hasSize(1);
    }

    @Test
    void anInHouseAnnotatorIsToldTheyArePausedForLowAccuracy() {
        // Every task is a gold item while ordinary work is left; paused below 60 % once 3 answers are in.
        var gold = goldProject(new QualitySettings(1.0, 0, 0.0, 0.6, 3, null, null));
        Project p = gold.project();
        ApiClient careless = fixtures.client(fixtures.user(gold.lab(), Role.ANNOTATOR));
        answer(careless, p, "b", "b");
        assertThat(careless.get("/api/v1/me/notifications").json().get("notifications")).isEmpty();
        answer(careless, p, "a"); // 1 of 3 right
        JsonNode paused = awaitKinds(careless, "PAUSED_LOW_ACCURACY").get(0);
        assertThat(paused.get("text").asString()).contains("paused");
    }
}
