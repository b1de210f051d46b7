package dev.annota.work;

import dev.annota.failure.Conflict;

/** The lease under which a submit or skip came is no longer the caller's (expired, ended or taken over). */
public class LeaseRejected extends Conflict {

    public LeaseRejected(String detail) {
        super("Lease no longer valid", detail);
    }
}
