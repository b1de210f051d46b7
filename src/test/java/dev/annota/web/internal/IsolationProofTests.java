package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.annota.identity.ApiTokens;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Isolation proof, driven by the served OpenAPI document so every new endpoint is covered without editing this test:
 * each operation is called with path parameters taken from customer A's real objects (project, item, assignment,
 * organization, conflict class, token) by a user of another customer, a user of a workforce not engaged (both with
 * every role), an annotator of the engaged vendor who holds no lease, and anonymously. Nothing of A's data may come
 * back: an operation touching A's objects answers an error (401/403/404, or a 4xx about the request), and no response
 * of any operation carries A's payload text, project name, guidelines or external id. Afterwards A's project is
 * unchanged. Results are summarised in docs/security.md ("Isolation proofs").
 */
@ApiTest
class IsolationProofTests {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** Answers allowed for an operation aimed at A's objects: refusals, or a complaint about the request itself. */
    private static final tools.jackson.databind.json.JsonMapper JSON_OF_TESTS = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final Set<Integer> REFUSED = Set.of(400, 401, 403, 404, 405, 409, 415, 422, 429);
    /**
     * Operations whose path names A's object but that only act on the caller's own data (a customer naming A a
     * competitor), or whose path parameter is no object at all (a size of the caller's own access log, which holds
     * the caller's own acts, such as issuing the token this test uses).
     */
    private static final Set<String> OWN_DATA = Set.of("PUT /api/v1/organizations/me/competitors/{orgId}",
            "DELETE /api/v1/organizations/me/competitors/{orgId}", "GET /api/v1/audit/checkpoints/{size}");

