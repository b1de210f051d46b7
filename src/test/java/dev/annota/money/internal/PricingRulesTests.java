package dev.annota.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import dev.annota.project.Project;
import dev.annota.schema.TaskType;
import org.junit.jupiter.api.Test;

/** When work is priced and at what, without Spring: the phases of WorkPricing and the hard stop's estimate. */
class PricingRulesTests {

    private final UUID lab = UUID.randomUUID();
    private final UUID vendor = UUID.randomUUID();
    private final UUID projectId = UUID.randomUUID();

    private PaidWork.Done done(long activeMillis) {
        return new PaidWork.Done(lab, UUID.randomUUID(), projectId, UUID.randomUUID(), vendor, "text-classification", activeMillis, false);
    }

    private Rate rate(RateBasis basis, String amount, String tier) {
        return new Rate(UUID.randomUUID(), lab, Ledger.CONTRACT, vendor, projectId, null, tier, basis, Money.of(amount, "EUR"),
                UUID.randomUUID(), Instant.EPOCH);
    }

    @Test
    void perTaskIsPostedAtSubmitAndNeverAtAcceptance() {
        var rates = List.of(rate(RateBasis.TASK, "0.125", null));
        var e = WorkPricing.entry(Ledger.CONTRACT, done(0), null, rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED_FOR_REVIEW).orElseThrow();
        assertThat(e.kind()).isEqualTo(EntryKind.TASK);
        assertThat(e.amount()).isEqualTo(Money.of("0.12", "EUR"));
        assertThat(e.rate()).isEqualTo(Money.of("0.125", "EUR"));
        assertThat(WorkPricing.entry(Ledger.CONTRACT, done(0), null, rates, Instant.EPOCH, WorkPricing.Phase.ACCEPTED)).isEmpty();
    }

    @Test
    void perAcceptedTaskIsPostedAtAcceptanceOrAtSubmitWhenTheProjectHasNoReview() {
        var rates = List.of(rate(RateBasis.ACCEPTED_TASK, "2", null));
        assertThat(WorkPricing.entry(Ledger.PAY, done(0), null, rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED_FOR_REVIEW)).isEmpty();
        assertThat(WorkPricing.entry(Ledger.PAY, done(0), null, rates, Instant.EPOCH, WorkPricing.Phase.ACCEPTED).orElseThrow().kind())
                .isEqualTo(EntryKind.ACCEPTED);
        assertThat(WorkPricing.entry(Ledger.PAY, done(0), null, rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED).orElseThrow().kind())
                .isEqualTo(EntryKind.ACCEPTED);
    }

    @Test
    void perHourPaysTheActiveTimeRoundedOnce() {
        var rates = List.of(rate(RateBasis.ACTIVE_HOUR, "18.00", null));
        var e = WorkPricing.entry(Ledger.CONTRACT, done(150_000), null, rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED).orElseThrow();
        assertThat(e.kind()).isEqualTo(EntryKind.HOURS);
        assertThat(e.amount()).isEqualTo(Money.of("0.75", "EUR"));
        assertThat(e.activeMillis()).isEqualTo(150_000L);
    }

    @Test
    void theTierRateAppliesOnlyToThatTier() {
        var rates = List.of(rate(RateBasis.TASK, "1.00", null), rate(RateBasis.TASK, "1.50", "expert"));
        assertThat(WorkPricing.entry(Ledger.CONTRACT, done(0), "expert", rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED)
                .orElseThrow().amount()).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(WorkPricing.entry(Ledger.CONTRACT, done(0), "novice", rates, Instant.EPOCH, WorkPricing.Phase.SUBMITTED)
                .orElseThrow().amount()).isEqualTo(Money.of("1.00", "EUR"));
        assertThat(WorkPricing.entry(Ledger.CONTRACT, done(0), null, List.of(), Instant.EPOCH, WorkPricing.Phase.SUBMITTED)).isEmpty();
    }

    @Test
    void theHardStopEstimatesTheHighestTierAtTheMostSpecificLevelAndAWholeLeaseForHourlyWork() {
        Project project = new Project(lab, projectId, "p", "g", TaskType.TEXT_CLASSIFICATION, 1, 1, 600, 0, UUID.randomUUID(),
                Instant.EPOCH, null);
        Money budget = Money.of("100", "EUR");
        var generic = new Rate(UUID.randomUUID(), lab, Ledger.CONTRACT, vendor, null, null, null, RateBasis.TASK,
                Money.of("9.00", "EUR"), UUID.randomUUID(), Instant.EPOCH);
        assertThat(BudgetHardStop.estimate(List.of(generic, rate(RateBasis.TASK, "1.00", null), rate(RateBasis.TASK, "1.50", "expert")),
                project, budget)).contains(Money.of("1.50", "EUR"));
        // 12.00 an hour for a 600-second lease: 2.00.
        assertThat(BudgetHardStop.estimate(List.of(rate(RateBasis.ACTIVE_HOUR, "12.00", null)), project, budget))
                .contains(Money.of("2.00", "EUR"));
        // A rate in another currency than the budget's is not counted.
        assertThat(BudgetHardStop.estimate(List.of(new Rate(UUID.randomUUID(), lab, Ledger.CONTRACT, vendor, projectId, null, null,
                RateBasis.TASK, Money.of("5", "USD"), UUID.randomUUID(), Instant.EPOCH)), project, budget)).isEmpty();
    }
}
