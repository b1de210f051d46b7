package dev.annota.money.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.money.Budget;
import dev.annota.money.Money;
import dev.annota.money.MoneyChanged;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A project's budget, for the owning lab's admins and managers. */
@Component
record Budgets(BudgetStore store, LedgerStore ledger, Projects projects, TenantScope tenants,
        ApplicationEventPublisher events, Clock clock) {

    Optional<Budget> of(CurrentUser caller, UUID projectId) {
        var access = projects.access(caller, projectId);
        Projects.requireManage(access);
        UUID lab = access.tenantId();
        return tenants.read(lab, () -> store.of(lab, projectId).map(b -> new Budget(projectId, b.amount(), b.thresholds(),
                b.alertedPercent(), Money.of(ledger.spent(lab, projectId, b.amount().currency().getCurrencyCode()),
                        b.amount().currency().getCurrencyCode()))));
    }

    Budget set(CurrentUser caller, UUID projectId, Money amount, List<Integer> thresholds) {
        if (amount.isNegative()) {
            throw new Invalid("Invalid budget", "A budget is not negative.").with("field", "amount");
        }
        List<Integer> sorted = thresholds == null ? List.of(50, 80, 100) : thresholds.stream().distinct().sorted().toList();
        if (sorted.size() > 10 || sorted.stream().anyMatch(t -> t == null || t < 1 || t > 1000)) {
            throw new Invalid("Invalid budget", "Up to 10 thresholds, each a percentage from 1 to 1000.").with("field", "thresholds");
        }
        Instant now = Instant.now(clock);
        projects.writeIn(caller, projectId, access -> {
            Projects.requireManage(access);
            store.set(access.tenantId(), projectId, amount, sorted, caller.id(), now);
            events.publishEvent(new MoneyChanged(access.tenantId(), MoneyChanged.Change.BUDGET_SET, caller.id(), caller.orgId(),
                    projectId, projectId, amount + " thresholds=" + sorted, now));
            return projectId;
        });
        return of(caller, projectId).orElseThrow();
    }
}