    /**
     * What PRODUCT.md grants an annotator of an engaged vendor on a project they work on, lease or no lease: its
     * settings, guidelines and paste policy, their own (here: no) answers, quality and comparison figures, and a claim, which finds nothing (the
     * one item is leased).
     * Payload and external id stay out of reach for them as for everyone.
     */
    private static final Set<String> ENGAGED_ANNOTATOR_MAY = Set.of("GET /api/v1/projects/{projectId}",
            "GET /api/v1/projects/{projectId}/my-annotations", "GET /api/v1/projects/{projectId}/quality/me",
            "GET /api/v1/projects/{projectId}/comparison/me", "GET /api/v1/projects/{projectId}/writing-policy",
            "POST /api/v1/projects/{projectId}/tasks/next", "POST /api/v1/me/tasks/next");
    private static final String ENGAGED = "an annotator without a lease";
    /** Choosing a password with a setup link: the link's secret is the credential (without one: 422 on "token"). */
    private static final Set<String> ANSWERS_WITHOUT_LOGIN = Set.of("POST /api/v1/password-setup");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Projects projects;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void noOperationOfTheApiGivesAnOutsiderAnythingOfCustomerA() {
        // Customer A: a project with one item (so it is FULL once leased), engaged to vendor V, whose annotator holds the lease.
        var setupA = fixtures.labProject("Lab A", 1, 0);
        Organization labA = setupA.lab();
        CurrentUser managerA = setupA.manager();
        Project project = setupA.project();
        CurrentUser adminA = fixtures.user(labA, Role.ADMIN);
        String secret = "secret-payload-" + UUID.randomUUID();
        String externalId = "ext-" + UUID.randomUUID();
        ApiClient manager = fixtures.client(managerA);
        assertThat(manager.post("/api/v1/projects/" + project.id() + "/items", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(
                "{\"external_id\":\"" + externalId + "\",\"data\":{\"text\":\"" + secret + "\"}}\n")).status()).isEqualTo(200);
        Organization vendor = fixtures.engagedVendor(setupA);
        CurrentUser vendorsAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient leaseholder = fixtures.client(vendorsAnnotator);
        JsonNode task = leaseholder.post("/api/v1/projects/" + project.id() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody()).json();
        String assignment = task.get("assignmentId").asString();
        String item = task.get("itemId").asString();
        UUID tokenOfA = tokens.issue(managerA, "a's token", 1).id();
        CurrentUser operator = fixtures.user(fixtures.organization(OrganizationKind.OPERATOR, "Operator"), Role.ADMIN);
        JsonNode createdClass = fixtures.client(operator).postJson("/api/v1/conflict-classes",
                "{\"name\":\"labs " + UUID.randomUUID() + "\"}").json();
        String classId = createdClass.get("id").asString();
        ApiClient adminAClient = fixtures.client(adminA);
        assertThat(adminAClient.send(adminAClient.request("/api/v1/conflict-classes/" + classId + "/members/" + labA.id())
                .PUT(HttpRequest.BodyPublishers.noBody()), true).status()).isEqualTo(204);

        // An uploaded image of A's, in a box project of A's that the vendor is engaged on too; the leaseholder holds its
        // item as well, so every item of A's the vendor may see is leased and a claim across projects finds nothing.
        Project boxes = fixtures.boxProject(managerA, 1, 600);
        String imageName = "secret-image-" + UUID.randomUUID() + ".png";
        String imageId = manager.post("/api/v1/projects/" + boxes.id() + "/images?name=" + imageName, "image/png",
                HttpRequest.BodyPublishers.ofByteArray(Fixtures.png(24, 16))).json().get("id").asString();
        assertThat(manager.post("/api/v1/projects/" + boxes.id() + "/items", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(
                "{\"data\":{\"image\":{\"upload\":\"" + imageId + "\"}}}\n")).status()).isEqualTo(200);
        projects.engage(fixtures.access(boxes, managerA), vendor.id());
        assertThat(leaseholder.post("/api/v1/projects/" + boxes.id() + "/tasks/next", "application/json",
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(200);

        // A witness of A's access log (127.0.0.1 is allowed in tests; nothing listens on port 9, so deliveries just fail).
        var witness = adminAClient.postJson("/api/v1/audit/witnesses", "{\"url\":\"http://127.0.0.1:9/witness-of-a\"}");
        assertThat(witness.status()).as(witness.text()).isEqualTo(201);
        String witnessId = witness.json().get("witness").get("id").asString();

        // A webhook of A's project (nothing listens on port 9: deliveries just fail).
        var webhook = manager.postJson("/api/v1/projects/" + project.id() + "/webhooks",
                "{\"url\":\"http://127.0.0.1:9/webhook-of-a\",\"events\":[\"annotation.created\"]}");
        assertThat(webhook.status()).as(webhook.text()).isEqualTo(201);
        String webhookId = webhook.json().get("webhook").get("id").asString();
        // A prediction service of A's project (switched off, so nothing is sent), so its settings and progress exist.
        var service = manager.putJson("/api/v1/projects/" + project.id() + "/prediction-service",
                "{\"kind\":\"LABEL_STUDIO\",\"url\":\"http://127.0.0.1:9/backend-of-a\",\"apiKey\":\"key-of-a\"}");
        assertThat(service.status()).as(service.text()).isEqualTo(200);

        // Masking settings of A's project: the outsiders' PUTs must not change them, their GETs not read them.
        String masking = "{\"fields\":[{\"path\":\"text\",\"detectors\":[\"EMAIL\",\"CASE_OF_A\"]}],\"phoneRegion\":null,"
                + "\"patterns\":[{\"name\":\"CASE_OF_A\",\"regex\":\"A-[0-9]{4}\"}]}";
        assertThat(manager.putJson("/api/v1/projects/" + project.id() + "/masking", masking).status()).isEqualTo(200);

        // The vendor's annotator's profile with a credential (workforce): /people/{personId}/... is aimed at them.
        assertThat(leaseholder.putJson("/api/v1/me/profile", "{\"skills\":[\"chemistry\"]}").status()).isEqualTo(200);
        String credentialId = leaseholder.postJson("/api/v1/me/profile/credentials", "{\"kind\":\"licence\",\"title\":\"Bar\"}")
                .json().get("id").asString();

        // A finished export job of A's, its file holding A's payload: /exports/{exportId}... is aimed at it.
        var exportJob = manager.postJson("/api/v1/projects/" + project.id() + "/exports", "{\"format\":\"csv\",\"includeUnlabeled\":true}");
        assertThat(exportJob.status()).as(exportJob.text()).isEqualTo(202);
        String exportId = exportJob.json().get("id").asString();
        String exportPath = "/api/v1/projects/" + project.id() + "/exports/" + exportId;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!manager.get(exportPath).json().get("status").asString().equals("done")) {
            assertThat(System.nanoTime()).as("A's export job done within a minute").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        Map<String, String> values = new LinkedHashMap<>();
        values.put("exportId", exportId);
        values.put("projectId", project.id().toString());
        values.put("assignmentId", assignment);
        values.put("itemId", item);
        values.put("orgId", labA.id().toString());
        values.put("organizationId", labA.id().toString());
        values.put("userId", managerA.id().toString());
        values.put("workforceOrgId", vendor.id().toString());
        values.put("classId", classId);
        values.put("id", tokenOfA.toString());
        values.put("size", "1");
        values.put("imageId", imageId);
        values.put("witnessId", witnessId);
        values.put("webhookId", webhookId);
        values.put("messageId", "msg_" + UUID.randomUUID());
        values.put("personId", vendorsAnnotator.id().toString());
        values.put("credentialId", credentialId);
        // Image operations are aimed at the box project, where the image and the item showing it are.
        Map<String, String> imageValues = new LinkedHashMap<>(values);
        imageValues.put("projectId", boxes.id().toString());

        Role[] all = Role.values();
        Map<String, ApiClient> callers = new LinkedHashMap<>();
        callers.put("another customer", fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Lab B"), all)));
        callers.put("a workforce not engaged", fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.WORKFORCE, "Other vendor"), all)));
        callers.put("an annotator without a lease", fixtures.client(fixtures.user(vendor, Role.ANNOTATOR)));
        callers.put("anonymous", fixtures.anonymous());

        JsonNode paths = fixtures.anonymous().get("/api/openapi.json").json().get("paths");
        List<String> operations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String template = path.getKey();
                operations.add(method + " " + template);
                boolean aimedAtA = PARAM.matcher(template).find() && !OWN_DATA.contains(method + " " + template);
                var with = template.contains("/images") ? imageValues : values;
                String url = fill(template, with) + query(op.getValue(), with);
                for (var caller : callers.entrySet()) {
                    Response r = call(caller.getValue(), method, url, op.getValue(), vendor);
                    String who = caller.getKey() + ": " + method + " " + url + " -> " + r.status();
                    if (r.status() >= 500) {
                        failures.add(who + " (server error) " + r.text());
                    }
                    boolean granted = caller.getKey().equals(ENGAGED) && ENGAGED_ANNOTATOR_MAY.contains(method + " " + template);
                    if (granted && method.equals("POST") && r.status() != 204) {
                        failures.add(who + " (a claim with every item leased must find nothing) " + r.text());
                    }
                    if (aimedAtA && !granted && !REFUSED.contains(r.status())) {
                        failures.add(who + " (not refused) " + r.text());
                    }
                    if (caller.getKey().equals("anonymous") && template.startsWith("/api/v1/") && !template.startsWith("/api/v1/audit/public-key")
                            && !ANSWERS_WITHOUT_LOGIN.contains(method + " " + template) && r.status() != 401) {
                        failures.add(who + " (anonymous not 401)");
                    }
                    String body = r.text();
                    List<String> markers = caller.getKey().equals(ENGAGED) ? List.of(secret, externalId, imageName)
                            : List.of(secret, externalId, project.name(), "# Guidelines", imageName);
                    for (String marker : markers) {
                        if (body.contains(marker)) {
                            failures.add(who + " carries A's data: " + marker);
                        }
                    }
                }
            }
        }
        assertThat(operations).as("operations found in the OpenAPI document").hasSizeGreaterThan(30)
                .contains("POST /api/v1/projects/{projectId}/tasks/next", "GET /api/v1/projects/{projectId}/my-annotations",
                        "GET /api/v1/projects/{projectId}/wall-refusals", "GET /api/v1/projects/{projectId}/bundle",
                        "POST /api/v1/projects/bundle", "GET /api/v1/projects/{projectId}/provenance",
                        "GET /api/v1/projects/{projectId}/provenance/ids", "POST /api/v1/projects/{projectId}/trace",
                        "PUT /api/v1/projects/{projectId}/leak-marks", "GET /api/v1/projects/{projectId}/leak-marks");
        assertThat(failures).isEmpty();

        // Nothing the outsiders sent changed A's project, item, lease, class membership or token.
        JsonNode after = manager.get("/api/v1/projects/" + project.id()).json();
        assertThat(after.toString()).contains(project.name());
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/items/counts").text()).contains("1");
        assertThat(leaseholder.postJson("/api/v1/projects/" + project.id() + "/assignments/" + assignment + "/annotation",
                "{\"label\":\"a\"}").status()).isEqualTo(201);
        assertThat(adminAClient.get("/api/v1/conflict-classes").text()).contains("\"member\":true");
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/engagements").text()).contains(vendor.id().toString());
        assertThat(manager.get("/api/v1/me").status()).as("A's manager was neither changed nor deactivated").isEqualTo(200);
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/leak-marks").json().get("enabled").asBoolean())
                .as("A's leak marks neither turned on by an outsider").isFalse();
        assertThat(manager.get(exportPath).json().get("status").asString()).as("A's export job neither removed nor changed").isEqualTo("done");
        assertThat(adminAClient.get("/api/v1/organizations/" + labA.id() + "/keys").json().get("state").asString())
                .as("A's keys were neither shredded nor retired by an outsider").isEqualTo("ACTIVE");
        assertThat(manager.get("/api/v1/projects/" + boxes.id() + "/images").json().size()).as("no image added by an outsider").isOne();
        assertThat(manager.get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(adminAClient.get("/api/v1/audit/witnesses/" + witnessId).json().get("url").asString())
                .as("A's witness neither removed nor changed by an outsider").isEqualTo("http://127.0.0.1:9/witness-of-a");
        JsonNode webhookAfter = manager.get("/api/v1/projects/" + project.id() + "/webhooks/" + webhookId).json();
        assertThat(webhookAfter.get("url").asString()).as("A's webhook neither removed nor changed by an outsider")
                .isEqualTo("http://127.0.0.1:9/webhook-of-a");
        assertThat(webhookAfter.get("enabled").asBoolean()).isTrue();
        assertThat(webhookAfter.get("events").toString()).isEqualTo("[\"annotation.created\"]");
        assertThat(manager.get("/api/v1/projects/" + project.id() + "/masking").json())
                .as("A's masking settings not changed by an outsider").isEqualTo(JSON_OF_TESTS.readTree(masking));
        assertThat(leaseholder.get("/api/v1/me/profile").json().get("credentials").get(0).get("verifiedAt").isNull())
                .as("the vendor's annotator's credential neither verified nor removed by an outsider").isTrue();
        assertThat(leaseholder.get("/api/v1/me/profile").json().get("skills").toString()).isEqualTo("[\"chemistry\"]");
        assertThat(jdbc.sql("select count(*) from password_setup_links l join users u on u.id = l.user_id where u.org_id = ?")
                .param(labA.id()).query(Long.class).single()).as("no setup link issued for A's users by an outsider").isZero();
        System.out.println("Isolation proof: " + operations.size() + " operations x " + callers.size() + " callers = "
                + operations.size() * callers.size() + " calls, " + failures.size() + " failures");
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PARAM.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), values.get("projectId"))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Required query parameters, filled with plausible values (A's ids where the name says so). */
    private static String query(JsonNode operation, Map<String, String> values) {
        var q = new StringBuilder();
        JsonNode parameters = operation.get("parameters");
        if (parameters == null) {
            return "";
        }
        for (JsonNode p : parameters) {
            // "caller" is the resolved CurrentUser, which the document lists as a query parameter; it is not one.
            if ("query".equals(p.path("in").asString()) && p.path("required").asBoolean(false) && !"caller".equals(p.path("name").asString())) {
                String name = p.get("name").asString();
                String type = p.path("schema").path("type").asString("string");
                String value = values.getOrDefault(name, type.equals("integer") ? "1" : "x");
                q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        }
        return q.toString();
    }

    private static Response call(ApiClient c, String method, String url, JsonNode operation, Organization vendor) {
        JsonNode content = operation.path("requestBody").path("content");
        String type = content.isEmpty() ? "application/json" : content.propertyNames().iterator().next();
        String body = type.contains("ndjson") || type.contains("jsonl")
                ? "{\"external_id\":\"intruder\",\"data\":{\"text\":\"intruder\"}}\n"
                : "{\"label\":\"a\",\"name\":\"Intruder\",\"employer\":\"x\",\"workforceOrgId\":\"" + vendor.id() + "\","
                  + "\"questions\":[{\"name\":\"label\",\"type\":\"choice\",\"options\":[\"a\"]}]}";
        var publisher = HttpRequest.BodyPublishers.ofString(body);
        var request = c.request(url).header("Content-Type", type.contains("*") ? "application/json" : type);
        return switch (method) {
            case "GET" -> c.get(url);
            case "DELETE" -> c.delete(url);
            default -> c.send(request.method(method, publisher), true);
        };
    }
}
