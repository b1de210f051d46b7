package dev.annota.conflict;

/**
 * The wall's answer to one claim, read from a probe that travelled in the claim's round trip. {@link #check} throws
 * {@link WallRefusal} when the annotator may not receive the project's items (hand it to {@link ConflictWall#refuse}
 * once the claim's transaction has ended, as for {@link ConflictWall#admit}).
 */
public final class WallAdmission {

    private final Runnable check;

    WallAdmission(Runnable check) {
        this.check = check;
    }

    /** Call after the round trip was sent, before anything the claim read is shown. */
    public void check() {
        check.run();
    }
}
