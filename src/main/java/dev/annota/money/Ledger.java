package dev.annota.money;

/**
 * The two ledgers. CONTRACT: what a lab owes a vendor, kept in the lab's tenant. PAY: what an organization (a vendor,
 * or a lab for its in-house people) owes its own annotators, kept in that organization's tenant.
 */
public enum Ledger {
    CONTRACT, PAY
}
