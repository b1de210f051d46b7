package dev.annota.failure;

/** The request is well formed but clashes with the current state: a name taken, a lease ended, a last admin. */
public non-sealed class Conflict extends Failure {

    public Conflict(String detail) {
        this(null, detail);
    }

    public Conflict(String title, String detail) {
        super(title, detail, null);
    }
}
