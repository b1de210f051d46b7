package dev.annota.money;

import dev.annota.failure.Forbidden;

/** A claim refused because the task's cost would take the project over its budget (the budget's hard stop). */
public class BudgetExceeded extends Forbidden {

    public BudgetExceeded(String detail) {
        super("Budget exhausted", detail);
    }
}
