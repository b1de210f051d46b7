package dev.annota.tenancy.internal;

/**
 * A transaction's writes at commit ({@code RoundTrips.atCommit}) that {@link TenantTransactionManager} sends on
 * PostgreSQL in the same round trip as the COMMIT: the COMMIT alone was a round trip of its own, a fifth of a claim's
 * and of a submit's. Found among the transaction's synchronizations, so a transaction run by another transaction
 * manager (a test's plain one) is never told, and its writes go just before the commit as before.
 */
public interface WritesWithCommit {

    /** Called as the commit starts, before the before-commit steps: the writes are to wait for the COMMIT. */
    void travelWithCommit();

    /**
     * Sends the writes and then COMMIT in one round trip. False when there is nothing to send (the manager then
     * commits as usual). A write that fails (a row count other than expected included) fails the send before the
     * COMMIT runs, and the transaction rolls back.
     */
    boolean sendWithCommit();
}
