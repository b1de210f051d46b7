package dev.annota.money;

/** What a rate pays for: each submitted task, each accepted task, or each hour of active time. */
public enum RateBasis {
    TASK, ACCEPTED_TASK, ACTIVE_HOUR
}
