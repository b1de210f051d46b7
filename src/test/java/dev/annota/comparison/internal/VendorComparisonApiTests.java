package dev.annota.comparison.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The vendor comparison over HTTP: a lab's project (overlap 3, two ordinary and two gold items, gold served first,
 * every ordinary answer reviewed) labelled by an annotator of vendor A (all right, all accepted), one of vendor B (gold
 * missed, one ordinary answer off the consensus and rejected) and one of the lab (right, still in review). The lab
 * compares them; each vendor's lead sees their own people only; each annotator their own figures; and every other
 * caller is refused: another lab and a vendor not engaged 404, who may know the project 403, anonymous 401.
 */
@ApiTest
class VendorComparisonApiTests {

    @Autowired
    Fixtures fixtures;

    private Organization lab;
    private Organization vendorA;
    private Organization vendorB;
    private Project project;
    private String base;
    private ApiClient manager;
    private CurrentUser annotatorA;
    private CurrentUser annotatorB;
    private CurrentUser inHouse;
    private CurrentUser leadA;
    private CurrentUser leadB;

    @BeforeEach
    void threeWorkforcesLabelledAProject() throws InterruptedException {
        var setup = fixtures.labProject("Comparison lab", 3, 0);
        lab = setup.lab();
        project = setup.project();
        fixtures.itemsWithGold(project, setup.manager(), 2);
        vendorA = fixtures.engagedVendor(setup);
        vendorB = fixtures.engagedVendor(setup);
        base = "/api/v1/projects/" + project.id();
        manager = fixtures.client(setup.manager());
        assertThat(manager.putJson(base + "/quality/settings", "{\"goldRate\": 1}").status()).isEqualTo(200);
        assertThat(manager.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}").status()).isEqualTo(200);
        annotatorA = fixtures.user(vendorA, Role.ANNOTATOR);
        annotatorB = fixtures.user(vendorB, Role.ANNOTATOR);
        inHouse = fixtures.user(lab, Role.ANNOTATOR);
        leadA = fixtures.user(vendorA, Role.MANAGER);
        leadB = fixtures.user(vendorB, Role.ADMIN);
        ApiClient reviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        // Contract rates per task (A 0.50, B 0.80 EUR) and vendor A's pay to its people (0.30 a task).
        rate(manager, "contract-rates", "\"vendorOrgId\":\"" + vendorA.id() + "\",", "0.50");
        rate(manager, "contract-rates", "\"vendorOrgId\":\"" + vendorB.id() + "\",", "0.80");
        rate(fixtures.client(leadA), "pay-rates", "", "0.30");

        labelEverything(fixtures.client(annotatorA), List.of("a", "a", "a", "a"));
        awaitWaiting(2);
        decide(reviewer, "ACCEPT", "ACCEPT");
        labelEverything(fixtures.client(annotatorB), List.of("b", "b", "a", "c"));
        awaitWaiting(2);
        decide(reviewer, "REJECT", "ACCEPT");
        labelEverything(fixtures.client(inHouse), List.of("a", "a", "a", "a"));
        awaitWaiting(2);
    }

