package dev.annota.failure;

/**
 * Stored data failed an integrity check (altered, copied, or its log incomplete): the server's fault, not the
 * caller's, but said plainly instead of as an anonymous error, so that an operator can act on it.
 */
public non-sealed class Damaged extends Failure {

    public Damaged(String title, String detail, Throwable cause) {
        super(title, detail, cause);
    }
}
