package dev.annota.failure;

/** What was asked for does not exist, or the caller may not know that it does (the same answer for both). */
public non-sealed class NotFound extends Failure {

    public NotFound(String detail) {
        super(null, detail, null);
    }
}
