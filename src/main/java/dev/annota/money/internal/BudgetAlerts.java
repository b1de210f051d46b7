package dev.annota.money.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.UUID;

import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the lab's admins and managers, in the app, when a project's costs cross one of its budget's thresholds: once
 * per threshold (the highest one crossed; a jump over several tells the highest), in the transaction that crossed it.
 */
@Component
record BudgetAlerts(BudgetStore budgets, LedgerStore ledger, Users users, Notifications notifications) {

    /** Inside the lab's transaction, after entries were posted for the project. */
    void check(UUID labId, UUID projectId) {
        var budget = budgets.of(labId, projectId);
        if (budget.isEmpty()) {
            return;
        }
        var b = budget.get();
        tell(labId, projectId, b, ledger.spent(labId, projectId, b.amount().currency().getCurrencyCode()));
    }

    /** As {@link #check}, with the costs read before this transaction's entries and what they added (submit's path). */
    void check(UUID labId, UUID projectId, BudgetStore.Standing before, java.util.List<dev.annota.money.Money> added) {
        BigDecimal spent = before.spent();
        for (var m : added) {
            if (m.currency().equals(before.budget().amount().currency())) {
                spent = spent.add(m.amount());
            }
        }
        tell(labId, projectId, before.budget(), spent);
    }

    private void tell(UUID labId, UUID projectId, BudgetStore.Row b, BigDecimal spent) {
        BigDecimal percent = BudgetStore.percentOf(spent, b.amount().amount());
        var crossed = b.thresholds().stream().filter(t -> t > b.alertedPercent() && percent.compareTo(BigDecimal.valueOf(t)) >= 0)
                .max(Comparator.naturalOrder());
        if (crossed.isEmpty() || !budgets.markAlerted(labId, projectId, crossed.get())) {
            return;
        }
        String text = "A project's costs reached " + crossed.get() + " % of its budget (" + spent.stripTrailingZeros().toPlainString()
                + " of " + b.amount() + ").";
        users.ofOrganization(labId).stream().filter(u -> u.enabled() && u.roles().stream().anyMatch(r -> r == Role.ADMIN || r == Role.MANAGER))
                .forEach(u -> notifications.notify(labId, u.id(), "BUDGET_THRESHOLD", text, "/projects/" + projectId));
    }
}
