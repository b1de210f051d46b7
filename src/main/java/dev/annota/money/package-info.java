/**
 * Time and pay: rates (per task, per accepted task, per active hour; per project, task type and expertise tier), the
 * two ledgers — the contract ledger (what a lab owes each vendor, kept in the lab's tenant) and the pay ledger (what
 * an organization owes its own annotators, kept in that organization's tenant) —, budgets with alert thresholds and a
 * hard stop on the claim ({@link dev.annota.work.ClaimRule}). Listens to {@link dev.annota.work.AnswerSubmitted} and
 * {@link dev.annota.review.ReviewDecided} inside their transactions, so an entry is never lost nor posted for work
 * that rolled back. Publishes {@link dev.annota.money.MoneyChanged} for the access log. The model and the money rules:
 * docs/workforce.md, "Rates, ledgers and budgets".
 * <p>
 * Owns the tables: money_rates, pay_tiers, paid_work, ledger_entries, project_costs, budgets. Another module's SQL may name them only
 * as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time and pay",
        allowedDependencies = {"identity", "notification", "project", "review", "schema", "tenancy", "work"})
package dev.annota.money;
