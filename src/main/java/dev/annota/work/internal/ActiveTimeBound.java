package dev.annota.work.internal;

import java.time.Duration;
import java.time.Instant;

import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;

/**
 * The server's bound on the active time a workbench reports with a submit or a skip: the client measures it, but no
 * client is trusted to say more than the lease lasted. Stored is the reported time, never negative, never more than
 * the lease's actual duration (from its claim to the moment the submit or skip ended it).
 */
final class ActiveTimeBound {

    /** The request header carrying the workbench's count, in milliseconds. */
    static final String HEADER = "Active-Millis";

    private ActiveTimeBound() {
    }

    /** The reported time bounded by the lease; a lease "ended" before its claim (a clock step) bounds to 0. */
    static long of(long reportedMillis, Instant claimedAt, Instant endedAt) {
        long lease = Math.max(0, Duration.between(claimedAt, endedAt).toMillis());
        return Math.min(Math.max(0, reportedMillis), lease);
    }

    /**
     * The header's value as the client sent it: absent is 0 (old clients), otherwise a whole number of milliseconds,
     * 0 or more; anything else is refused naming the header, before anything is stored.
     */
    static long reported(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        long millis;
        try {
            millis = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(Kind.MALFORMED, null, "Active-Millis is a whole number of milliseconds, 0 or more.")
                    .with("field", HEADER);
        }
        if (millis < 0) {
            throw new Invalid("Active-Millis is a whole number of milliseconds, 0 or more.").with("field", HEADER);
        }
        return millis;
    }
}
