package dev.annota.money;

/**
 * What an entry records. TASK, ACCEPTED, HOURS: work priced at a rate of that basis; REVERSAL: a rejected answer's
 * TASK or ACCEPTED entry taken back; ADJUSTMENT: a manual correction with a reason; PAYOUT: money paid (negative).
 */
public enum EntryKind {
    TASK, ACCEPTED, HOURS, REVERSAL, ADJUSTMENT, PAYOUT;

    /** Whether the entry is a cost of the work (counts against a budget); a payout only settles what is owed. */
    public boolean isCost() {
        return this != PAYOUT;
    }
}