    private void rate(ApiClient lead, String ledger, String vendor, String amount) {
        var set = lead.putJson("/api/v1/money/" + ledger, "{" + vendor + "\"projectId\":\"" + project.id()
                + "\",\"basis\":\"TASK\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    /** Claims until nothing is left, answering in turn; gold comes first (goldRate 1). */
    private void labelEverything(ApiClient annotator, List<String> answers) {
        for (String answer : answers) {
            var task = annotator.postEmpty(base + "/tasks/next");
            assertThat(task.status()).as(task.toString()).isEqualTo(200);
            var submitted = annotator.postJson(base + "/assignments/" + task.json().get("assignmentId").asString()
                    + "/annotation", "{\"label\":\"" + answer + "\"}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        }
        assertThat(annotator.postEmpty(base + "/tasks/next").status()).isEqualTo(204);
    }

    private void decide(ApiClient reviewer, String... decisions) {
        for (String decision : decisions) {
            JsonNode task = reviewer.postEmpty(base + "/reviews/next").json();
            String body = decision.equals("REJECT") ? ",\"feedback\":\"Read it again.\"" : "";
            var decided = reviewer.postJson(base + "/reviews/" + task.get("reviewId").asString() + "/decision",
                    "{\"fencingToken\":" + task.get("fencingToken").asLong() + ",\"decision\":\"" + decision + "\"" + body + "}");
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        }
    }

    private void awaitWaiting(int reviews) throws InterruptedException {
        WorkSteps.awaitWaitingReviews(manager, base, reviews);
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode row(JsonNode rows, String field, Object value) {
        for (JsonNode r : rows) {
            if (r.get(field).asString().equals(value.toString())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }

    @Test
    void theLabComparesItsOwnPeopleAndEachVendorSideBySide() {
        JsonNode lab = ok(manager.get(base + "/comparison?method=mv"));
        assertThat(lab.get("method").asString()).isEqualTo("mv");
        assertThat(lab.get("activeTimeMeasured").asBoolean()).isTrue();
        JsonNode rows = lab.get("workforces");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("inHouse").asBoolean()).as("the lab's own people first").isTrue();
        assertThat(rows.get(0).get("name").asString()).isEqualTo(this.lab.name());

        JsonNode a = row(rows, "organizationId", vendorA.id()).get("figures");
        assertThat(a.get("labels").asLong()).isEqualTo(4);
        assertThat(a.get("labelsPerDay").asDouble()).isEqualTo(4 / 28.0);
        assertThat(a.get("goldAnswered").asLong()).isEqualTo(2);
        assertThat(a.get("goldAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(a.get("comparedWithConsensus").asLong()).isEqualTo(4);
        assertThat(a.get("agreementWithConsensus").asDouble()).isEqualTo(1.0);
        assertThat(a.get("reviewed").asLong()).isEqualTo(2);
        assertThat(a.get("reviewAcceptance").asDouble()).isEqualTo(1.0);
        assertThat(a.get("acceptedLabels").asLong()).isEqualTo(4);
        // Submitted through the API without the workbench's count (no Active-Millis): measured, and nothing.
        assertThat(a.get("activeMillis").asLong()).isZero();
        assertThat(a.get("activeSecondsPerLabel").asDouble()).isZero();
        assertThat(lab.get("costsKnown").asBoolean()).isTrue();
        assertThat(a.get("cost").get("amount").decimalValue()).as("4 tasks at 0.50").isEqualByComparingTo("2.00");
        assertThat(a.get("cost").get("currency").asString()).isEqualTo("EUR");
        assertThat(a.get("costPerAcceptedLabel").get("amount").decimalValue()).isEqualByComparingTo("0.50");

        JsonNode b = row(rows, "organizationId", vendorB.id()).get("figures");
        assertThat(b.get("labels").asLong()).isEqualTo(4);
        assertThat(b.get("goldCorrect").asLong()).isZero();
        assertThat(b.get("goldAccuracy").asDouble()).isZero();
        assertThat(b.get("agreementWithConsensus").asDouble()).as("gold missed twice, c against a once").isEqualTo(0.25);
        assertThat(b.get("reviewed").asLong()).isEqualTo(2);
        assertThat(b.get("reviewAcceptance").asDouble()).isEqualTo(0.5);
        assertThat(b.get("acceptedLabels").asLong()).as("two gold answers and the accepted one").isEqualTo(3);
        assertThat(b.get("cost").get("amount").decimalValue()).as("4 tasks at 0.80, the rejected one reversed")
                .isEqualByComparingTo("2.40");
        assertThat(b.get("costPerAcceptedLabel").get("amount").decimalValue()).isEqualByComparingTo("0.80");

        JsonNode own = row(rows, "organizationId", this.lab.id()).get("figures");
        assertThat(own.get("labels").asLong()).isEqualTo(4);
        assertThat(own.get("goldAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(own.get("reviewed").asLong()).isZero();
        assertThat(own.get("reviewAcceptance").isNull()).isTrue();
        assertThat(own.get("acceptedLabels").asLong()).as("the two in review do not stand yet").isEqualTo(2);
        assertThat(own.get("cost").isNull()).as("no pay rate of the lab's").isTrue();

        // People: a vendor's by pseudonym only, the lab's own by name too.
        JsonNode people = lab.get("people");
        assertThat(people).hasSize(3);
        JsonNode personA = row(people, "pseudonym", Pseudonyms.of(this.lab.id(), annotatorA.id()));
        assertThat(personA.get("name").isNull()).isTrue();
        assertThat(personA.get("activeHours").isNull()).as("a vendor's people's hours stay with the vendor").isTrue();
        assertThat(personA.get("figures").get("activeMillis").isNull()).isTrue();
        assertThat(personA.get("figures").get("activeSecondsPerLabel").asDouble()).isZero();
        assertThat(personA.get("figures").get("goldAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(row(people, "pseudonym", Pseudonyms.of(this.lab.id(), inHouse.id())).get("name").asString())
                .isEqualTo(inHouse.displayName());
        assertThat(lab.toString()).doesNotContain(annotatorA.email(), annotatorB.email(), annotatorA.id().toString(),
                annotatorB.id().toString());

        // The trend adds up to the table; the distribution puts A's annotator at the top and B's at the bottom.
        JsonNode trend = lab.get("trend");
        assertThat(trend).hasSize(28);
        long labelsOfB = 0;
        for (JsonNode day : trend) {
            labelsOfB += row(day.get("workforces"), "workforceId", vendorB.id()).get("labels").asLong();
        }
        assertThat(labelsOfB).isEqualTo(4);
        assertThat(row(lab.get("distribution"), "workforceId", vendorA.id()).get("people").toString())
                .isEqualTo("[0,0,0,0,0,0,0,0,0,1]");
        assertThat(row(lab.get("distribution"), "workforceId", vendorB.id()).get("people").toString())
                .isEqualTo("[1,0,0,0,0,0,0,0,0,0]");
    }

    @Test
    void theLabDownloadsItsTableAsCsv() {
        var csv = manager.get(base + "/comparison.csv?method=mv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment", "comparison-" + project.id());
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).startsWith("from,to,workforce_id,workforce,in_house,labels,");
        String b = lines.stream().filter(l -> l.contains(vendorB.id().toString())).findFirst().orElseThrow();
        assertThat(b).contains(",\"" + vendorB.name() + "\",false,4,", ",2,0,0,4,0.25,2,0.5,3,0,2.40,0.8000,EUR");
    }

    @Test
    void aVendorsLeadSeesTheirOwnPeopleByNameAndNothingOfAnotherVendor() {
        JsonNode mine = ok(fixtures.client(leadA).get(base + "/comparison/own-workforce?method=mv"));
        assertThat(mine.get("workforce").get("organizationId").asString()).isEqualTo(vendorA.id().toString());
        assertThat(mine.get("workforce").get("figures").get("goldAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(mine.get("people")).hasSize(1);
        assertThat(mine.get("people").get(0).get("name").asString()).isEqualTo(annotatorA.displayName());
        assertThat(mine.get("people").get(0).get("activeHours").asDouble()).as("their own people's hours").isZero();
        assertThat(mine.get("people").get(0).get("earnings").get("amount").decimalValue()).as("4 tasks at 0.30")
                .isEqualByComparingTo("1.20");
        assertThat(mine.get("workforce").get("figures").get("cost").get("amount").decimalValue())
                .as("their own contract with the lab").isEqualByComparingTo("2.00");
        assertThat(mine.get("trend").get(0).get("workforces")).hasSize(1);
        String body = mine.toString();
        assertThat(body).doesNotContain(vendorB.id().toString(), vendorB.name(), lab.id().toString(),
                Pseudonyms.of(lab.id(), annotatorB.id()), Pseudonyms.of(lab.id(), inHouse.id()), annotatorB.id().toString());

        JsonNode theirs = ok(fixtures.client(leadB).get(base + "/comparison/own-workforce?method=mv"));
        assertThat(theirs.get("workforce").get("figures").get("reviewAcceptance").asDouble()).isEqualTo(0.5);
        assertThat(theirs.get("workforce").get("figures").get("cost").get("amount").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(theirs.toString()).doesNotContain(vendorA.id().toString(), vendorA.name(),
                Pseudonyms.of(lab.id(), annotatorA.id())).doesNotContainPattern("\"amount\":2\\.0*[,}]");
        assertThat(mine.toString()).doesNotContainPattern("\"amount\":2\\.40*[,}]");
    }

    @Test
    void anAnnotatorSeesTheirOwnFiguresWithTheirLatestRightGoldAnswersHeldBack() {
        JsonNode a = ok(fixtures.client(annotatorA).get(base + "/comparison/me?method=mv"));
        assertThat(a.get("figures").get("labels").asLong()).isEqualTo(4);
        assertThat(a.get("figures").get("reviewAcceptance").asDouble()).isEqualTo(1.0);
        assertThat(a.get("figures").get("goldAnswered").asLong()).as("right answers among the latest 5 are held back").isZero();
        assertThat(a.get("earnings").get("amount").decimalValue()).isEqualByComparingTo("1.20");
        JsonNode b = ok(fixtures.client(annotatorB).get(base + "/comparison/me?method=mv"));
        assertThat(b.get("figures").get("goldAnswered").asLong()).as("misses are told at once").isEqualTo(2);
        assertThat(b.get("figures").get("goldCorrect").asLong()).isZero();
        assertThat(b.get("figures").get("agreementWithConsensus").asDouble()).isEqualTo(0.25);
        assertThat(b.toString()).doesNotContain(vendorA.id().toString(), annotatorA.id().toString());
    }

    @Test
    void aWrongPeriodOrMethodIsRefusedNamingTheParameter() {
        var malformed = manager.get(base + "/comparison?from=yesterday");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("field").asString()).isEqualTo("from");
        var backwards = manager.get(base + "/comparison/own-workforce?from=2026-12-02&to=2026-12-01");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("field").asString()).isEqualTo("to");
        var long_ = manager.get(base + "/comparison.csv?from=2020-01-01&to=2026-01-01");
        assertThat(long_.status()).isEqualTo(422);
        assertThat(long_.json().get("field").asString()).isEqualTo("to");
        var method = fixtures.client(annotatorA).get(base + "/comparison/me?method=best");
        assertThat(method.status()).isEqualTo(422);
        assertThat(method.json().get("field").asString()).isEqualTo("method");
        var earlier = manager.get(base + "/comparison?from=2020-01-01&to=2020-01-31");
        assertThat(ok(earlier).get("workforces").get(1).get("figures").get("labels").asLong()).as("nothing then").isZero();
    }

    @Test
    void everyCallerOutsideAViewIsRefused() {
        Organization otherLab = fixtures.organization(OrganizationKind.CUSTOMER, "Other lab");
        Organization otherVendor = fixtures.organization(OrganizationKind.WORKFORCE, "Other vendor");
        Role[] all = Role.values();
        Map<String, ApiClient> outsiders = Map.of(
                "another lab", fixtures.client(fixtures.user(otherLab, all)),
                "a vendor not engaged", fixtures.client(fixtures.user(otherVendor, all)));
        List<String> paths = List.of("/comparison", "/comparison.csv", "/comparison/own-workforce", "/comparison/me");
        for (String path : paths) {
            for (var outsider : outsiders.entrySet()) {
                var r = outsider.getValue().get(base + path);
                assertThat(r.status()).as(outsider.getKey() + " " + path).isEqualTo(404);
                assertThat(r.text()).doesNotContain(vendorA.id().toString(), project.name());
            }
            assertThat(fixtures.anonymous().get(base + path).status()).as("anonymous " + path).isEqualTo(401);
        }
        // Who may know the project but not read the view: 403.
        ApiClient vendorLead = fixtures.client(leadA);
        ApiClient annotator = fixtures.client(annotatorA);
        ApiClient labReviewer = fixtures.client(fixtures.user(lab, Role.REVIEWER));
        for (var refused : List.of(Map.entry(vendorLead, "/comparison"), Map.entry(vendorLead, "/comparison.csv"),
                Map.entry(vendorLead, "/comparison/me"), Map.entry(annotator, "/comparison"),
                Map.entry(annotator, "/comparison.csv"), Map.entry(annotator, "/comparison/own-workforce"),
                Map.entry(labReviewer, "/comparison"), Map.entry(labReviewer, "/comparison/own-workforce"),
                Map.entry(manager, "/comparison/me"))) {
            var r = refused.getKey().get(base + refused.getValue());
            assertThat(r.status()).as(refused.getValue()).isEqualTo(403);
            assertThat(r.text()).doesNotContain(vendorB.id().toString(), "labels");
        }
    }
}
