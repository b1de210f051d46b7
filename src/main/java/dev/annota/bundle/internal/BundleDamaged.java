package dev.annota.bundle.internal;

import dev.annota.failure.Invalid;

/** A bundle that is not what its signed manifest says, or whose content cannot be restored: names the entry and line. */
public final class BundleDamaged extends Invalid {

    private final String entry;

    public BundleDamaged(String entry, long line, String detail) {
        super("Damaged project bundle", detail);
        this.entry = entry;
        if (entry != null) {
            with("entry", entry);
        }
        if (line > 0) {
            with("line", line);
        }
    }

    public String entry() {
        return entry;
    }
}
