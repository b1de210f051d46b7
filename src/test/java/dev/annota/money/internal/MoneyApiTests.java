package dev.annota.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.money.Costs;
import dev.annota.money.Period;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Rates, ledgers and budgets over HTTP: every ledger sums to the work done at its rates after concurrent submits, a
 * rejection reverses what was paid per task, the budget's hard stop and alerts, the CSV, the access log, and who may
 * see what (another lab, another vendor, an annotator, anonymous). On H2 here, on PostgreSQL under row-level security
 * in MoneyPostgresTests.
 */
@ApiTest
class MoneyApiTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Projects projects;
    @Autowired
    Costs costs;

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String PERIOD = "?from=" + TODAY + "&to=" + TODAY;

    private static String rate(String vendor, String project, String tier, String basis, String amount) {
        return "{" + (vendor == null ? "" : "\"vendorOrgId\":\"" + vendor + "\",") + (project == null ? "" : "\"projectId\":\"" + project + "\",")
                + (tier == null ? "" : "\"tier\":\"" + tier + "\",") + "\"basis\":\"" + basis + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"EUR\"}";
    }

    private static void ok(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.toString() + " " + r.text()).isEqualTo(status);
    }

    private static BigDecimal total(JsonNode statement) {
        JsonNode eur = statement.get("totals").get("EUR");
        return eur == null ? BigDecimal.ZERO : new BigDecimal(eur.asString());
    }

    @Test
    void everyLedgerSumsToTheWorkDoneAtItsRatesToTheCentAfterConcurrentSubmits() throws Exception {
        var setup = fixtures.labProject("Money lab", 1, 30);
        String base = setup.base();
        Organization vendor = fixtures.engagedVendor(setup);
        ApiClient lab = fixtures.client(setup.manager());
        CurrentUser lead = fixtures.user(vendor, Role.MANAGER);
        ApiClient vendorLead = fixtures.client(lead);
        List<CurrentUser> vendorPeople = fixtures.annotators(vendor, 4);
        List<CurrentUser> inHouse = fixtures.annotators(setup.lab(), 2);

        // The lab's contract with the vendor: 1.00 a task by default, 1.505 (posted as 1.50, half-even) for its experts on
        // this project; its own people's pay 0.75. The vendor's pay: 0.60, 0.905 (posted as 0.90) for experts.
        ok(lab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), null, null, "TASK", "1.00")), 200);
        ok(lab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), setup.project().id().toString(), "expert", "TASK", "1.505")), 200);
        ok(lab.putJson("/api/v1/money/pay-rates", rate(null, null, null, "TASK", "0.75")), 200);
        ok(vendorLead.putJson("/api/v1/money/pay-rates", rate(null, null, null, "TASK", "0.60")), 200);
        ok(vendorLead.putJson("/api/v1/money/pay-rates", rate(null, null, "expert", "TASK", "0.905")), 200);
        ok(vendorLead.putJson("/api/v1/money/tiers/" + vendorPeople.get(0).id(), "{\"tier\":\"expert\"}"), 204);
        ok(vendorLead.putJson("/api/v1/money/tiers/" + vendorPeople.get(1).id(), "{\"tier\":\"expert\"}"), 204);

        // Six annotators work the 30 items at once.
        var everyone = new ArrayList<CurrentUser>(vendorPeople);
        everyone.addAll(inHouse);
        Map<UUID, Integer> done = new ConcurrentHashMap<>();
        try (var pool = Executors.newFixedThreadPool(everyone.size())) {
            var futures = new ArrayList<Future<?>>();
            for (CurrentUser a : everyone) {
                ApiClient client = fixtures.client(a);
                futures.add(pool.submit(() -> done.put(a.id(), WorkSteps.workUntilDone(client, base))));
            }
            for (var f : futures) {
                f.get();
            }
        }
        assertThat(done.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);

        BigDecimal contract = BigDecimal.ZERO;
        BigDecimal vendorPay = BigDecimal.ZERO;
        BigDecimal labPay = BigDecimal.ZERO;
        for (CurrentUser a : vendorPeople) {
            boolean expert = a == vendorPeople.get(0) || a == vendorPeople.get(1);
            BigDecimal n = BigDecimal.valueOf(done.get(a.id()));
            contract = contract.add(n.multiply(new BigDecimal(expert ? "1.50" : "1.00")));
            vendorPay = vendorPay.add(n.multiply(new BigDecimal(expert ? "0.90" : "0.60")));
        }
        for (CurrentUser a : inHouse) {
            labPay = labPay.add(BigDecimal.valueOf(done.get(a.id())).multiply(new BigDecimal("0.75")));
        }
        int vendorAnswers = vendorPeople.stream().mapToInt(a -> done.get(a.id())).sum();

        JsonNode labContract = lab.get("/api/v1/money/contract-ledger" + PERIOD).json();
        assertThat(total(labContract)).isEqualByComparingTo(contract);
        assertThat(labContract.get("entries").size()).isEqualTo(vendorAnswers);
        JsonNode vendorContract = vendorLead.get("/api/v1/money/contract-ledger" + PERIOD).json();
        assertThat(total(vendorContract)).as("the vendor sees the same contract entries").isEqualByComparingTo(contract);
        JsonNode vendorLedger = vendorLead.get("/api/v1/money/pay-ledger" + PERIOD).json();
        assertThat(total(vendorLedger)).isEqualByComparingTo(vendorPay);
        assertThat(vendorLedger.get("entries").size()).isEqualTo(vendorAnswers);
        JsonNode labLedger = lab.get("/api/v1/money/pay-ledger" + PERIOD).json();
        assertThat(total(labLedger)).isEqualByComparingTo(labPay);
        assertThat(labLedger.get("entries").size()).isEqualTo(30 - vendorAnswers);

        // The lab sees the vendor's people as pseudonyms only; the vendor sees its own people.
        UUID expertId = vendorPeople.get(0).id();
        if (done.get(expertId) > 0) {
            assertThat(labContract.toString()).doesNotContain(expertId.toString()).contains(Pseudonyms.of(setup.lab().id(), expertId));
            assertThat(vendorContract.toString()).contains(expertId.toString());
        }
        // Each annotator sees their own earnings and no one else's.
        for (CurrentUser a : everyone) {
            JsonNode mine = fixtures.client(a).get("/api/v1/me/earnings" + PERIOD).json();
            assertThat(mine.get("entries").size()).isEqualTo(done.get(a.id()));
            for (JsonNode e : mine.get("entries")) {
                assertThat(e.get("person").asString()).isEqualTo(a.id().toString());
            }
        }
        // The facade for the vendor comparison: the lab's costs per workforce organization.
        var byWorkforce = costs.ofProject(setup.lab().id(), setup.project().id(), new Period(LocalDate.parse(TODAY), LocalDate.parse(TODAY)));
        assertThat(byWorkforce).hasSize(2);
        var ofVendor = byWorkforce.stream().filter(c -> c.workforceOrgId().equals(vendor.id())).findFirst().orElseThrow();
        assertThat(ofVendor.total().amount()).isEqualByComparingTo(contract);
        assertThat(ofVendor.tasks()).isEqualTo(vendorAnswers);
        var ofLab = byWorkforce.stream().filter(c -> c.workforceOrgId().equals(setup.lab().id())).findFirst().orElseThrow();
        assertThat(ofLab.total().amount()).isEqualByComparingTo(labPay);
    }

    @Test
    void aRejectionReversesWhatWasPaidPerTaskAndAnAcceptancePaysPerAcceptedTask() throws Exception {
        var setup = fixtures.labProject("Review money lab", 1, 2);
        String base = setup.base();
        Organization vendor = fixtures.engagedVendor(setup);
        ApiClient lab = fixtures.client(setup.manager());
        ApiClient vendorLead = fixtures.client(fixtures.user(vendor, Role.ADMIN));
        ok(lab.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}"), 200);
        ok(lab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), setup.project().id().toString(), null, "TASK", "2.00")), 200);
        ok(vendorLead.putJson("/api/v1/money/pay-rates", rate(null, null, null, "ACCEPTED_TASK", "1.25")), 200);
        CurrentUser annotator = fixtures.user(vendor, Role.ANNOTATOR);
        assertThat(WorkSteps.workUntilDone(fixtures.client(annotator), base)).isEqualTo(2);
        // Per accepted task on a reviewed project: nothing yet.
        assertThat(total(vendorLead.get("/api/v1/money/pay-ledger" + PERIOD).json())).isEqualByComparingTo("0");
        assertThat(total(lab.get("/api/v1/money/contract-ledger" + PERIOD).json())).isEqualByComparingTo("4.00");

        ApiClient reviewer = fixtures.client(fixtures.user(setup.lab(), Role.REVIEWER));
        JsonNode first = WorkSteps.nextReview(reviewer, base);
        ok(reviewer.postJson(base + "/reviews/" + first.get("reviewId").asString() + "/decision",
                "{\"decision\":\"REJECT\",\"fencingToken\":" + first.get("fencingToken").asLong() + ",\"feedback\":\"No.\"}"), 200);
        JsonNode second = WorkSteps.nextReview(reviewer, base);
        ok(reviewer.postJson(base + "/reviews/" + second.get("reviewId").asString() + "/decision",
                "{\"decision\":\"ACCEPT\",\"fencingToken\":" + second.get("fencingToken").asLong() + "}"), 200);

        JsonNode contract = lab.get("/api/v1/money/contract-ledger" + PERIOD).json();
        assertThat(total(contract)).as("2 tasks at 2.00, one reversed").isEqualByComparingTo("2.00");
        assertThat(contract.get("entries").findValuesAsString("kind")).containsExactlyInAnyOrder("TASK", "TASK", "REVERSAL");
        JsonNode pay = vendorLead.get("/api/v1/money/pay-ledger" + PERIOD).json();
        assertThat(total(pay)).as("one accepted task at 1.25").isEqualByComparingTo("1.25");
        assertThat(pay.get("entries").findValuesAsString("kind")).containsExactly("ACCEPTED");
        assertThat(total(fixtures.client(annotator).get("/api/v1/me/earnings" + PERIOD).json())).isEqualByComparingTo("1.25");
    }

    @Test
    void noClaimIsServedPastTheBudgetAndTheManagersAreToldOncePerThreshold() {
        var setup = fixtures.labProject("Budget lab", 1, 5);
        String base = setup.base();
        ApiClient lab = fixtures.client(setup.manager());
        ok(lab.putJson("/api/v1/money/pay-rates", rate(null, setup.project().id().toString(), null, "TASK", "1.00")), 200);
        var budget = lab.putJson(base + "/budget", "{\"amount\":\"2.50\",\"currency\":\"EUR\",\"thresholds\":[50,100]}");
        ok(budget, 200);
        assertThat(budget.json().get("spent").asString()).isEqualTo("0.00");
        ApiClient annotator = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));
        ApiClient colleague = fixtures.client(fixtures.user(setup.lab(), Role.ANNOTATOR));

        // 0 spent + this task (1.00) fits; with the colleague's live lease, 0 + 2 × 1.00 still fits; a third would not.
        var held = colleague.postEmpty(base + "/tasks/next");
        ok(held, 200);
        var first = annotator.postEmpty(base + "/tasks/next");
        ok(first, 200);
        ok(annotator.postJson(base + "/assignments/" + first.json().get("assignmentId").asString() + "/annotation", "{\"label\":\"a\"}"), 201);
        ok(colleague.postJson(base + "/assignments/" + held.json().get("assignmentId").asString() + "/annotation", "{\"label\":\"b\"}"), 201);
        // 2.00 spent: 80 %, past the 50 % threshold; another task would make 3.00 > 2.50.
        var refused = annotator.postEmpty(base + "/tasks/next");
        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(refused.json().get("title").asString()).isEqualTo("Budget exhausted");
        assertThat(lab.get(base + "/budget").json().get("spent").asString()).isEqualTo("2.00");

        JsonNode notes = lab.get("/api/v1/me/notifications").json().get("notifications");
        assertThat(notes.findValuesAsString("kind").stream().filter("BUDGET_THRESHOLD"::equals)).hasSize(1);

        // A bigger budget lets work go on.
        ok(lab.putJson(base + "/budget", "{\"amount\":\"10\",\"currency\":\"EUR\"}"), 200);
        ok(annotator.postEmpty(base + "/tasks/next"), 200);
    }

    @Test
    void theLedgerExportsAsCsvWithAdjustmentsAndPayoutsAndTheAccessLogRecordsThem() {
        var setup = fixtures.labProject("Csv lab", 1, 0);
        Organization vendor = fixtures.engagedVendor(setup);
        ApiClient lab = fixtures.client(setup.manager());
        ok(lab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), null, null, "TASK", "1.00")), 200);
        ok(lab.postJson("/api/v1/money/contract-ledger/adjustments", "{\"vendorOrgId\":\"" + vendor.id()
                + "\",\"amount\":\"12.345\",\"currency\":\"EUR\",\"reason\":\"x\"}"), 422);
        ok(lab.postJson("/api/v1/money/contract-ledger/adjustments", "{\"vendorOrgId\":\"" + vendor.id()
                + "\",\"amount\":\"12.34\",\"currency\":\"EUR\",\"reason\":\"Setup fee, \\\"kick-off\\\"\"}"), 201);
        ok(lab.postJson("/api/v1/money/contract-ledger/payouts", "{\"vendorOrgId\":\"" + vendor.id()
                + "\",\"amount\":\"10\",\"currency\":\"EUR\",\"reason\":\"=HYPERLINK(1)\"}"), 201);
        var csv = lab.get("/api/v1/money/contract-ledger.csv" + PERIOD);
        ok(csv, 200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("at,ledger,kind,vendor_org_id,customer_org_id,person,project_id,annotation_id,amount,currency,rate,active_millis,reason");
        assertThat(lines[1]).contains(",ADJUSTMENT,", ",12.34,EUR,", ",\"Setup fee, \"\"kick-off\"\"\"");
        assertThat(lines[2]).contains(",PAYOUT,", ",-10.00,EUR,", ",'=HYPERLINK(1)");
        assertThat(total(lab.get("/api/v1/money/contract-ledger" + PERIOD).json())).as("the balance: what is still owed")
                .isEqualByComparingTo("2.34");

        String checkpoint = lab.post("/api/v1/audit/checkpoint", "application/json", HttpRequest.BodyPublishers.noBody()).text();
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        String events = lab.get("/api/v1/audit/events?size=" + size).text();
        assertThat(events).contains("\"money.rate.set\"", "\"money.adjustment\"", "\"money.payout\"");
    }

    @Test
    void noOneSeesAnotherOrganizationsRatesLedgersOrBudgets() {
        var setup = fixtures.labProject("Isolated lab", 1, 1);
        String base = setup.base();
        Organization vendor = fixtures.engagedVendor(setup);
        Organization otherVendor = fixtures.engagedVendor(setup);
        ApiClient lab = fixtures.client(setup.manager());
        CurrentUser vendorAnnotator = fixtures.user(vendor, Role.ANNOTATOR);
        ok(lab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), null, null, "TASK", "3.33")), 200);
        ok(lab.putJson("/api/v1/money/contract-rates", rate(otherVendor.id().toString(), null, null, "TASK", "4.44")), 200);
        ok(lab.putJson(base + "/budget", "{\"amount\":\"100\",\"currency\":\"EUR\"}"), 200);
        ApiClient vendorLead = fixtures.client(fixtures.user(vendor, Role.MANAGER));
        ok(vendorLead.putJson("/api/v1/money/pay-rates", rate(null, null, null, "TASK", "1.11")), 200);
        ok(vendorLead.putJson("/api/v1/money/tiers/" + vendorAnnotator.id(), "{\"tier\":\"senior\"}"), 204);
        ok(vendorLead.postJson("/api/v1/money/pay-ledger/adjustments", "{\"personId\":\"" + vendorAnnotator.id()
                + "\",\"amount\":\"5.55\",\"currency\":\"EUR\",\"reason\":\"bonus\"}"), 201);

        // Another vendor on the same project: its own contract rate only, never the first vendor's rates or pay.
        ApiClient otherLead = fixtures.client(fixtures.user(otherVendor, Role.ADMIN));
        String seenByOther = otherLead.get("/api/v1/money/contract-rates").text();
        assertThat(seenByOther).contains("4.44").doesNotContain("3.33");
        assertThat(otherLead.get("/api/v1/money/pay-rates").text()).doesNotContain("1.11");
        assertThat(otherLead.get("/api/v1/money/pay-ledger" + PERIOD).text()).doesNotContain("5.55");
        assertThat(otherLead.get("/api/v1/money/tiers").text()).doesNotContain("senior");
        ok(otherLead.putJson("/api/v1/money/tiers/" + vendorAnnotator.id(), "{\"tier\":\"x\"}"), 404);
        ok(otherLead.postJson("/api/v1/money/pay-ledger/payouts", "{\"personId\":\"" + vendorAnnotator.id()
                + "\",\"amount\":\"1\",\"currency\":\"EUR\",\"reason\":\"x\"}"), 404);
        ok(otherLead.putJson("/api/v1/money/contract-rates", rate(otherVendor.id().toString(), null, null, "TASK", "9")), 403);
        ok(otherLead.get(base + "/budget"), 403);
        // The vendor sees its contract with the lab, and its own pay; not the lab's budget.
        assertThat(vendorLead.get("/api/v1/money/contract-rates").text()).contains("3.33").doesNotContain("4.44");
        assertThat(vendorLead.get("/api/v1/money/pay-ledger" + PERIOD).text()).contains("5.55");

        // The lab sees its contracts, never the vendor's pay to its people.
        assertThat(lab.get("/api/v1/money/contract-rates").text()).contains("3.33", "4.44");
        assertThat(lab.get("/api/v1/money/pay-rates").text()).doesNotContain("1.11");
        assertThat(lab.get("/api/v1/money/pay-ledger" + PERIOD).text()).doesNotContain("5.55");
        ok(lab.putJson("/api/v1/money/tiers/" + vendorAnnotator.id(), "{\"tier\":\"x\"}"), 404);

        // Another lab: nothing of this lab's.
        var otherLab = fixtures.client(fixtures.user(fixtures.organization(OrganizationKind.CUSTOMER, "Other lab"), Role.ADMIN));
        assertThat(otherLab.get("/api/v1/money/contract-rates").text()).doesNotContain("3.33", "4.44");
        assertThat(otherLab.get("/api/v1/money/contract-ledger" + PERIOD).json().get("entries").size()).isZero();
        ok(otherLab.get(base + "/budget"), 404);
        ok(otherLab.putJson(base + "/budget", "{\"amount\":\"1\",\"currency\":\"EUR\"}"), 404);
        ok(otherLab.putJson("/api/v1/money/contract-rates", rate(vendor.id().toString(), setup.project().id().toString(), null, "TASK", "0")), 404);

        // An annotator: their own earnings only.
        ApiClient annotator = fixtures.client(vendorAnnotator);
        assertThat(annotator.get("/api/v1/me/earnings" + PERIOD).text()).contains("5.55");
        for (String path : List.of("/api/v1/money/contract-rates", "/api/v1/money/pay-rates", "/api/v1/money/tiers",
                "/api/v1/money/contract-ledger", "/api/v1/money/pay-ledger", "/api/v1/money/pay-ledger.csv", base + "/budget")) {
            ok(annotator.get(path), 403);
        }
        ok(annotator.putJson("/api/v1/money/pay-rates", rate(null, null, null, "TASK", "100")), 403);
        ApiClient colleague = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        assertThat(colleague.get("/api/v1/me/earnings" + PERIOD).text()).doesNotContain("5.55");

        // Anonymous: 401 everywhere.
        ApiClient anonymous = fixtures.anonymous();
        for (String path : List.of("/api/v1/money/contract-rates", "/api/v1/money/pay-rates", "/api/v1/money/tiers",
                "/api/v1/money/contract-ledger", "/api/v1/money/pay-ledger", "/api/v1/money/contract-ledger.csv",
                "/api/v1/me/earnings", base + "/budget")) {
            ok(anonymous.get(path), 401);
        }
    }
}
