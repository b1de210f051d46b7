package dev.annota.conflict;

import java.util.function.BooleanSupplier;

/**
 * The wall's answer to one claim, read from a probe that travelled in the claim's round trip. {@link #check} throws
 * {@link WallRefusal} when the annotator may not receive the project's items (hand it to {@link ConflictWall#refuse}
 * once the claim's transaction has ended).
 */
public final class WallAdmission {

    private final Runnable check;
    private final BooleanSupplier exposedHere;

    WallAdmission(Runnable check, BooleanSupplier exposedHere) {
        this.check = check;
        this.exposedHere = exposedHere;
    }

    /** Whether the probe saw the annotator already exposed to the project's customer. */
    boolean exposedHere() {
        return exposedHere.getAsBoolean();
    }

    /** Call after the round trip was sent, before anything the claim read is shown. */
    public void check() {
        check.run();
    }
}
