package dev.annota.money.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.UUID;

import dev.annota.money.Entry;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import dev.annota.project.Projects;
import dev.annota.review.ReviewDecided;
import dev.annota.review.ReviewOutcome;
import dev.annota.review.ReviewSettings;
import dev.annota.review.Reviews;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.AnswerSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prices work as it happens, inside the transaction of the act (a plain {@code @EventListener}): an answer submitted
 * posts its TASK, HOURS (and, on a project without review, ACCEPTED) entries; a review's ACCEPT posts ACCEPTED, a
 * REJECT reverses the answer's TASK and ACCEPTED entries. The contract ledger is written in the lab's tenant (the
 * transaction's), the pay ledger in the employer's, through {@link TenantScope#alongside}: both commit with the act or
 * not at all, so no entry is lost under concurrent submits and none is posted for work that rolled back. Each entry's
 * source key (ledger, kind, annotation) makes a replay post nothing.
 */
@Component
class WorkPricing {

    private final PaidWork work;
    private final RateStore rates;
    private final TierStore tiers;
    private final LedgerStore ledger;
    private final Projects projects;
    private final Reviews reviews;
    private final TenantScope tenants;
    private final BudgetAlerts alerts;
    private final BudgetStore budgets;
    private final RoundTrips trips;
    private final Map<UUID, String> taskTypes = new ConcurrentHashMap<>();

    WorkPricing(PaidWork work, RateStore rates, TierStore tiers, LedgerStore ledger, Projects projects, Reviews reviews,
                TenantScope tenants, BudgetAlerts alerts, BudgetStore budgets, RoundTrips trips) {
        this.budgets = budgets;
        this.trips = trips;
        this.work = work;
        this.rates = rates;
        this.tiers = tiers;
        this.ledger = ledger;
        this.projects = projects;
        this.reviews = reviews;
        this.tenants = tenants;
        this.alerts = alerts;
    }

    /**
     * One round trip on the submit's path, whatever the rates: it reads the review settings, the contract rates and the
     * budget in the lab's tenant, and the tier and the pay rates in the employer's; the writes (the work done, the
     * contract entry, the pay entry in the employer's tenant) travel at the commit with the transaction's other writes
     * there ({@link RoundTrips#atCommitFor}). A project's task type never changes, so it is read once per project and
     * kept.
     */
    @EventListener
    void on(AnswerSubmitted e) {
        UUID lab = e.tenantId();
        UUID vendor = e.annotatorOrgId();
        String type = taskType(lab, e.projectId());
        RoundTrip reads = trips.start();
        var settings = reviews.settingsOn(reads, lab, e.projectId());
        Supplier<List<Rate>> contractRates = vendor.equals(lab) ? List::of
                : rates.candidates(reads, lab, Ledger.CONTRACT, vendor, e.projectId());
        var budget = budgets.standing(reads, lab, e.projectId());
        var employer = new ArrayList<Supplier<?>>();
        tenants.alongside(reads, vendor, trip -> {
            employer.add(tiers.of(trip, vendor, e.annotatorId()));
            employer.add(rates.candidates(trip, vendor, Ledger.PAY, vendor, e.projectId()));
        });
        reads.send();
        @SuppressWarnings("unchecked")
        String tier = ((Optional<String>) employer.get(0).get()).orElse(null);
        @SuppressWarnings("unchecked")
        List<Rate> payRates = (List<Rate>) employer.get(1).get();
        boolean reviewed = settings.get().stages() != ReviewSettings.Stages.NONE;
        var done = new PaidWork.Done(lab, e.annotationId(), e.projectId(), e.annotatorId(), vendor, type,
                Math.max(e.activeMillis(), 0), reviewed);
        Phase phase = reviewed ? Phase.SUBMITTED_FOR_REVIEW : Phase.SUBMITTED;

        // The writes wait for the commit, with the access log's: no round trip of their own.
        work.record(trips, done, e.assignmentId(), e.at());
        var labCosts = new ArrayList<Money>();
        entry(Ledger.CONTRACT, done, tier, contractRates.get(), e.at(), phase).ifPresent(c -> {
            ledger.postAtCommit(trips, lab, c, sourceKey(Ledger.CONTRACT, c.kind(), done.annotationId()));
            labCosts.add(c.amount());
        });
        entry(Ledger.PAY, done, tier, payRates, e.at(), phase).ifPresent(p -> {
            ledger.postAtCommit(trips, vendor, p, sourceKey(Ledger.PAY, p.kind(), done.annotationId()));
            if (vendor.equals(lab)) {
                labCosts.add(p.amount());
            }
        });
        if (!labCosts.isEmpty()) {
            budget.get().ifPresent(before -> alerts.check(lab, e.projectId(), before, labCosts));
        }
    }

    private String taskType(UUID lab, UUID projectId) {
        if (taskTypes.size() > 10_000) {
            taskTypes.clear();
        }
        return taskTypes.computeIfAbsent(projectId, id -> projects.find(lab, id).orElseThrow().taskType().id());
    }

    @EventListener
    void on(ReviewDecided e) {
        if (e.decision() == ReviewOutcome.CORRECT) {
            return;
        }
        Optional<PaidWork.Done> done = work.of(e.tenantId(), e.annotationId());
        if (done.isEmpty()) {
            return;
        }
        boolean posted = e.decision() == ReviewOutcome.ACCEPT ? price(done.get(), e.at(), Phase.ACCEPTED)
                : reverse(done.get(), e.reviewId(), e.at());
        if (posted) {
            alerts.check(e.tenantId(), e.projectId());
        }
    }

    /** When work is priced: at submit (without review: per accepted task too), or at a review's acceptance. */
    enum Phase {
        SUBMITTED, SUBMITTED_FOR_REVIEW, ACCEPTED
    }

    private boolean price(PaidWork.Done done, Instant at, Phase phase) {
        UUID lab = done.tenantId();
        UUID vendor = done.vendorOrgId();
        // The tier and the pay rates are the employer's, in its tenant; for a lab's own people that is the lab's.
        Optional<String> tier = tenants.alongside(vendor, () -> tiers.of(vendor, done.personId()));
        boolean posted = false;
        if (!vendor.equals(lab)) {
            posted |= priceIn(lab, Ledger.CONTRACT, done, tier.orElse(null), at, phase);
        }
        posted |= tenants.alongside(vendor, () -> priceIn(vendor, Ledger.PAY, done, tier.orElse(null), at, phase));
        return posted;
    }

    private boolean priceIn(UUID tenantId, Ledger which, PaidWork.Done done, String tier, Instant at, Phase phase) {
        return entry(which, done, tier, rates.candidates(tenantId, which, done.vendorOrgId(), done.projectId()), at, phase)
                .map(e -> ledger.post(tenantId, e, sourceKey(which, e.kind(), done.annotationId()))).orElse(false);
    }

    /** The entry the work posts in a ledger at these rates in this phase, if any (the money rules, docs/workforce.md). */
    static Optional<Entry> entry(Ledger which, PaidWork.Done done, String tier, List<Rate> candidates, Instant at, Phase phase) {
        Optional<Rate> rate = Rate.bestMatch(candidates, done.projectId(), done.taskType(), tier);
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        RateBasis basis = rate.get().basis();
        Money price = rate.get().price();
        EntryKind kind;
        Money amount;
        Long millis = null;
        if (phase == Phase.ACCEPTED) {
            if (basis != RateBasis.ACCEPTED_TASK) {
                return Optional.empty();
            }
            kind = EntryKind.ACCEPTED;
            amount = price.rounded();
        } else if (basis == RateBasis.TASK) {
            kind = EntryKind.TASK;
            amount = price.rounded();
        } else if (basis == RateBasis.ACTIVE_HOUR) {
            kind = EntryKind.HOURS;
            millis = done.activeMillis();
            amount = price.forActiveTime(millis);
        } else if (phase == Phase.SUBMITTED) {
            // Per accepted task on a project without review: the submitted answer counts as accepted.
            kind = EntryKind.ACCEPTED;
            amount = price.rounded();
        } else {
            return Optional.empty();
        }
        return Optional.of(new Entry(null, which, done.vendorOrgId(), done.tenantId(), done.personId(), done.projectId(),
                done.annotationId(), kind, amount, price, millis, null, null, at));
    }

    /** Takes back the answer's TASK and ACCEPTED entries, in both ledgers; HOURS stay paid (the time was worked). */
    private boolean reverse(PaidWork.Done done, UUID reviewId, Instant at) {
        UUID lab = done.tenantId();
        UUID vendor = done.vendorOrgId();
        boolean posted = false;
        if (!vendor.equals(lab)) {
            posted |= reverseIn(lab, done, reviewId, at);
        }
        posted |= tenants.alongside(vendor, () -> reverseIn(vendor, done, reviewId, at));
        return posted;
    }

    private boolean reverseIn(UUID tenantId, PaidWork.Done done, UUID reviewId, Instant at) {
        boolean posted = false;
        for (var original : ledger.reversible(tenantId, done.annotationId())) {
            Entry e = original.entry();
            var reversal = new Entry(null, e.ledger(), e.vendorOrgId(), e.customerOrgId(), e.personId(), e.projectId(),
                    e.annotationId(), EntryKind.REVERSAL, e.amount().negate(), e.rate(), null, "review " + reviewId, null, at);
            posted |= ledger.post(tenantId, reversal, "reversal:" + original.sourceKey());
        }
        return posted;
    }

    static String sourceKey(Ledger which, EntryKind kind, UUID annotationId) {
        return which.name().toLowerCase() + ":" + kind.name().toLowerCase() + ":" + annotationId;
    }
}
