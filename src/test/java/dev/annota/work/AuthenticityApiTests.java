package dev.annota.work;

import static dev.annota.testing.WorkSteps.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.audit.internal.AuditLog;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiClient.Response;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.Fixtures.LabProject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticity of written answers through the API (docs/trust.md): the writing aggregates arrive with the submit
 * (header Answer-Writing), are checked and stored on the lease, and the flag rate per annotator and vendor comes back
 * with the flagged answers' evidence; the paste policy is the managers' to set and an administrative act.
 */
@ApiTest
class AuthenticityApiTests {

    /** 300 characters typed at about five keys a second. */
    static final String TYPED = """
            {"notes":{"length":300,"pastes":0,"pastedChars":0,"pastedShare":0,"keystrokes":330,"medianKeyMs":190,
            "typingMs":64000,"firstKeyMs":4200,"draftDistance":null}}""".replace("\n", "");
    /** 1,512 characters of which 82 % came from two pastes. */
    static final String PASTED = """
            {"notes":{"length":1512,"pastes":2,"pastedChars":1240,"pastedShare":0.82,"keystrokes":290,"medianKeyMs":170,
            "typingMs":52000,"firstKeyMs":9000}}""".replace("\n", "");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog log;
    @Autowired TenantScope tenants;

    static Response submit(ApiClient c, UUID project, String assignment, String writing) {
        var request = c.request("/api/v1/projects/" + project + "/assignments/" + assignment + "/annotation")
                .header("Content-Type", "application/json");
        if (writing != null) {
            request.header("Answer-Writing", writing);
        }
        return c.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"a\"}")), true);
    }

    private String stored(LabProject setup, String assignment) {
        // In the tenant's transaction: on PostgreSQL, row-level security shows the rows of that tenant only.
        return tenants.read(setup.project().tenantId(), () -> jdbc.sql("select writing from assignments where tenant_id = ? and id = ?")
                .params(setup.project().tenantId(), UUID.fromString(assignment)).query(String.class).optional().orElse(null));
    }

    @Test
    void onlyThePastedAnswerIsFlaggedWithItsEvidenceAndTheRatesArePerAnnotatorAndVendor() {
        LabProject setup = fixtures.labProject("Authentic lab", 2, 2);
        var vendor = fixtures.engagedVendor(setup);
        CurrentUser own = fixtures.user(setup.lab(), Role.ANNOTATOR);
        CurrentUser hired = fixtures.user(vendor, Role.ANNOTATOR);
        ApiClient ownClient = fixtures.client(own);
        ApiClient hiredClient = fixtures.client(hired);
        UUID project = setup.project().id();

        String typed = claim(ownClient, project);
        assertThat(submit(ownClient, project, typed, TYPED).status()).isEqualTo(201);
        String pasted = claim(ownClient, project);
        assertThat(submit(ownClient, project, pasted, PASTED).status()).isEqualTo(201);
        String vendors = claim(hiredClient, project);
        assertThat(submit(hiredClient, project, vendors, TYPED).status()).isEqualTo(201);
        String none = claim(hiredClient, project);
        assertThat(submit(hiredClient, project, none, null).status()).isEqualTo(201);

        assertThat(JSON.readTree(stored(setup, pasted)).get("notes").get("pastedShare").asDouble()).isEqualTo(0.82);
        assertThat(stored(setup, none)).isNull();
        Response report = fixtures.client(setup.manager()).get("/api/v1/projects/" + project + "/quality/authenticity");
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        JsonNode r = report.json();
        assertThat(r.get("project").get("answers").asInt()).isEqualTo(3);
        assertThat(r.get("project").get("flagged").asInt()).isEqualTo(1);
        assertThat(group(r.get("annotators"), own.id()).get("rate").asDouble()).isEqualTo(0.5);
        assertThat(group(r.get("annotators"), hired.id()).get("rate").asDouble()).isZero();
        assertThat(group(r.get("vendors"), vendor.id()).get("flagged").asInt()).isZero();
        assertThat(group(r.get("vendors"), setup.lab().id()).get("flagged").asInt()).isEqualTo(1);
        assertThat(r.get("answers")).singleElement().satisfies(a -> {
            assertThat(a.get("assignmentId").asString()).isEqualTo(pasted);
            assertThat(a.get("evidence").get(0).asString()).isEqualTo("82 % of this answer was pasted (2 pastes, 1,240 characters).");
        });

        String item = r.get("answers").get(0).get("itemId").asString();
        JsonNode ofItem = fixtures.client(setup.manager()).get("/api/v1/projects/" + project + "/quality/authenticity?itemId=" + item).json();
        assertThat(ofItem.get("answers")).allSatisfy(a -> assertThat(a.get("itemId").asString()).isEqualTo(item));
        assertThat(ofItem.get("answers")).extracting(a -> a.get("flagged").asBoolean()).contains(true);

        var refused = ownClient.get("/api/v1/projects/" + project + "/quality/authenticity");
        assertThat(refused.status()).isEqualTo(403);
    }

    private static JsonNode group(JsonNode groups, UUID id) {
        for (JsonNode g : groups) {
            if (g.get("id").asString().equals(id.toString())) {
                return g;
            }
        }
        throw new AssertionError("no group " + id + " in " + groups);
    }

    @Test
    void unknownFieldsValuesOutOfBoundsAndMalformedWritingAreRefusedNamingTheFieldAndTheLeaseStaysLive() {
        LabProject setup = fixtures.labProject("Authentic lab", 1, 1);
        ApiClient c = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        UUID project = setup.project().id();
        String assignment = claim(c, project);

        Response unknown = submit(c, project, assignment, TYPED.replace("\"pastes\":0", "\"pastes\":0,\"keys\":\"hello\""));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("field").asString()).isEqualTo("Answer-Writing.notes.keys");
        Response share = submit(c, project, assignment, TYPED.replace("\"pastedShare\":0", "\"pastedShare\":1.5"));
        assertThat(share.status()).isEqualTo(422);
        assertThat(share.json().get("field").asString()).isEqualTo("Answer-Writing.notes.pastedShare");
        Response negative = submit(c, project, assignment, TYPED.replace("\"keystrokes\":330", "\"keystrokes\":-1"));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("field").asString()).isEqualTo("Answer-Writing.notes.keystrokes");
        Response notJson = submit(c, project, assignment, "{notes");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("field").asString()).isEqualTo("Answer-Writing");
        assertThat(stored(setup, assignment)).isNull();

        assertThat(submit(c, project, assignment, TYPED).status()).isEqualTo(201);
        assertThat(stored(setup, assignment)).contains("\"keystrokes\":330");
    }

    @Test
    void thePastePolicyIsReadByTheProjectsAnnotatorsSetByItsManagersAndLoggedAsAnAdministrativeAct() {
        LabProject setup = fixtures.labProject("Authentic lab", 1, 1);
        UUID project = setup.project().id();
        String path = "/api/v1/projects/" + project + "/writing-policy";
        ApiClient annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        ApiClient manager = fixtures.client(setup.manager());

        assertThat(annotator.get(path).json().get("paste").asString()).isEqualTo("ALLOW");
        assertThat(annotator.putJson(path, "{\"paste\":\"ALLOW\"}").status()).isEqualTo(403);
        Response unknownValue = manager.putJson(path, "{\"paste\":\"NEVER\"}");
        assertThat(unknownValue.status()).isEqualTo(422);
        assertThat(unknownValue.json().get("field").asString()).isEqualTo("paste");
        assertThat(manager.putJson(path, "{\"paste\":\"WARN\",\"why\":1}").status()).isEqualTo(422);
        Response set = manager.putJson(path, "{\"paste\":\"BLOCK\"}");
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(annotator.get(path).json().get("paste").asString()).isEqualTo("BLOCK");

        UUID lab = setup.lab().id();
        log.integrate(lab);
        var events = new ArrayList<JsonNode>();
        log.lines(lab, 0, log.treeSize(lab), line -> events.add(JSON.readTree(line)));
        List<JsonNode> acts = events.stream().filter(e -> e.get("action").asString().equals(AuditEvent.PROJECT_PASTE_POLICY)).toList();
        assertThat(acts).singleElement().satisfies(e -> {
            assertThat(e.get("detail").asString()).isEqualTo("BLOCK");
            assertThat(e.get("actor").asString()).isEqualTo(setup.manager().id().toString());
        });
    }
}
