package dev.annota.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Profiles, verification, requirements and the refusal line over HTTP (H2; PostgreSQL in WorkforcePostgresTests). */
@ApiTest
class WorkforceApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TenantScope tenants;
    @Autowired
    JdbcClient jdbc;

    /** A lab with a project of 3 items engaged to a vendor, the vendor's lead and one annotator of each. */
    record Setup(Fixtures.LabProject lab, Organization vendor, CurrentUser lead, CurrentUser annotator, CurrentUser inHouse) {
        String project() {
            return "/api/v1/projects/" + lab.project().id();
        }
    }

    Setup setup() {
        var lab = fixtures.labProject("Lab", 1, 3);
        Organization vendor = fixtures.engagedVendor(lab);
        return new Setup(lab, vendor, fixtures.user(vendor, Role.MANAGER, Role.ADMIN), fixtures.user(vendor, Role.ANNOTATOR),
                fixtures.user(lab.lab(), Role.ANNOTATOR));
    }

    static final String PROFILE = """
            {"timeZone":"Asia/Seoul","availability":{"MONDAY":[{"from":9,"to":12},{"from":13,"to":18}]},
             "skills":["Korean Legal","chemistry"],"languages":[{"language":"ko","level":"NATIVE"},{"language":"en","level":"B2"}]}""";

    @Test
    void anAnnotatorSavesTheirProfileAndItsCredentialsStartUnverified() {
        var s = setup();
        ApiClient me = fixtures.client(s.annotator());
        var saved = me.putJson("/api/v1/me/profile", PROFILE);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().get("skills").toString()).isEqualTo("[\"chemistry\",\"korean legal\"]");
        assertThat(saved.json().get("availability").get("MONDAY").size()).isEqualTo(2);
        var added = me.postJson("/api/v1/me/profile/credentials", "{\"kind\":\"licence\",\"title\":\"Bar admission\",\"issuer\":\"Seoul Bar\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("verifiedAt").isNull()).isTrue();
        JsonNode profile = me.get("/api/v1/me/profile").json();
        assertThat(profile.get("timeZone").asString()).isEqualTo("Asia/Seoul");
        assertThat(profile.get("credentials").get(0).get("kind").asString()).isEqualTo("licence");

        var badZone = me.putJson("/api/v1/me/profile", "{\"timeZone\":\"Mars/Olympus\"}");
        assertThat(badZone.status()).isEqualTo(422);
        assertThat(badZone.json().get("field").asString()).isEqualTo("timeZone");
        var badHours = me.putJson("/api/v1/me/profile", "{\"availability\":{\"TUESDAY\":[{\"from\":18,\"to\":9}]}}");
        assertThat(badHours.status()).isEqualTo(422);
        var badKind = me.postJson("/api/v1/me/profile/credentials", "{\"kind\":\"diploma\",\"title\":\"x\"}");
        assertThat(badKind.status()).isBetween(400, 422);
        var badLanguage = me.putJson("/api/v1/me/profile", "{\"languages\":[{\"language\":\"not a tag!\",\"level\":\"A1\"}]}");
        assertThat(badLanguage.status()).isEqualTo(422);
        assertThat(badLanguage.json().get("field").asString()).isEqualTo("languages[0].language");
    }

    @Test
    void theLeadVerifiesACredentialWithANoteAndTheActIsInTheAccessLog() {
        var s = setup();
        ApiClient me = fixtures.client(s.annotator());
        String credential = me.postJson("/api/v1/me/profile/credentials", "{\"kind\":\"degree\",\"title\":\"MSc Chemistry\"}")
                .json().get("id").asString();
        String path = "/api/v1/people/" + s.annotator().id() + "/credentials/" + credential + "/verification";
        assertThat(me.putJson(path, "{\"note\":\"self\"}").status()).as("nobody verifies their own").isEqualTo(403);
        ApiClient lead = fixtures.client(s.lead());
        assertThat(lead.putJson(path, "{}").status()).as("a note is required").isEqualTo(422);
        var verified = lead.putJson(path, "{\"note\":\"Diploma seen\",\"verifiedOn\":\"2026-11-30\"}");
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.json().get("verifiedOn").asString()).isEqualTo("2026-11-30");
        assertThat(verified.json().get("verificationNote").asString()).isEqualTo("Diploma seen");

        var people = lead.get("/api/v1/people").json();
        assertThat(people.toString()).contains(s.annotator().email(), "Diploma seen");
        assertThat(actions(s.vendor().id())).contains("credential.verify");
        assertThat(lead.delete(path).status()).isEqualTo(200);
        assertThat(actions(s.vendor().id())).contains("credential.unverify");

        // Another vendor's lead, the lab's manager and an annotator: the person is not theirs to see (404) or 403.
        var other = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.WORKFORCE, "Other vendor"), Role.ADMIN, Role.MANAGER));
        assertThat(other.get("/api/v1/people/" + s.annotator().id()).status()).isEqualTo(404);
        assertThat(other.putJson(path, "{\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/people").text()).doesNotContain(s.annotator().email());
        var labManager = fixtures.client(s.lab().manager());
        assertThat(labManager.get("/api/v1/people/" + s.annotator().id()).status()).isEqualTo(404);
        assertThat(labManager.putJson(path, "{\"note\":\"x\"}").status()).isEqualTo(404);
        var colleague = fixtures.client(fixtures.user(s.vendor(), Role.ANNOTATOR));
        assertThat(colleague.get("/api/v1/people/" + s.annotator().id()).status()).isEqualTo(403);
        assertThat(colleague.get("/api/v1/people").status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get("/api/v1/me/profile").status()).isEqualTo(401);
    }

    @Test
    void theLabSeesItsVendorsPeopleAsPseudonymsUnlessTheVendorSharesNames() {
        var s = setup();
        fixtures.client(s.annotator()).putJson("/api/v1/me/profile", PROFILE);
        fixtures.client(s.inHouse()).putJson("/api/v1/me/profile", "{\"skills\":[\"rust\"]}");
        ApiClient manager = fixtures.client(s.lab().manager());
        var list = manager.get(s.project() + "/people");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        String text = list.text();
        assertThat(text).contains(Pseudonyms.of(s.lab().lab().id(), s.annotator().id()), "korean legal", s.inHouse().displayName())
                .doesNotContain(s.annotator().email(), s.annotator().id().toString());
        JsonNode vendorsPerson = vendorEntry(list.json());
        assertThat(vendorsPerson.get("name").asString()).isEqualTo(Pseudonyms.of(s.lab().lab().id(), s.annotator().id()));
        assertThat(vendorsPerson.get("email").isNull()).isTrue();
        assertThat(fixtures.client(s.lead()).putJson("/api/v1/organizations/me/identity-sharing", "{\"shareIdentity\":true}").status())
                .isEqualTo(200);
        assertThat(actions(s.vendor().id())).contains("workforce.identity-sharing");
        assertThat(vendorEntry(manager.get(s.project() + "/people").json()).get("email").asString()).isEqualTo(s.annotator().email());

        // Another lab, the vendor, an annotator, anonymous: not theirs.
        var otherLab = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN, Role.MANAGER));
        assertThat(otherLab.get(s.project() + "/people").status()).isEqualTo(404);
        assertThat(otherLab.get(s.project() + "/requirements").status()).isEqualTo(404);
        assertThat(otherLab.putJson(s.project() + "/requirements", "{\"skills\":[\"x\"]}").status()).isEqualTo(404);
        assertThat(fixtures.client(s.lead()).get(s.project() + "/people").status()).isEqualTo(403);
        assertThat(fixtures.client(s.annotator()).get(s.project() + "/requirements").status()).isEqualTo(403);
        assertThat(fixtures.anonymous().get(s.project() + "/people").status()).isEqualTo(401);
    }

    @Test
    void anAnnotatorWhoDoesNotMeetTheRequirementsIsNeverServedAndToldWhyInOneLine() {
        var s = setup();
        ApiClient manager = fixtures.client(s.lab().manager());
        var set = manager.putJson(s.project() + "/requirements",
                "{\"skills\":[\"Chemistry\"],\"credentials\":[{\"kind\":\"licence\"}],\"languages\":[{\"language\":\"ko\",\"minLevel\":\"C1\"}]}");
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(set.json().get("skills").toString()).isEqualTo("[\"chemistry\"]");
        assertThat(actions(s.lab().lab().id())).contains("project.requirements");

        ApiClient annotator = fixtures.client(s.annotator());
        var refused = annotator.postEmpty(s.project() + "/tasks/next");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("This project requires the skill \u201cchemistry\u201d, which your profile does not list.");
        JsonNode work = annotator.get("/api/v1/me/work").json().get("projects").get(0);
        assertThat(work.get("notEligible").asString()).contains("chemistry");
        assertThat(annotator.postEmpty("/api/v1/me/tasks/next").status()).as("passed over across projects").isEqualTo(204);

        annotator.putJson("/api/v1/me/profile", PROFILE);
        String credential = annotator.postJson("/api/v1/me/profile/credentials", "{\"kind\":\"licence\",\"title\":\"Bar admission\"}")
                .json().get("id").asString();
        assertThat(annotator.postEmpty(s.project() + "/tasks/next").json().get("detail").asString())
                .isEqualTo("This project requires a verified licence, which your profile does not have.");
        fixtures.client(s.lead()).putJson("/api/v1/people/" + s.annotator().id() + "/credentials/" + credential + "/verification",
                "{\"note\":\"Register checked\"}");
        var served = annotator.postEmpty(s.project() + "/tasks/next");
        assertThat(served.status()).as(served.text()).isEqualTo(200);
        assertThat(annotator.get("/api/v1/me/work").json().get("projects").get(0).get("notEligible").isNull()).isTrue();

        // The in-house annotator without a profile: refused on the skill; the manager's list says the same line.
        assertThat(fixtures.client(s.inHouse()).postEmpty(s.project() + "/tasks/next").status()).isEqualTo(403);
        JsonNode annotators = manager.get(s.project() + "/people").json();
        var lines = new java.util.ArrayList<String>();
        annotators.forEach(a -> lines.add(a.get("notEligible").isNull() ? null : a.get("notEligible").asString()));
        assertThat(lines).containsExactlyInAnyOrder(null, "This project requires the skill \u201cchemistry\u201d, which your profile does not list.");

        var gold = manager.putJson(s.project() + "/requirements", "{\"minGoldAccuracy\":0.9,\"minGoldAnswers\":5}");
        assertThat(gold.status()).isEqualTo(200);
        assertThat(fixtures.client(s.annotator()).get("/api/v1/me/work").json().get("projects").get(0).get("notEligible").asString())
                .contains("gold accuracy of at least 90% over 5 gold answers");
        assertThat(manager.putJson(s.project() + "/requirements", "{\"minGoldAccuracy\":1.5}").status()).isEqualTo(422);
        assertThat(manager.putJson(s.project() + "/requirements", "{}").status()).isEqualTo(200);
        assertThat(fixtures.client(s.inHouse()).postEmpty(s.project() + "/tasks/next").status()).isEqualTo(200);
    }

    static JsonNode vendorEntry(JsonNode people) {
        for (JsonNode p : people) {
            if (!p.get("inHouse").asBoolean()) {
                return p;
            }
        }
        throw new AssertionError("no vendor's person in " + people);
    }

    @Test
    void malformedProfilesAndRequirementsAreRefusedNeverAServerError() {
        var s = setup();
        ApiClient me = fixtures.client(s.annotator());
        ApiClient manager = fixtures.client(s.lab().manager());
        for (String body : List.of("{\"skills\":[null]}", "{\"skills\":\"chemistry\"}", "{\"languages\":[null]}",
                "{\"languages\":[{\"language\":\"ko\"}]}", "{\"languages\":[{\"language\":\"ko\",\"level\":\"Z9\"}]}",
                "{\"availability\":{\"FUNDAY\":[]}}", "{\"availability\":{\"MONDAY\":[null]}}", "{\"timeZone\":\"+02:00\"}",
                "[]", "not json")) {
            assertThat(me.putJson("/api/v1/me/profile", body).status()).as(body).isBetween(400, 422);
        }
        for (String body : List.of("{\"kind\":\"licence\"}", "{\"kind\":\"licence\",\"title\":\"  \"}", "{\"title\":\"x\"}")) {
            assertThat(me.postJson("/api/v1/me/profile/credentials", body).status()).as(body).isBetween(400, 422);
        }
        for (String body : List.of("{\"skills\":[null]}", "{\"languages\":[null]}", "{\"credentials\":[null]}",
                "{\"credentials\":[{\"kind\":\"x\"}]}", "{\"languages\":[{\"language\":\"ko\"}]}",
                "{\"minGoldAccuracy\":-1}", "{\"minGoldAccuracy\":0.12345}", "{\"minGoldAnswers\":0,\"minGoldAccuracy\":0.5}")) {
            assertThat(manager.putJson(s.project() + "/requirements", body).status()).as(body).isBetween(400, 422);
        }
        assertThat(fixtures.client(s.lead()).get("/api/v1/people/not-a-uuid").status()).isBetween(400, 404);
        assertThat(manager.get(s.project() + "/requirements").json().get("skills").size()).as("nothing stored").isZero();
    }

    /** The actions in an organization's access log (inside its tenant transaction, as the application reads it). */
    List<String> actions(UUID org) {
        return tenants.read(org, () -> jdbc.sql("select action from audit_events where tenant_id = ?").param(org)
                .query(String.class).list());
    }
}
