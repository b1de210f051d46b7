package dev.annota.audit.internal;

/**
 * A read of the log found a sequenced position with no event, or an event without a usable leaf hash, below the size
 * asked for. The application role cannot delete or rewrite sequenced events (PostgreSQL triggers, V15_1), so this is
 * damage done in the database, never something a client's request causes.
 */
public final class LogIncomplete extends RuntimeException {

    private final long index;

    LogIncomplete(long index, String what) {
        super("The access log is incomplete: " + what + " at index " + index);
        this.index = index;
    }

    public long index() {
        return index;
    }
}
