package dev.annota.money.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.money.BudgetExceeded;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import dev.annota.project.Project;
import dev.annota.tenancy.RoundTrip;
import dev.annota.work.ClaimRule;
import dev.annota.work.LiveLeases;
import org.springframework.stereotype.Component;

/**
 * The budget's hard stop, a rule of every claim of new work: refused when the costs posted so far, plus the live
 * leases and this task each at the estimated cost of one task, would exceed the project's budget. Its three reads
 * (budget with the costs so far, the rates that may apply, the live leases) travel on the claim's first round trip.
 * The estimate of one task ({@link #estimate}) is the caller's organization's rate for the project and its task type,
 * the highest over the tiers at the most specific level (the tier is the vendor's, not read here); an hourly rate
 * counts the whole lease (active time never exceeds it). Rates in another currency than the budget's are not counted.
 */
@Component
record BudgetHardStop(LiveLeases leases) implements ClaimRule {

    record Standing(Money amount, BigDecimal spent) {
    }

    @Override
    public Verdict prepare(RoundTrip trip, ClaimRequest claim) {
        Project p = claim.project();
        UUID lab = p.tenantId();
        UUID org = claim.annotator().orgId();
        Ledger which = org.equals(lab) ? Ledger.PAY : Ledger.CONTRACT;
        var budget = trip.queryOptional("select b.amount, b.currency, " + LedgerStore.SPENT_OF_BUDGET
                        + " from budgets b where b.tenant_id = ? and b.project_id = ?",
                (rs, n) -> new Standing(Money.of(rs.getBigDecimal(1), rs.getString(2).strip()), rs.getBigDecimal(3)), lab, p.id());
        var candidates = trip.query("select " + RateStore.COLUMNS + " from money_rates where tenant_id = ? and ledger = ?"
                + " and vendor_org_id = ? and (project_id is null or project_id = ?)", RateStore.ROW, lab, which.name(), org, p.id());
        var live = leases.count(trip, lab, p.id(), claim.now());
        return () -> {
            Optional<Standing> standing = budget.get();
            if (standing.isEmpty()) {
                return;
            }
            Money amount = standing.get().amount();
            BigDecimal one = estimate(candidates.get(), p, amount).map(Money::amount).orElse(BigDecimal.ZERO);
            BigDecimal total = standing.get().spent().add(one.multiply(BigDecimal.valueOf(live.get() + 1)));
            if (total.compareTo(amount.amount()) > 0) {
                throw new BudgetExceeded("This project's budget of " + amount + " is spent: " + standing.get().spent().stripTrailingZeros()
                        .toPlainString() + " posted and " + live.get() + " task(s) in progress leave no room for another task.");
            }
        };
    }

    /** The estimated cost of one task of the project at these rates, in the budget's currency (empty: none applies). */
    static Optional<Money> estimate(List<Rate> rates, Project p, Money budget) {
        var matching = rates.stream().filter(r -> r.price().currency().equals(budget.currency()))
                .filter(r -> r.matches(p.id(), p.taskType().id(), r.tier())).toList();
        int level = matching.stream().mapToInt(r -> r.specificity() & ~1).max().orElse(-1);
        return matching.stream().filter(r -> (r.specificity() & ~1) == level)
                .map(r -> r.basis() == RateBasis.ACTIVE_HOUR
                        ? new Money(r.price().amount().multiply(BigDecimal.valueOf(p.leaseSeconds()))
                        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.UP), r.price().currency())
                        : r.price().rounded())
                .max(Comparator.comparing(Money::amount));
    }
}
