package dev.annota.failure;

/** The caller is known and may know the thing, but may not do this with it. */
public non-sealed class Forbidden extends Failure {

    public Forbidden(String detail) {
        this(null, detail);
    }

    public Forbidden(String title, String detail) {
        super(title, detail, null);
    }
}
