package dev.annota.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.annota.audit.internal.AuditLog;
import dev.annota.crypto.TenantKeys;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.NewUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every administrative act, done through the REST API as a person would, appends an event to the owning
 * organization's access log naming who did what to which target, never payload text; and the offline verifier accepts
 * a log that mixes payload views and administrative acts.
 */
@ApiTest
class AdministrativeActsApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired AuditLog log;
    @Autowired TenantKeys keys;
    @Autowired Users users;
    @Autowired TenantScope tenants;
    @TempDir Path dir;

    Organization lab;
    CurrentUser admin;
    CurrentUser manager;
    ApiClient adminApi;
    ApiClient managerApi;

    @BeforeEach
    void lab() {
        lab = fixtures.organization(OrganizationKind.CUSTOMER, "Lab");
        admin = fixtures.user(lab, Role.ADMIN);
        manager = fixtures.user(lab, Role.MANAGER);
        adminApi = fixtures.client(admin);
        managerApi = fixtures.client(manager);
    }

    /** The sequenced events of the organization's log, parsed, after sequencing everything pending. */
    private List<JsonNode> events(UUID org) {
        log.integrate(org);
        var lines = new ArrayList<JsonNode>();
        log.lines(org, 0, log.treeSize(org), line -> lines.add(JSON.readTree(line)));
        return lines;
    }

    private JsonNode last(UUID org, String action) {
        var matching = events(org).stream().filter(e -> e.get("action").asString().equals(action)).toList();
        assertThat(matching).as("events " + action + " in the log of " + org).isNotEmpty();
        JsonNode e = matching.getLast();
        assertThat(e.get("items").asLong()).isZero();
        assertThat(e.get("item").isNull()).isTrue();
        assertThat(e.get("assignment").isNull()).isTrue();
        return e;
    }

    private static void by(JsonNode event, CurrentUser actor) {
        assertThat(event.get("actor").asString()).isEqualTo(actor.id().toString());
        assertThat(event.get("actor_org").asString()).isEqualTo(actor.orgId().toString());
    }

    @Test
    void theOperatorCreatingAnOrganizationIsInTheNewOrganizationsLogWithItsFirstAdmin() {
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        var created = fixtures.client(operator).postJson("/api/v1/organizations", """
                {"kind":"CUSTOMER","name":"New lab %s","admin":{"email":"first-%s@test.example","displayName":"First"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        UUID org = UUID.fromString(created.json().get("organization").get("id").asString());
        String firstAdmin = created.json().get("admin").get("id").asString();

        JsonNode creation = last(org, AuditEvent.ORGANIZATION_CREATE);
        by(creation, operator);
        assertThat(creation.get("target").asString()).isEqualTo(org.toString());
        JsonNode user = last(org, AuditEvent.USER_CREATE);
        by(user, operator);
        assertThat(user.get("target").asString()).isEqualTo(firstAdmin);
        assertThat(user.get("detail").asString()).isEqualTo("ADMIN");
        JsonNode link = last(org, AuditEvent.USER_SETUP_LINK);
        by(link, operator);
        assertThat(link.get("target").asString()).isEqualTo(firstAdmin);
        String setupLink = created.json().get("admin").get("setupLink").asString();
        assertThat(events(org).toString()).doesNotContain("first-", setupLink.substring(setupLink.indexOf('#') + 1));
    }

    @Test
    void settingChangingAndResettingAPasswordAreEachLoggedWithoutASecret() {
        var added = adminApi.postJson("/api/v1/users", """
                {"email":"pw-%s@test.example","displayName":"New","roles":["ANNOTATOR"]}""".formatted(UUID.randomUUID()));
        String userId = added.json().get("id").asString();
        String email = added.json().get("email").asString();
        String firstLink = added.json().get("setupLink").asString();
        assertThat(last(lab.id(), AuditEvent.USER_SETUP_LINK).get("target").asString()).isEqualTo(userId);

        assertThat(ApiClient.setPassword(fixtures.port(), firstLink, "first chosen password").status()).isEqualTo(200);
        JsonNode set = last(lab.id(), AuditEvent.USER_PASSWORD_CHANGE);
        assertThat(set.get("actor").asString()).isEqualTo(userId);
        assertThat(set.get("target").asString()).isEqualTo(userId);
        assertThat(set.get("detail").asString()).isEqualTo("setup link");

        var user = ApiClient.loggedIn(fixtures.port(), email, "first chosen password");
        assertThat(user.putJson("/api/v1/me/password", """
                {"currentPassword":"first chosen password","newPassword":"second chosen password"}""").status()).isEqualTo(204);
        assertThat(last(lab.id(), AuditEvent.USER_PASSWORD_CHANGE).get("detail").asString()).isEqualTo("own");

        var reset = adminApi.post("/api/v1/users/" + userId + "/password-reset", "application/json",
                java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(reset.status()).isEqualTo(201);
        JsonNode resetEvent = last(lab.id(), AuditEvent.USER_PASSWORD_RESET);
        by(resetEvent, admin);
        assertThat(resetEvent.get("target").asString()).isEqualTo(userId);
        String secondLink = reset.json().get("setupLink").asString();
        assertThat(events(lab.id()).toString()).doesNotContain("chosen password", "argon2",
                firstLink.substring(firstLink.indexOf('#') + 1), secondLink.substring(secondLink.indexOf('#') + 1));
    }

    @Test
    void addingAUserChangingItsRolesAndDeactivatingItAreEachLogged() {
        var added = adminApi.postJson("/api/v1/users", """
                {"email":"new-%s@test.example","displayName":"New","roles":["ANNOTATOR"]}"""
                .formatted(UUID.randomUUID()));
        assertThat(added.status()).isEqualTo(201);
        String userId = added.json().get("id").asString();
        JsonNode creation = last(lab.id(), AuditEvent.USER_CREATE);
        by(creation, admin);
        assertThat(creation.get("target").asString()).isEqualTo(userId);

        var promoted = adminApi.patchJson("/api/v1/users/" + userId, "{\"roles\":[\"REVIEWER\",\"ANNOTATOR\"]}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("roles").toString()).contains("REVIEWER", "ANNOTATOR");
        JsonNode roles = last(lab.id(), AuditEvent.USER_ROLES);
        by(roles, admin);
        assertThat(roles.get("target").asString()).isEqualTo(userId);
        assertThat(roles.get("detail").asString()).isEqualTo("ANNOTATOR -> REVIEWER,ANNOTATOR");

        var deactivated = adminApi.patchJson("/api/v1/users/" + userId, "{\"enabled\":false}");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("enabled").asBoolean()).isFalse();
        by(last(lab.id(), AuditEvent.USER_DEACTIVATE), admin);

        assertThat(adminApi.patchJson("/api/v1/users/" + userId, "{\"enabled\":true}").status()).isEqualTo(200);
        by(last(lab.id(), AuditEvent.USER_REACTIVATE), admin);
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        ApiClient annotatorApi = fixtures.client(annotator);
        assertThat(annotatorApi.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(adminApi.patchJson("/api/v1/users/" + annotator.id(), "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(annotatorApi.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void userChangesAreForTheOrganizationsAdminsAndNeverLeaveItWithoutAnAdmin() {
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        assertThat(managerApi.patchJson("/api/v1/users/" + annotator.id(), "{\"enabled\":false}").status()).isEqualTo(403);
        CurrentUser rivalAdmin = fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Rival"), Role.ADMIN);
        var outsider = fixtures.client(rivalAdmin).patchJson("/api/v1/users/" + annotator.id(), "{\"enabled\":false}");
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.contentType()).contains("problem+json");

        var lastAdmin = adminApi.patchJson("/api/v1/users/" + admin.id(), "{\"roles\":[\"MANAGER\"]}");
        assertThat(lastAdmin.status()).isEqualTo(409);
        assertThat(lastAdmin.json().get("field").asString()).isEqualTo("roles");
        assertThat(adminApi.patchJson("/api/v1/users/" + annotator.id(), "{\"roles\":[]}").status()).isEqualTo(422);
        assertThat(events(lab.id())).noneMatch(e -> e.get("action").asString().startsWith("user.roles")
                || e.get("action").asString().equals(AuditEvent.USER_DEACTIVATE));
    }

    @Test
    void issuingAndRevokingATokenAreLoggedWithTheTokensIdNeverItsSecret() {
        var issued = managerApi.postJson("/api/v1/tokens", "{\"name\":\"pipeline\",\"expiresInDays\":3}");
        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().get("id").asString();
        String secret = issued.json().get("secret").asString();
        JsonNode issue = last(lab.id(), AuditEvent.TOKEN_ISSUE);
        by(issue, manager);
        assertThat(issue.get("target").asString()).isEqualTo(id);
        assertThat(issue.get("detail").asString()).isEqualTo("pipeline");

        assertThat(managerApi.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        JsonNode revoke = last(lab.id(), AuditEvent.TOKEN_REVOKE);
        by(revoke, manager);
        assertThat(revoke.get("target").asString()).isEqualTo(id);
        assertThat(events(lab.id()).toString()).doesNotContain(secret, ApiTokensHash.of(secret));
    }

    @Test
    void projectCreationSettingsSchemaQualityAndEngagementsAreLoggedWithoutTheirText() {
        var created = managerApi.postJson("/api/v1/projects", """
                {"name":"Secret project name","guidelines":"# Secret guidelines","taskType":"text-classification",
                 "schema":%s}""".formatted(Fixtures.SCHEMA));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String project = created.json().get("id").asString();
        JsonNode creation = last(lab.id(), AuditEvent.PROJECT_CREATE);
        by(creation, manager);
        assertThat(creation.get("project").asString()).isEqualTo(project);

        assertThat(managerApi.patchJson("/api/v1/projects/" + project, "{\"guidelines\":\"# New secret\",\"priority\":5}").status())
                .isEqualTo(200);
        assertThat(last(lab.id(), AuditEvent.PROJECT_SETTINGS).get("detail").asString()).isEqualTo("guidelines=v2,priority=5");

        assertThat(managerApi.putJson("/api/v1/projects/" + project + "/schema",
                "{\"questions\":[{\"name\":\"label\",\"type\":\"choice\",\"options\":[\"x\",\"y\"]}]}").status()).isEqualTo(200);
        assertThat(last(lab.id(), AuditEvent.PROJECT_SCHEMA).get("detail").asString()).isEqualTo("version=2");

        assertThat(managerApi.putJson("/api/v1/projects/" + project + "/quality/settings", "{\"goldRate\":0.1}").status()).isEqualTo(200);
        assertThat(last(lab.id(), AuditEvent.PROJECT_QUALITY).get("detail").asString()).contains("goldRate=0.1");

        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        assertThat(managerApi.postJson("/api/v1/projects/" + project + "/engagements",
                "{\"workforceOrgId\":\"" + vendor.id() + "\"}").status()).isEqualTo(201);
        JsonNode start = last(lab.id(), AuditEvent.ENGAGEMENT_START);
        by(start, manager);
        assertThat(start.get("target").asString()).isEqualTo(vendor.id().toString());
        assertThat(managerApi.delete("/api/v1/projects/" + project + "/engagements/" + vendor.id()).status()).isEqualTo(204);
        assertThat(last(lab.id(), AuditEvent.ENGAGEMENT_END).get("target").asString()).isEqualTo(vendor.id().toString());

        assertThat(events(lab.id()).toString()).doesNotContain("Secret project name", "Secret guidelines", "New secret");
    }

    @Test
    void keyRotationReencryptionAndShreddingAreLogged() {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 3);
        var rotation = adminApi.post("/api/v1/organizations/" + lab.id() + "/keys/rotate", "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(rotation.status()).isEqualTo(202);
        JsonNode rotate = last(lab.id(), AuditEvent.KEYS_ROTATE);
        by(rotate, admin);
        assertThat(rotate.get("target").asString()).isEqualTo(rotation.json().get("id").asString());

        keys.reencryptNow(Duration.ofSeconds(30));
        JsonNode done = last(lab.id(), AuditEvent.KEYS_REENCRYPTED);
        assertThat(done.get("actor").asString()).isEqualTo(AuditEvent.SYSTEM.toString());
        // The three items' payloads and the project's name, guidelines, guidelines version and schema, all sealed under
        // the lab's keyset.
        assertThat(done.get("detail").asString()).contains("reencrypted=7", "failed=0");

        var shred = adminApi.postJson("/api/v1/organizations/" + lab.id() + "/keys/shred",
                "{\"confirmOrganizationName\":\"" + lab.name() + "\"}");
        assertThat(shred.status()).isEqualTo(200);
        by(last(lab.id(), AuditEvent.KEYS_SHRED), admin);
        assertThat(events(lab.id()).toString()).doesNotContain("text 0", "text 1");
    }

    @Test
    void wallSettingsChangesAreLoggedInTheCustomersLog() {
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        ApiClient operatorApi = fixtures.client(operator);
        String classId = operatorApi.postJson("/api/v1/conflict-classes", "{\"name\":\"labs " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        JsonNode created = last(operator.orgId(), AuditEvent.WALL_CLASS_CREATE);
        assertThat(created.get("target").asString()).isEqualTo(classId);

        assertThat(adminApi.putJson("/api/v1/conflict-classes/" + classId + "/members/" + lab.id(), "{}").status()).isEqualTo(204);
        by(last(lab.id(), AuditEvent.WALL_CLASS_JOIN), admin);
        assertThat(adminApi.delete("/api/v1/conflict-classes/" + classId + "/members/" + lab.id()).status()).isEqualTo(204);
        by(last(lab.id(), AuditEvent.WALL_CLASS_LEAVE), admin);
        // The operator putting the customer in a class is in the customer's log, naming the operator.
        assertThat(operatorApi.putJson("/api/v1/conflict-classes/" + classId + "/members/" + lab.id(), "{}").status()).isEqualTo(204);
        by(last(lab.id(), AuditEvent.WALL_CLASS_JOIN), operator);

        Organization rival = fixtures.organization(OrganizationKind.CUSTOMER, "Rival");
        assertThat(adminApi.putJson("/api/v1/organizations/me/competitors/" + rival.id(), "{}").status()).isEqualTo(204);
        assertThat(last(lab.id(), AuditEvent.WALL_COMPETITOR_DECLARE).get("target").asString()).isEqualTo(rival.id().toString());
        assertThat(adminApi.delete("/api/v1/organizations/me/competitors/" + rival.id()).status()).isEqualTo(204);
        assertThat(last(lab.id(), AuditEvent.WALL_COMPETITOR_WITHDRAW).get("target").asString()).isEqualTo(rival.id().toString());
        assertThat(events(rival.id())).isEmpty();

        assertThat(adminApi.putJson("/api/v1/organizations/me/wall-policy", "{\"coolingOffDays\":90}").status()).isEqualTo(200);
        assertThat(last(lab.id(), AuditEvent.WALL_COOLING_OFF).get("detail").asString()).isEqualTo("90 days");
        assertThat(adminApi.postJson("/api/v1/organizations/me/excluded-affiliations", "{\"employer\":\"Rival Corp\"}").status())
                .isEqualTo(201);
        assertThat(last(lab.id(), AuditEvent.WALL_EXCLUSION_ADD).get("detail").asString()).isEqualTo("Rival Corp");
        assertThat(adminApi.delete("/api/v1/organizations/me/excluded-affiliations?employer=rival%20corp").status()).isEqualTo(204);
        by(last(lab.id(), AuditEvent.WALL_EXCLUSION_REMOVE), admin);
    }

    @Test
    void exportsInEveryFormatAndDownloadsOfTheLogAndTheReportAreLogged() {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 2);
        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true").status()).isEqualTo(200);
        JsonNode export = events(lab.id()).stream().filter(e -> e.get("action").asString().equals(AuditEvent.PAYLOAD_EXPORT))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(export.get("detail").asString()).startsWith("format=jsonl");
        assertThat(export.get("items").asLong()).isEqualTo(2);

        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/access-report.csv").status()).isEqualTo(200);
        JsonNode report = last(lab.id(), AuditEvent.REPORT_DOWNLOAD);
        by(report, manager);
        assertThat(report.get("project").asString()).isEqualTo(project.id().toString());
        assertThat(report.get("detail").asString()).isEqualTo("format=csv");
        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/access-report").status()).isEqualTo(200);
        assertThat(last(lab.id(), AuditEvent.REPORT_DOWNLOAD).get("detail").asString()).isEqualTo("format=json");

        long size = log.treeSize(lab.id());
        assertThat(managerApi.get("/api/v1/audit/events?size=" + size).status()).isEqualTo(200);
        JsonNode download = last(lab.id(), AuditEvent.LOG_DOWNLOAD);
        by(download, manager);
        assertThat(download.get("detail").asString()).isEqualTo("from=0,to=" + size + ",size=" + size);
    }

    @Test
    void theTransparencyReportCountsPayloadViewsOnlyNotAdministrativeActs() {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 2);
        assertThat(managerApi.patchJson("/api/v1/projects/" + project.id(), "{\"priority\":3}").status()).isEqualTo(200);
        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/access-report").json().get("days")).isEmpty();
        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true").status()).isEqualTo(200);
        JsonNode report = managerApi.get("/api/v1/projects/" + project.id() + "/access-report").json();
        assertThat(report.get("itemsShown").asLong()).isEqualTo(2);
        assertThat(report.get("outsideAssignment").asLong()).isZero();
    }

    @Test
    void anActAndItsEventCommitOrRollBackTogether() {
        String email = "rolled-back-" + UUID.randomUUID() + "@test.example";
        long before = events(lab.id()).size();
        assertThatThrownBy(() -> tenants.write(lab.id(), () -> {
            users.create(admin, new NewUser(lab.id(), email, "Gone", null, Set.of(Role.ANNOTATOR)));
            throw new IllegalStateException("the act fails after its event was published");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(users.ofOrganization(lab.id())).noneMatch(u -> u.email().equals(email));
        assertThat(events(lab.id())).hasSize((int) before);
    }

    @Test
    void theVerifierAcceptsALogMixingPayloadViewsAndAdministrativeActs() throws Exception {
        Project project = fixtures.project(manager, 1, 600);
        fixtures.items(project, manager, 2);
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "Vendor");
        assertThat(managerApi.postJson("/api/v1/projects/" + project.id() + "/engagements",
                "{\"workforceOrgId\":\"" + vendor.id() + "\"}").status()).isEqualTo(201);
        ApiClient annotator = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        assertThat(annotator.post("/api/v1/projects/" + project.id() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(200);
        assertThat(managerApi.get("/api/v1/projects/" + project.id() + "/export?includeUnlabeled=true").status()).isEqualTo(200);
        assertThat(adminApi.patchJson("/api/v1/users/" + manager.id(), "{\"roles\":[\"MANAGER\",\"REVIEWER\"]}").status()).isEqualTo(200);

        String checkpoint = managerApi.post("/api/v1/audit/checkpoint", "application/json", HttpRequest.BodyPublishers.noBody()).text();
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        Path events = Files.write(dir.resolve("events.jsonl"), managerApi.get("/api/v1/audit/events?size=" + size).body());
        Path key = Files.writeString(dir.resolve("key.pem"), managerApi.get("/api/v1/audit/public-key.pem").text());
        Path cp = Files.writeString(dir.resolve("cp.txt"), checkpoint);
        List<String> actions = Files.readAllLines(events).stream().map(l -> JSON.readTree(l).get("action").asString()).toList();
        assertThat(actions).contains(AuditEvent.PAYLOAD_CLAIM, AuditEvent.PAYLOAD_EXPORT, AuditEvent.PROJECT_CREATE,
                AuditEvent.ENGAGEMENT_START, AuditEvent.TOKEN_ISSUE, AuditEvent.USER_ROLES);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = AuditCommand.run(new String[] {"verify", "--public-key", key.toString(), "--events", events.toString(),
                "--checkpoint", cp.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        long admin = actions.stream().filter(a -> !a.startsWith("payload.")).count();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VERIFIED",
                "2 payload views showing 3 items, " + admin + " administrative acts");
    }

    /** The stored form of a token (SHA-256, hex), to show the log holds neither the secret nor its hash. */
    static final class ApiTokensHash {
        static String of(String secret) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
